"""Private sections and the site of a host name, read once per content version instead of on every request.

Wagtail reads every PageViewRestriction each time ``PageQuerySet.public()`` is
called, and looks up the Site of the host name on every request. Both change
only when an editor changes a restriction or a site, which bumps the content
version (delivery/tombstones.py); so each process keeps what it read for the current
version, and ``ReaderMemoMiddleware`` hands it to the requests the page cache
may serve (GET and HEAD outside PAGE_CACHE_EXCLUDED_PREFIXES, which read the
content version anyway) through public seams:

- the private sections, as the request's ``delivery.readers.ReaderScope``: our
  listings, menus, rankings, sitemap and API ask ``public_pages(queryset, request)``;
- the site, resolved once per request before the view runs (``delivery.sites.request_site``)
  and given to Wagtail as the answer ``Site.find_for_request`` caches on the
  request (its documented ``request._wagtail_site``), so Wagtail's routing, the
  API and settings ask the database no more than our code does.

Wagtail's own code is not changed: the admin, the beacon and other requests
outside the page cache, commands and the shell get Wagtail's own queries.
"""

import threading

from django.conf import settings
from wagtail.models import PageViewRestriction

from delivery.page_cache import DEFAULT_EXCLUDED_PREFIXES
from delivery.readers import ReaderScope
from delivery.sites import request_site
from delivery.versions import installation_token

_lock = threading.Lock()
_sections = {"token": None, "pages": ()}


def restricted_sections(request):
    """The pages carrying a view restriction, read once per installation version by each process."""
    token = installation_token(request)
    if _sections["token"] != token:
        pages = tuple(restriction.page for restriction in PageViewRestriction.objects.select_related("page"))
        with _lock:
            _sections.update(token=token, pages=pages)
        return pages
    return _sections["pages"]


class ReaderMemoMiddleware:
    """Gives each request the page cache may serve its reader scope and its site, from the memos above.

    Only those: they read the content version anyway, so the memos cost them no
    query, while the beacon, the admin or a trivial view would pay one for a site
    they never ask for.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.excluded = tuple(getattr(settings, "PAGE_CACHE_EXCLUDED_PREFIXES", DEFAULT_EXCLUDED_PREFIXES))

    def memoised(self, request):
        return request.method in ("GET", "HEAD") and not request.path.startswith(self.excluded)

    def __call__(self, request):
        if self.memoised(request):
            ReaderScope(lambda: restricted_sections(request)).attach(request)
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        """Resolve the site once, just before the view: a page served from the page cache never needs it."""
        if self.memoised(request) and not hasattr(request, "_wagtail_site"):
            request._wagtail_site = request_site(request)
        return None
