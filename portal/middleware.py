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
