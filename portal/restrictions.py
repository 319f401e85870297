"""Sites and private sections, read once per content version instead of on every request.

Wagtail's ``PageQuerySet.public()`` reads every PageViewRestriction each time it
is called, and a page with a menu, a listing and related articles calls it
several times. The set of restricted sections changes only when an editor adds
or removes a restriction, which bumps the content version (portal/signals.py);
so during a request each process keeps the list it read for the current version.
The same goes for the Site a host name maps to, which Wagtail looks up on every
request (a Site's save bumps the version too). Outside a request (commands, the
shell) Wagtail's own queries run.
"""

import contextvars
import copy
import threading

from django.db.models import Q
from wagtail.models import PageViewRestriction, Site
from wagtail.query import PageQuerySet

from portal.models import content_version_token

_request = contextvars.ContextVar("portal_request", default=None)
_memo = {"token": None, "pages": ()}
_lock = threading.Lock()
_sites = {"token": None, "by_host": {}}
_wagtail_private_q = PageQuerySet.private_q
_wagtail_find_site = Site._find_for_request


class RequestContextMiddleware:
    """Makes the request being served known to ``private_q`` (and only to it)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        reset = _request.set(request)
        try:
            return self.get_response(request)
        finally:
            _request.reset(reset)


def restricted_sections(request):
    token = content_version_token(request)
    if _memo["token"] != token:
        pages = tuple(restriction.page for restriction in PageViewRestriction.objects.select_related("page"))
        with _lock:
            _memo.update(token=token, pages=pages)
        return pages
    return _memo["pages"]


def private_q(self):
    request = _request.get()
    if request is None:
        return _wagtail_private_q(self)
    q = Q()
    for page in restricted_sections(request):
        q |= self.descendant_of_q(page, inclusive=True)
    return q if q else Q(pk__in=[])


def find_site_for_request(request):
    if _request.get() is not getattr(request, "_request", request):  # unwrap a REST framework request
        return _wagtail_find_site(request)
    token = content_version_token(request)
    key = (request._get_raw_host(), request.get_port())
    with _lock:
        if _sites["token"] != token:
            _sites.update(token=token, by_host={})
        known = _sites["by_host"].get(key, _sites)
    if known is _sites:  # not looked up yet for this version
        known = _wagtail_find_site(request)
        with _lock:
            if _sites["token"] == token and len(_sites["by_host"]) < 1000:
                _sites["by_host"][key] = known
    # A copy per request: nothing a request caches on it (its root page) reaches another.
    return copy.copy(known) if known is not None else None


def install():
    PageQuerySet.private_q = private_q
    Site._find_for_request = staticmethod(find_site_for_request)
