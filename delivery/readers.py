"""Which pages readers may see, with the private sections read at most once per request.

Wagtail's ``PageQuerySet.public()`` reads every PageViewRestriction each time it
is called, and a page with a menu, a listing and a ranking calls it several
times. Our listings, menus, rankings, sitemap and API ask ``public_pages(queryset,
request)`` instead. It reads the private sections from the ``ReaderScope`` the
project attached to the request (portal/restrictions.py attaches one to every
request, filled from a list kept per content version); with no scope (commands,
the shell, a request made in a test, a host project that attaches none) it is
Wagtail's own ``public()``. Nothing else changes: the admin and Wagtail's own
code keep Wagtail's querysets.
"""

from django.db.models import Q

from delivery.scope import RequestScope


class ReaderScope:
    """The per-request memo of what readers may see: the private sections, read on first use.

    ``load_sections`` is a callable returning the pages that carry a view
    restriction (the project decides how long it may keep that list).
    """

    def __init__(self, load_sections):
        self._load_sections = load_sections
        self._sections = None

    @property
    def restricted_sections(self):
        if self._sections is None:
            self._sections = tuple(self._load_sections())
        return self._sections

    def private_q(self, queryset):
        """What ``PageQuerySet.private_q`` answers, from the sections of this scope."""
        q = Q()
        for page in self.restricted_sections:
            q |= queryset.descendant_of_q(page, inclusive=True)
        return q if q else Q(pk__in=[])

    def attach(self, request):
        RequestScope.of(request).readers = self
        return self

    @staticmethod
    def of(request):
        """The scope attached to ``request`` (a REST framework request is unwrapped), or None."""
        scope = RequestScope.peek(request)
        return scope.readers if scope is not None else None


def public_pages(queryset, request=None):
    """``queryset`` without the pages in a private section, as ``queryset.public()``."""
    scope = ReaderScope.of(request)
    if scope is None:
        return queryset.public()
    return queryset.exclude(scope.private_q(queryset))
