"""The parts of a page that change with every visit, registered for whole-page caches (delivery.live_parts).

The access counter in a page's footer changes from one minute to the next,
while the rest of the page changes only when an editor publishes; and a page
served from a cache must still count its view. AnalyticsConfig.ready registers
``ACCESS_COUNTER`` (the ``access_stats`` tag wraps its output with it, so a
cache can keep the page without it and put the current counter back on every
request) and ``VIEW_COUNT`` (counts the view of a page served from a cache).
"""

import threading
import time

from django.template.loader import render_to_string
from django.utils import translation

from analytics import settings as app_settings
from analytics import stats
from delivery.live_parts import LivePart


def access_stats_context(site_id, target=None):
    """Online now, today, this week, all time; and the page's own views when ANALYTICS_SHOW_PAGE_VIEWS is on."""
    page_views = None
    if target is not None and app_settings.get("ANALYTICS_SHOW_PAGE_VIEWS"):
        page_views = stats.object_views(*target)
    return {"figures": stats.figures(site_id), "page_views": page_views}


def access_stats_html(site_id, target=None):
    """The counter's HTML, wrapped as ``ACCESS_COUNTER`` so that a whole-page cache can find it."""
    html = render_to_string("analytics/access_stats.html", access_stats_context(site_id, target))
    return ACCESS_COUNTER.wrap(html.rstrip("\n"))


_rendered = {}
_rendered_lock = threading.Lock()
_RENDERED_MAX = 2_000


def render_access_stats(site_id, target=None):
    """The counter's HTML, as the ``access_stats`` tag renders it.

    The figures are already cached for ANALYTICS_FIGURES_CACHE_SECONDS; the HTML
    made from them is kept in this process for ANALYTICS_LIVE_HTML_SECONDS more,
    so a page served from a cache costs no template rendering and no cache read.
    """
    page_views = bool(target is not None and app_settings.get("ANALYTICS_SHOW_PAGE_VIEWS"))
    key = (site_id, tuple(target) if page_views else None, translation.get_language())
    now = time.monotonic()
    found = _rendered.get(key)
    if found is not None and found[0] > now:
        return found[1]
    html = access_stats_html(site_id, target)
    with _rendered_lock:
        if len(_rendered) >= _RENDERED_MAX:
            _rendered.clear()
        _rendered[key] = (now + app_settings.get("ANALYTICS_LIVE_HTML_SECONDS"), html)
    return html


def forget_rendered():
    _rendered.clear()


class AccessCounter(LivePart):
    """The footer's counter: kept out of a cached page and rendered anew for every request."""

    name = "analytics:access-stats"

    def capture(self, request):
        from analytics.recording import counted_target, request_site_id

        return {"site": request_site_id(request), "target": counted_target(request)}

    def render(self, state):
        return render_access_stats(state["site"], state["target"])


class ViewCount(LivePart):
    """A page served from a cache counts its view under the same rules as a rendered one."""

    name = "analytics:view"

    def capture(self, request):
        from analytics.recording import counted_target, request_site_id

        target = counted_target(request)
        return None if target is None else {"site": request_site_id(request), "target": target}

    def served(self, request, state):
        from analytics.recording import record_request_view

        record_request_view(request, state["target"], state["site"])


ACCESS_COUNTER = AccessCounter()
VIEW_COUNT = ViewCount()
