"""The sites compared: each site's views today, this week, in the last 30 days and all time.

One province installation serves the province council and about a hundred commune
councils, each a Wagtail Site with its own counter. The figures of every site are
read at once, grouped by site (the rollups for finished days, the Hit rows after
them, the all-time offsets), so the cost does not grow with the number of sites.
"""

import datetime

from django.core.cache import cache
from django.db.models import Count, Q, Sum
from django.utils import timezone
from hitcount.models import Hit
from wagtail.models import GroupPagePermission, Site

from analytics import settings as app_settings
from analytics import stats
from analytics.models import AnalyticsSettings, DailySiteViews

COMPARED_DAYS = 30
CACHE_KEY = "analytics:comparison"
VIEW_ALL_SITES = "analytics.view_dailysiteviews"


def site_name(site):
    return site["site_name"] or site["hostname"]


def _live_counts(now, done, today, monday, first):
    """{site_id: {today, week, last_30_days, since_rollup}} from the Hit rows after the rollups."""
    live_from = stats.day_start(done + datetime.timedelta(days=1)) if done else None
    hits = Hit.objects.order_by().filter(created__lte=now)
    if live_from is not None:
        hits = hits.filter(created__gte=live_from)

    def since(day):
        start = stats.day_start(day)
        return Q(created__gte=max(start, live_from) if live_from else start)

    rows = hits.values("hitcount__tracked__site_id").annotate(
        today=Count("id", filter=Q(created__gte=stats.day_start(today))),
        week=Count("id", filter=since(monday)),
        last_30_days=Count("id", filter=since(first)),
        since_rollup=Count("id"),
    )
    return {row.pop("hitcount__tracked__site_id"): row for row in rows}


def _rolled_counts(done, monday, first):
    """{site_id: {week, last_30_days, all}} from the daily rollups of finished days."""
    if not done:
        return {}
    rows = DailySiteViews.objects.order_by().filter(date__lte=done).values("site_id").annotate(
        all=Sum("views"),
        week=Sum("views", filter=Q(date__gte=monday)),
        last_30_days=Sum("views", filter=Q(date__gte=first)),
    )
    return {row.pop("site_id"): row for row in rows}


def compute_comparison(now=None):
    """[{site: {id, name}, today, week, all_time, views_last_30_days}] for every site, most viewed first.

    Ordered by views in the last 30 days, then today's, then by name. The all-time
    figure includes the site's offset (a counter carried over from an old portal).
    """
    now = now or timezone.now()
    done = stats.ensure_rollups(now)
    today = stats.local_date(now)
    monday, first = stats.week_start(today), today - datetime.timedelta(days=COMPARED_DAYS - 1)
    live = _live_counts(now, done, today, monday, first)
    rolled = _rolled_counts(done, monday, first)
    offsets = dict(AnalyticsSettings.objects.order_by().values("site_id").annotate(
        total=Sum("all_time_offset")).values_list("site_id", "total"))
    sites = Site.objects.order_by().values("id", "site_name", "hostname")
    items = []
    for site in sites:
        alive, old = live.get(site["id"], {}), rolled.get(site["id"], {})
        items.append({
            "site": {"id": site["id"], "name": site_name(site)},
            "today": alive.get("today", 0),
            "week": alive.get("week", 0) + (old.get("week") or 0),
            "all_time": alive.get("since_rollup", 0) + (old.get("all") or 0) + (offsets.get(site["id"]) or 0),
            "views_last_30_days": alive.get("last_30_days", 0) + (old.get("last_30_days") or 0),
        })
    items.sort(key=lambda item: (-item["views_last_30_days"], -item["today"], item["site"]["name"],
                                 item["site"]["id"]))
    return items


def comparison():
    """compute_comparison, cached for ANALYTICS_FIGURES_CACHE_SECONDS as the figures are."""
    result = cache.get(CACHE_KEY)
    if result is None:
        result = compute_comparison()
        cache.set(CACHE_KEY, result, app_settings.get("ANALYTICS_FIGURES_CACHE_SECONDS"))
    return result


def visible_site_ids(user):
    """The sites whose statistics the user may compare; None: every site.

    Superusers and holders of ``analytics.view_dailysiteviews`` (Django's view permission of
    the daily site rollups, offered in Wagtail's group editor: wagtail_hooks.py) see every site. Anyone else
    sees the sites whose root page is, or lies under, a page the user's groups hold any page
    permission on (Wagtail's own rule: a permission reaches a page's descendants), so a
    commune's editors see their commune.
    """
    if user.is_superuser or user.has_perm(VIEW_ALL_SITES):
        return None
    paths = set(GroupPagePermission.objects.filter(group__user=user).values_list("page__path", flat=True))
    if not paths:
        return set()
    roots = Site.objects.values_list("id", "root_page__path")
    return {site_id for site_id, root_path in roots if any(root_path.startswith(path) for path in paths)}
