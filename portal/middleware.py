"""HTTP caching for the public API (ETag, Last-Modified, Cache-Control, 304s); the 503 of a lost database;
the guard on addresses."""

import hashlib
import re
from urllib.parse import unquote_to_bytes

from django.conf import settings
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers
from django.utils.http import http_date
from django.utils.translation import gettext as _

from portal.errors import error_response
from portal.models import content_changed_at
from portal.outages import DATABASE_UNAVAILABLE, database_outage, retry_after_seconds


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
    (portal.errors). ``process_exception`` sees the view's exception before
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


class AddressGuardMiddleware:
    """Refuses addresses no reader or client sends, before any view, cache or database sees them.

    Every public route gets the same rules, answered with the portal's 400 (a
    styled page, or ``{"message"}`` under /api/): no control characters
    (a NUL byte would reach PostgreSQL as an error), percent-escapes that are
    valid UTF-8, values of at most 1,000 characters, and each parameter once
    (``a=1&a=2`` is ambiguous: which one a filter used would depend on the code).
    The admin, which repeats parameters on purpose, keeps only the first two rules.
    """

    max_value_length = 1000
    lenient_prefixes = ("/admin/", "/django-admin/")
    control = re.compile(r"[\x00-\x1f\x7f-\x9f]")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        message = self.problem(request)
        if message:
            return error_response(request, 400, message)
        return self.get_response(request)

    def problem(self, request):
        if self.control.search(request.path):
            return _("The address contains characters that are not allowed.")
        raw = request.META.get("QUERY_STRING", "")
        if not raw:
            return None
        try:
            pairs = [(unquote_to_bytes(k.replace("+", " ")).decode(), unquote_to_bytes(v.replace("+", " ")).decode())
                     for k, _sep, v in (part.partition("=") for part in raw.split("&") if part)]
        except UnicodeDecodeError:
            return _("The address contains an invalid character encoding.")
        seen = set()
        strict = not request.path.startswith(self.lenient_prefixes)
        for name, value in pairs:
            if self.control.search(name) or self.control.search(value):
                return _("The address contains characters that are not allowed.")
            if not strict:
                continue
            if len(value) > self.max_value_length or len(name) > self.max_value_length:
                return _("A value in the address is too long.")
            if name in seen:
                return _("The parameter %(name)s is given more than once.") % {"name": name[:50]}
            seen.add(name)
        return None
