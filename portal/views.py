"""Small site-wide views: robots.txt, the sitemap, the API documents."""

from django.http import HttpResponse
from django.views.decorators.cache import cache_control
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET
from wagtail.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap

from delivery.parameters import ReaderParameters, page_number_parameter
from delivery.readers import public_pages


@require_GET
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /django-admin/",
        "Disallow: /tim-kiem/",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


class SitemapParameters(ReaderParameters):
    p = page_number_parameter()


class PortalSitemap(Sitemap):
    """Wagtail's sitemap of the request's site, its private sections read from the request's reader scope."""

    def items(self):
        pages = self.get_wagtail_site().root_page.get_descendants(inclusive=True).live()
        return public_pages(pages, self.request).order_by("path").defer_streamfields().specific()


def sitemap(request):
    """Wagtail's sitemap, its ?p= checked first: a malformed page number is the styled 400, not a 404."""
    SitemapParameters.validate(request.GET)
    return wagtail_sitemap(request, sitemaps={"wagtail": PortalSitemap})


@csrf_exempt  # read-only: other methods get a 405, not a CSRF 403
@require_GET
def openapi_json(request):
    from django.http import JsonResponse

    from delivery.openapi import spec
    from portal.api import ENDPOINTS

    return JsonResponse(spec(ENDPOINTS, request), json_dumps_params={"ensure_ascii": False, "indent": 2})


@csrf_exempt
@require_GET
def api_docs(request):
    from django.shortcuts import render

    from delivery.openapi import spec
    from portal.api import ENDPOINTS

    document = spec(ENDPOINTS, request)
    endpoints = []
    for url, operations in document["paths"].items():
        for method, operation in operations.items():
            endpoints.append({
                "method": method.upper(),
                "url": url,
                "summary": operation.get("summary", ""),
                "description": operation.get("description", ""),
                "parameters": operation.get("parameters", []),
            })
    return render(request, "portal/api_docs.html", {
        "document": document,
        "endpoints": endpoints,
        "schemas": sorted(document["components"]["schemas"].items()),
    })
