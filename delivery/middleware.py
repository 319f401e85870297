"""The API's HTTP caching (ETag, Last-Modified, Cache-Control, 304s) and the 503 of a lost database."""

import hashlib

from django.conf import settings
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers
from django.utils.http import http_date

from delivery.errors import error_response
from delivery.outages import DATABASE_UNAVAILABLE, database_outage, retry_after_seconds
from delivery.versions import content_changed_at


class ApiHttpCachingMiddleware:
    """Every successful GET under /api/v2/ gets validators and a public max-age.

    The ETag is a hash of the body, so any change to what a request returns
    (a publish, an unpublish, a member edit) changes it at once; Last-Modified
    is the time public content last changed, kept in the database so all
    workers agree. If-None-Match and If-Modified-Since are answered with 304.
    """

    prefix = "/api/v2/"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            request.method not in ("GET", "HEAD")
            or not request.path.startswith(self.prefix)
            or response.status_code != 200
            or response.streaming
            or "no-store" in response.get("Cache-Control", "")  # a draft by its preview token
        ):
            return response
        if not response.has_header("ETag"):
            digest = hashlib.md5(response.content, usedforsecurity=False).hexdigest()
            response["ETag"] = f'"{digest}"'
        last_modified = content_changed_at(request).replace(microsecond=0)
        response["Last-Modified"] = http_date(last_modified.timestamp())
        max_age = getattr(settings, "API_CACHE_MAX_AGE", 60)
        patch_cache_control(response, public=True, max_age=max_age)
        patch_vary_headers(response, ["Accept-Encoding"])
        return get_conditional_response(
            request, etag=response["ETag"], last_modified=int(last_modified.timestamp()), response=response
        )


class DatabaseOutageMiddleware:
    """A request that needs the database while it is away gets a 503 with Retry-After, not a 500.

    Readers get the styled Vietnamese page, API clients ``{"message": ...}``
    (delivery.errors). ``process_exception`` sees the view's exception before
    Django turns it into a 500 (and before handler500 and got_request_exception
    hear of it); a __call__ wrapped around the view would only see Django's 500
    response. The broken connection is closed by Django at the end of the
    request, so the next request connects again: service comes back by itself.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, DATABASE_UNAVAILABLE):
            return None
        database_outage.error(exception, request.path)
        return error_response(request, 503, retry_after=retry_after_seconds())
