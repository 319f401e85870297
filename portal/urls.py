from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from analytics.views import hits_beacon
from portal.api import api_router
from portal.views import api_docs, openapi_json, robots_txt, sitemap

urlpatterns = [
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # The view beacon is a POST, outside the read-only router (which takes the rest of api/v2/).
    path("api/v2/hits/", hits_beacon, name="analytics_hits"),
    path("api/v2/openapi.json", openapi_json, name="openapi_json"),
    path("api/v2/docs/", api_docs, name="api_docs"),
    path("api/v2/", api_router.urls),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("", include("newsroom.urls")),
]

if settings.REFERENCE_FRONTEND:  # the demo's reference front end for partners (portal/frontend.py)
    from portal.frontend import reference_front_end

    urlpatterns.insert(0, path("frontend/", reference_front_end, name="reference_front_end"))

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Wagtail's page serving takes whatever the patterns above did not.
urlpatterns += [path("", include(wagtail_urls))]

# Every error in the site's look and in Vietnamese; JSON under /api/ (delivery/errors.py).
handler400 = "delivery.errors.bad_request"
handler403 = "delivery.errors.permission_denied"
handler404 = "delivery.errors.page_not_found"
handler500 = "delivery.errors.server_error"
