"""The URLs a host project gives the plugins it installed: admin, the API router, Wagtail's pages."""

from django.apps import apps
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.api.v2.router import WagtailAPIRouter

api_router = WagtailAPIRouter("wagtailapi")
if apps.is_installed("councils"):
    from councils.api import CouncilMembersAPIViewSet, CouncilsAPIViewSet

    api_router.register_endpoint("council-members", CouncilMembersAPIViewSet)
    api_router.register_endpoint("councils", CouncilsAPIViewSet)
if apps.is_installed("newsroom"):
    from newsroom.api import PortalPagesAPIViewSet
    from newsroom.preview_api import preview_viewset

    api_router.register_endpoint("pages", PortalPagesAPIViewSet)
    api_router.register_endpoint("preview", preview_viewset(PortalPagesAPIViewSet))

urlpatterns = [path("admin/", include(wagtailadmin_urls)), path("api/v2/", api_router.urls)]
if apps.is_installed("analytics"):
    from analytics.views import hits_beacon

    urlpatterns.append(path("api/v2/hits/", hits_beacon, name="analytics_hits"))
if apps.is_installed("newsroom"):
    urlpatterns.append(path("", include("newsroom.urls")))  # the search page
urlpatterns.append(path("", include(wagtail_urls)))
