"""The figures: online now, today, this week, all time, and the most viewed pages.

Finished days are read from daily rollups, so the cost does not grow with the
number of Hit rows; only Hit rows newer than the last rolled-up day (today,
normally) are counted live, through the (created) index.
"""

import datetime
import zoneinfo
from collections import Counter

from django.core.cache import cache
from django.db import transaction
from django.db.models import Count, Q, Sum
from django.db.models.functions import TruncDate
from django.utils import timezone
from hitcount.models import Hit

from analytics import settings as app_settings
from analytics.models import AnalyticsSettings, DailyObjectViews, DailySiteViews, RollupState, TrackedObject
from delivery.readers import public_pages

ROLLUP_LOCK = "analytics:rollup-lock"


def local_zone():
    name = app_settings.get("ANALYTICS_TIME_ZONE")
    return zoneinfo.ZoneInfo(name) if name else timezone.get_default_timezone()


def local_date(moment):
    return moment.astimezone(local_zone()).date()


def day_start(day):
    """00:00 of a local day, as an aware datetime."""
    return datetime.datetime.combine(day, datetime.time.min, tzinfo=local_zone())


def week_start(day):
    return day - datetime.timedelta(days=day.weekday())


# --- rollups ----------------------------------------------------------------------------


def rolled_through():
    return RollupState.objects.filter(pk=1).values_list("rolled_through", flat=True).first()


def rollup_days(first, last):
    """(Re)build the rollups of days first..last from the Hit rows, replacing any rows for those days."""
    if first > last:
        return
    rows = (
        Hit.objects.filter(created__gte=day_start(first), created__lt=day_start(last + datetime.timedelta(days=1)))
        .annotate(day=TruncDate("created", tzinfo=local_zone()))
        .order_by()
        .values_list("day", "hitcount_id")
        .annotate(views=Count("id"))
    )
    rows = list(rows)
    sites = dict(
        TrackedObject.objects.filter(hitcount_id__in={hitcount_id for _, hitcount_id, _ in rows})
        .values_list("hitcount_id", "site_id")
    )
    per_site = Counter()
    objects = []
    for day, hitcount_id, views in rows:
        site_id = sites.get(hitcount_id)
        objects.append(DailyObjectViews(date=day, hitcount_id=hitcount_id, site_id=site_id, views=views))
        if site_id is not None:
            per_site[(day, site_id)] += views
    DailyObjectViews.objects.filter(date__gte=first, date__lte=last).delete()
    DailySiteViews.objects.filter(date__gte=first, date__lte=last).delete()
    DailyObjectViews.objects.bulk_create(objects, batch_size=2000)
    DailySiteViews.objects.bulk_create(
        [DailySiteViews(date=day, site_id=site_id, views=views) for (day, site_id), views in per_site.items()],
        batch_size=2000,
    )


def ensure_rollups(now=None):
    """Roll up every finished day not rolled up yet; returns the last rolled-up day (or None)."""
    now = now or timezone.now()
    yesterday = local_date(now) - datetime.timedelta(days=1)
    done = rolled_through()
    if done is not None and done >= yesterday:
        return done
    # False: another process is rolling up (the live count covers the gap meanwhile). None: the cache
    # cannot tell (Redis away); the row lock below still keeps two processes from rolling up one day.
    if cache.add(ROLLUP_LOCK, 1, 600) is False:
        return done
    try:
        with transaction.atomic():
            state, _ = RollupState.objects.select_for_update().get_or_create(pk=1)
            if state.rolled_through is not None and state.rolled_through >= yesterday:
                return state.rolled_through
            if state.rolled_through is None:
                first_hit = Hit.objects.order_by("created").values_list("created", flat=True).first()
                first = local_date(first_hit) if first_hit else yesterday + datetime.timedelta(days=1)
            else:
                first = state.rolled_through + datetime.timedelta(days=1)
            rollup_days(first, yesterday)
            state.rolled_through = yesterday
            state.save(update_fields=["rolled_through"])
            return yesterday
    finally:
        cache.delete(ROLLUP_LOCK)


def add_to_rollups(counts):
    """Add views {(day, hitcount_id, site_id): n} to the rollups of days already rolled up (bulk loaders)."""
    done = rolled_through()
    counts = {key: n for key, n in counts.items() if done is not None and key[0] <= done}
    if not counts:
        return
    days = {day for day, _, _ in counts}
    with transaction.atomic():
        existing = {
            (row.date, row.hitcount_id): row
            for row in DailyObjectViews.objects.select_for_update().filter(date__in=days)
        }
        site_rows = {
            (row.date, row.site_id): row for row in DailySiteViews.objects.select_for_update().filter(date__in=days)
        }
        new_objects, new_sites, per_site = [], [], Counter()
        for (day, hitcount_id, site_id), views in counts.items():
            row = existing.get((day, hitcount_id))
            if row is None:
                new_objects.append(DailyObjectViews(date=day, hitcount_id=hitcount_id, site_id=site_id, views=views))
            else:
                row.views += views
            if site_id is not None:
                per_site[(day, site_id)] += views
        for (day, site_id), views in per_site.items():
            row = site_rows.get((day, site_id))
            if row is None:
                new_sites.append(DailySiteViews(date=day, site_id=site_id, views=views))
            else:
                row.views += views
        DailyObjectViews.objects.bulk_update(list(existing.values()), ["views"], batch_size=2000)
        DailySiteViews.objects.bulk_update(list(site_rows.values()), ["views"], batch_size=2000)
        DailyObjectViews.objects.bulk_create(new_objects, batch_size=2000)
        DailySiteViews.objects.bulk_create(new_sites, batch_size=2000)


