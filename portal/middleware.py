"""The guard on addresses: what no reader or client sends is refused before any view sees it."""

import re
from urllib.parse import unquote_to_bytes

from django.utils.translation import gettext as _

from delivery.errors import error_response


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


class AdminHostMiddleware:
    """With ADMIN_HOST set, the admin answers on that one host: on any other it redirects there.

    A province installation serves ~100 commune hosts; its editors all sign in at one address
    (e.g. ``quantri.hdnd.songlam.gov.vn``), so one session cookie, one CSRF origin and one
    sign-in throttle cover them, and no commune's host ever shows a sign-in form.
    """

    prefixes = ("/admin/", "/django-admin/")

    def __init__(self, get_response):
        from django.conf import settings

        self.get_response = get_response
        self.admin_host = (getattr(settings, "ADMIN_HOST", "") or "").lower()

    def __call__(self, request):
        if self.admin_host and request.path.startswith(self.prefixes) \
                and request.get_host().lower() != self.admin_host:
            from django.http import HttpResponsePermanentRedirect

            scheme = "https" if request.is_secure() else "http"
            return HttpResponsePermanentRedirect(f"{scheme}://{self.admin_host}{request.get_full_path()}")
        return self.get_response(request)
