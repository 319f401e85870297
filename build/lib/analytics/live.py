"""The parts of a page that change with every visit, for whole-page caches.

The access counter in a page's footer changes from one minute to the next,
while the rest of the page changes only when an editor publishes. The
``access_stats`` tag wraps its output in ``LIVE_START`` and ``LIVE_END``, so a
cache that keeps a whole page can keep the page without it and put the current
counter back on every request (``render_access_stats``).
"""

import threading
import time

from django.template.loader import render_to_string
from django.utils import translation

from analytics import settings as app_settings
from analytics import stats

LIVE_START = "<!--analytics:access-stats-->"
LIVE_END = "<!--/analytics:access-stats-->"


def access_stats_context(site_id, target=None):
    """Online now, today, this week, all time; and the page's own views when ANALYTICS_SHOW_PAGE_VIEWS is on."""
    page_views = None
    if target is not None and app_settings.get("ANALYTICS_SHOW_PAGE_VIEWS"):
        page_views = stats.object_views(*target)
    return {"figures": stats.figures(site_id), "page_views": page_views}


_rendered = {}
_rendered_lock = threading.Lock()
_RENDERED_MAX = 2_000


def render_access_stats(site_id, target=None):
    """The counter's HTML, markers included, as the ``access_stats`` tag renders it.

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
    html = render_to_string("analytics/access_stats.html", access_stats_context(site_id, target))
    with _rendered_lock:
        if len(_rendered) >= _RENDERED_MAX:
            _rendered.clear()
        _rendered[key] = (now + app_settings.get("ANALYTICS_LIVE_HTML_SECONDS"), html)
    return html


def forget_rendered():
    _rendered.clear()


def split_live(html):
    """(before, after) around the counter of a rendered page, or None when the page has no counter."""
    start = html.find(LIVE_START)
    end = html.find(LIVE_END, start + len(LIVE_START)) if start >= 0 else -1
    if start < 0 or end < 0:
        return None
    return html[:start], html[end + len(LIVE_END):]