# --- figures ----------------------------------------------------------------------------


def in_sites(queryset, field, site_id):
    """Rows of one site (an id), of several (a collection of ids: their sum) or of every site (None).

    Several sites are one ``IN`` filter, so a figure costs the same queries whatever their number.
    """
    if site_id is None:
        return queryset
    if isinstance(site_id, (set, frozenset, list, tuple)):
        return queryset.filter(**{f"{field}__in": sorted(site_id)})
    return queryset.filter(**{field: site_id})


def _hits_of(site_id):
    return in_sites(Hit.objects.order_by(), "hitcount__tracked__site_id", site_id)


def _rollups_of(model, site_id):
    return in_sites(model.objects.order_by(), "site_id", site_id)


def all_time_offset(site_id):
    offsets = in_sites(AnalyticsSettings.objects.all(), "site_id", site_id)
    return offsets.aggregate(total=Sum("all_time_offset"))["total"] or 0


def compute_figures(site_id=None, now=None):
    """Online now, today, this week, this month and all time for one site, several (their sum) or every site (None)."""
    now = now or timezone.now()
    done = ensure_rollups(now)
    today = local_date(now)
    monday, first_of_month = week_start(today), today.replace(day=1)
    live_from = day_start(done + datetime.timedelta(days=1)) if done else None
    online_from = now - datetime.timedelta(seconds=app_settings.get("ANALYTICS_ONLINE_WINDOW"))

    def live_since(start):
        start = max(start, live_from) if live_from else start
        return Q(created__gte=start)

    scan_from = min(online_from, live_from or day_start(today))
    live = _hits_of(site_id).filter(created__gte=scan_from, created__lte=now).aggregate(
        online=Count("session", distinct=True, filter=Q(created__gte=online_from)),
        today=Count("id", filter=Q(created__gte=day_start(today))),
        week=Count("id", filter=live_since(day_start(monday))),
        month=Count("id", filter=live_since(day_start(first_of_month))),
        since_rollup=Count("id", filter=Q(created__gte=live_from) if live_from else Q()),
    )
    if live_from is None:
        # Nothing rolled up yet: every Hit row is live.
        live["since_rollup"] = _hits_of(site_id).filter(created__lte=now).count()
    rolled = _rollups_of(DailySiteViews, site_id).filter(date__lte=done or today).aggregate(
        all=Sum("views"),
        week=Sum("views", filter=Q(date__gte=monday)),
        month=Sum("views", filter=Q(date__gte=first_of_month)),
    ) if done else {}
    return {
        "online": live["online"],
        "today": live["today"],
        "week": live["week"] + (rolled.get("week") or 0),
        "month": live["month"] + (rolled.get("month") or 0),
        "all_time": live["since_rollup"] + (rolled.get("all") or 0) + all_time_offset(site_id),
    }


def figures(site_id=None):
    """compute_figures, cached for ANALYTICS_FIGURES_CACHE_SECONDS."""
    key = f"analytics:figures:{site_id}"
    result = cache.get(key)
    if result is None:
        result = compute_figures(site_id)
        cache.set(key, result, app_settings.get("ANALYTICS_FIGURES_CACHE_SECONDS"))
    return result


def daily_views(days=30, site_id=None, now=None):
    """[(day, views)] for the last ``days`` days, today included, oldest first."""
    now = now or timezone.now()
    done = ensure_rollups(now)
    today = local_date(now)
    first = today - datetime.timedelta(days=days - 1)
    counts = dict(
        _rollups_of(DailySiteViews, site_id).filter(date__gte=first).values_list("date")
        .annotate(total=Sum("views")).values_list("date", "total")
    ) if done else {}
    live_from = max(day_start(first), day_start(done + datetime.timedelta(days=1))) if done else day_start(first)
    live = (
        _hits_of(site_id).filter(created__gte=live_from, created__lte=now)
        .annotate(day=TruncDate("created", tzinfo=local_zone())).values_list("day").annotate(n=Count("id"))
        .values_list("day", "n")
    )
    for day, n in live:
        counts[day] = counts.get(day, 0) + n
    return [(first + datetime.timedelta(days=i), counts.get(first + datetime.timedelta(days=i), 0))
            for i in range(days)]


def top_hitcounts(days, site_id=None, now=None, limit=10):
    """[(hitcount_id, views)] most viewed over the last ``days`` days, today included."""
    now = now or timezone.now()
    done = ensure_rollups(now)
    first = local_date(now) - datetime.timedelta(days=days - 1)
    totals = Counter()
    if done:
        totals.update(dict(
            _rollups_of(DailyObjectViews, site_id).filter(date__gte=first, date__lte=done)
            .values_list("hitcount_id").annotate(total=Sum("views")).values_list("hitcount_id", "total")
        ))
    live_from = max(day_start(first), day_start(done + datetime.timedelta(days=1))) if done else day_start(first)
    totals.update(dict(
        _hits_of(site_id).filter(created__gte=live_from, created__lte=now)
        .values_list("hitcount_id").annotate(n=Count("id")).values_list("hitcount_id", "n")
    ))
    return sorted(totals.items(), key=lambda item: (-item[1], item[0]))[:limit]


def ranked_objects(hitcount_views):
    """[(content_type_id, object_pk, views)] for [(hitcount_id, views)], in the same order."""
    from hitcount.models import HitCount

    rows = HitCount.objects.filter(pk__in=[hid for hid, _ in hitcount_views]).values_list(
        "pk", "content_type_id", "object_pk")
    targets = {pk: (content_type_id, object_pk) for pk, content_type_id, object_pk in rows}
    return [(*targets[hid], views) for hid, views in hitcount_views if hid in targets]


def shown_objects(ranked, request=None):
    """{(content_type_id, pk): object} of the ranked objects a reader may see now.

    Pages must be live and public now (not unpublished, deleted, restricted or
    moved under a restricted section): all of them are read in one query.
    Other counted objects (members) are read per model, live ones only.
    """
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Page

    wanted = {}
    for content_type_id, object_pk, _views in ranked:
        wanted.setdefault(content_type_id, set()).add(object_pk)
    page_types, found = {}, {}
    for content_type_id, pks in wanted.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None:
            continue
        if issubclass(model, Page):
            page_types[content_type_id] = pks
            continue
        objects = model._default_manager.filter(pk__in=pks)
        if any(field.name == "live" for field in model._meta.get_fields()):
            objects = objects.filter(live=True)
        found.update({(content_type_id, obj.pk): obj for obj in objects})
    if page_types:
        page_ids = set().union(*page_types.values())
        for page in public_pages(Page.objects.live(), request).filter(pk__in=page_ids):
            if page.pk in page_types.get(page.content_type_id, ()):
                found[(page.content_type_id, page.pk)] = page
    return found


def describe(ranked, request=None, limit=10):
    """The objects behind [(content_type_id, object_pk, views)] a reader may see now, as API items.

    Titles and addresses are read now too, so a renamed or moved page shows as it is.
    """
    found = shown_objects(ranked, request)
    items = []
    for content_type_id, object_pk, views in ranked:
        obj = found.get((content_type_id, object_pk))
        if obj is None:
            continue
        get_url = getattr(obj, "get_url", None)
        items.append({
            "id": obj.pk,
            "type": obj.specific_class._meta.label if hasattr(obj, "specific_class") else obj._meta.label,
            "title": getattr(obj, "title", None) or str(obj),
            "url": get_url(request) if get_url else None,
            "views": views,
        })
        if len(items) >= limit:
            break
    return items


# Ranked candidates kept beyond the list's length, so that pages withdrawn since the
# ranking was computed leave the list full.
RANKING_SPARE = 20


def ranking(days, site_id=None, size=10, now=None):
    """[(content_type_id, object_pk, views)]: the ``size`` most viewed objects, whatever their state now."""
    return ranked_objects(top_hitcounts(days, site_id, now, limit=size))


def most_viewed(days, site_id=None, limit=10, request=None, now=None):
    """The ``limit`` most viewed published pages (and counted objects) of the last ``days`` days."""
    return describe(ranking(days, site_id, limit + RANKING_SPARE, now), request, limit)


def cached_most_viewed(days, site_id=None, limit=10, request=None):
    """most_viewed, with the ranking (ids and views only) cached for ANALYTICS_RANKING_CACHE_SECONDS.

    What a reader may see is checked on every call, against the pages live and
    public now (one query), so a page unpublished, made private, moved under a
    private section or deleted leaves the list at once, though the ranking is old.
    """
    key = f"analytics:ranking:{site_id}:{days}:{limit}"
    ranked = cache.get(key)
    if ranked is None:
        ranked = ranking(days, site_id, limit + RANKING_SPARE)
        cache.set(key, ranked, app_settings.get("ANALYTICS_RANKING_CACHE_SECONDS"))
    return describe(ranked, request, limit)


def object_views(content_type_id, object_pk):
    """One object's all-time total (HitCount.hits), read without creating a row; cached briefly."""
    from hitcount.models import HitCount

    key = f"analytics:views:{content_type_id}:{object_pk}"
    result = cache.get(key)
    if result is None:
        result = HitCount.objects.filter(content_type_id=content_type_id, object_pk=object_pk).values_list(
            "hits", flat=True).first() or 0
        cache.set(key, result, app_settings.get("ANALYTICS_FIGURES_CACHE_SECONDS"))
    return result

