"""Recording a view: whether to count it, and the write itself (the visitor: analytics/visitors.py).

The request path of a counted view costs one cache operation (an atomic
``cache.add``) and one SQL statement on PostgreSQL (lock, check and write in
one round trip; three statements on other databases); a repeated view costs the
cache operation only. Everything else (page types, block lists, partner keys,
counter ids) is held in process memory.

The cache vouches only for "already counted"; the database decides the rest
(see record_view), so a Redis that is away or restarts empty neither loses
views nor counts a visitor twice. Views the database cannot take while it is
away are kept in memory and written when it is back (PendingViews).
"""

import datetime
import hashlib
import logging

from django.conf import settings as django_settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.signals import setting_changed
from django.db import connection, transaction
from django.db.models import F
from django.dispatch import receiver
from django.utils import timezone
from hitcount.models import Hit, HitCount

from analytics import settings as app_settings
from analytics.models import TrackedObject
from analytics.pending import PendingView, pending_views
from analytics.visitors import (
    DATABASE_AWAY,
    _counted_content_type_ids,
    _networks,
    blocklists,
    client_ip,
    counts_page_type,
    is_blocked,
    is_robot,
    partner_keys,
    stored_ip,
    visitor_key,
)
from delivery.scope import RequestScope

logger = logging.getLogger(__name__)



# --- counters ---------------------------------------------------------------------------

_hitcount_ids = {}
_HITCOUNT_MEMO_MAX = 50_000


def hitcount_id_for(content_type_id, object_pk, site_id):
    """The HitCount row of an object, created on first sight with the site it belongs to."""
    key = (content_type_id, object_pk)
    hitcount_id = _hitcount_ids.get(key)
    if hitcount_id is None:
        hitcount, _ = HitCount.objects.get_or_create(content_type_id=content_type_id, object_pk=object_pk)
        TrackedObject.objects.get_or_create(hitcount_id=hitcount.pk, defaults={"site_id": site_id() if callable(
            site_id) else site_id})
        if len(_hitcount_ids) >= _HITCOUNT_MEMO_MAX:
            _hitcount_ids.clear()
        hitcount_id = _hitcount_ids[key] = hitcount.pk
    return hitcount_id


HIT_COLUMNS = "(created, ip, session, user_agent, user_id, hitcount_id)"


# What a write came to: the view was counted; the visitor had been counted in the window already;
# the counter was deleted under us (by an editor, or a test's rollback).
COUNTED = "counted"
DUPLICATE = "duplicate"
NO_COUNTER = "no counter"


def database_dedupe():
    """Whether the database confirms every view the cache has not seen (the default; see record_view).

    ANALYTICS_DATABASE_DEDUPE = False trusts a key the cache did not have as
    "not counted": one index probe less per counted view, but a visitor counted
    while Redis was away, or before it restarted empty, is counted again. Even
    then the database decides when the cache cannot be asked at all.
    """
    configured = app_settings.get("ANALYTICS_DATABASE_DEDUPE")
    return True if configured is None else bool(configured)


def _last_view_in_database(hitcount_id, session, since):
    """When this visitor was last counted since ``since``, or None (SQLite: inside the write
    transaction, BEGIN IMMEDIATE, which already serialises every writer)."""
    return (Hit.objects.filter(hitcount_id=hitcount_id, session=session, created__gte=since)
            .order_by("-created").values_list("created", flat=True).first())


def _write_hit(hitcount_id, ip_text, session, user_agent, now, seen_since=None):
    """Add the Hit row and one to the total, atomically: (COUNTED, None) or (NO_COUNTER, None).

    With ``seen_since``, only if the database has no hit of this visitor since
    then (see database_dedupe): (DUPLICATE, time of that hit) when it has.
    """
    if connection.vendor == "postgresql":
        return _write_hit_postgresql(hitcount_id, ip_text, session, user_agent, now, seen_since)
    if seen_since is None:
        return _insert_hit(hitcount_id, ip_text, session, user_agent, now), None
    with transaction.atomic():
        last_seen = _last_view_in_database(hitcount_id, session, seen_since)
        if last_seen is not None:
            return DUPLICATE, last_seen
        return _insert_hit(hitcount_id, ip_text, session, user_agent, now), None


def _write_hit_postgresql(hitcount_id, ip_text, session, user_agent, now, seen_since):
    """PostgreSQL: one round trip, whatever the checks.

    The statements travel as one message and so run as one transaction: a
    transaction-scoped advisory lock on (counter, visitor) serialises the
    workers' check and insert for one visitor and page; with
    ANALYTICS_ASYNC_COMMIT the commit does not wait for the disk (a crash of
    the database server may lose the last fraction of a second of views, never
    content). Raw SQL for the Hit row because hitcount's ``created`` is
    auto_now_add, which the ORM would overwrite (bulk loads and tests give it).
    """
    hit_table = connection.ops.quote_name(Hit._meta.db_table)
    count_table = connection.ops.quote_name(HitCount._meta.db_table)
    statements, params = [], []
    if app_settings.get("ANALYTICS_ASYNC_COMMIT") and not connection.in_atomic_block:
        statements.append("SET LOCAL synchronous_commit TO OFF")
    last, not_seen, last_column = "", "", "NULL::timestamptz"
    if seen_since is not None:
        digest = hashlib.blake2b(f"{hitcount_id}:{session}".encode(), digest_size=8).digest()
        statements.append("SELECT pg_advisory_xact_lock(%s)")
        params.append(int.from_bytes(digest, "big", signed=True))
        # The visitor's last view of the page, by the (hitcount_id, session, created) index: one
        # entry read, however many views the page had in the window. The statement after the lock
        # sees every view committed before it.
        last = f"last AS (SELECT max(created) AS at FROM {hit_table} WHERE hitcount_id = %s AND session = %s), "
        params += [hitcount_id, session]
        not_seen = " AND COALESCE((SELECT at FROM last), '-infinity') < %s"
        last_column = "(SELECT at FROM last)"
    # Answers (rows written, whether the counter exists, the visitor's last view): nothing written is
    # a duplicate when the counter is there, and a counter deleted under us otherwise.
    statements.append(
        f"WITH {last}counter AS (UPDATE {count_table} SET hits = hits + 1, modified = %s WHERE id = %s{not_seen} "
        f"RETURNING id), written AS (INSERT INTO {hit_table} {HIT_COLUMNS} SELECT %s, %s, %s, %s, NULL, id "
        f"FROM counter RETURNING 1) "
        f"SELECT (SELECT count(*) FROM written), EXISTS (SELECT 1 FROM {count_table} WHERE id = %s), {last_column}")
    params += [now, hitcount_id] + ([seen_since] if seen_since is not None else [])
    params += [now, ip_text, session, user_agent, hitcount_id]
    with connection.cursor() as cursor:
        cursor.execute("; ".join(statements), params)
        written, counter_exists, last_seen = cursor.fetchone()
    if written == 1:
        return COUNTED, None
    if counter_exists and seen_since is not None:
        return DUPLICATE, last_seen
    return NO_COUNTER, None


def _insert_hit(hitcount_id, ip_text, session, user_agent, now):
    """SQLite and other databases: the counter and the Hit row in one transaction."""
    hit_table = connection.ops.quote_name(Hit._meta.db_table)
    created = connection.ops.adapt_datetimefield_value(now)
    with transaction.atomic():
        if not HitCount.objects.filter(pk=hitcount_id).update(hits=F("hits") + 1, modified=now):
            return NO_COUNTER
        with connection.cursor() as cursor:
            cursor.execute(f"INSERT INTO {hit_table} {HIT_COLUMNS} VALUES (%s, %s, %s, %s, NULL, %s)",
                           [created, ip_text, session, user_agent, hitcount_id])
        return COUNTED


def record_view(content_type_id, object_pk, ip, user_agent, site_id, now=None):
    """Count one view of an object by a visitor unless already counted in the window. True when counted.

    A key in the cache proves the visitor was counted, so a repeated view costs
    one cache operation. A key the cache did not have proves nothing: Redis may
    have restarted empty, or been away while the database counted this visitor;
    and when the cache cannot be asked at all (``add`` gives None) it knows
    nothing. Then the database counts the view only if it has none of this
    visitor in the window, in the same statement as the write. A view the
    database cannot take now is kept and written when it is back (PendingViews).
    """
    now = now or timezone.now()
    user_agent = (user_agent or "")[:255]
    session = visitor_key(ip, user_agent, timezone.localtime(now).date())
    window = app_settings.get("ANALYTICS_DEDUPE_WINDOW")
    key = f"analytics:seen:{content_type_id}:{object_pk}:{session}"
    added = cache.add(key, 1, window)
    if added is False:
        return False
    seen_since = now - datetime.timedelta(seconds=window) if added is None or database_dedupe() else None
    if pending_views.database_away():
        pending_views.keep(PendingView(content_type_id, object_pk, ip, session, user_agent, site_id, now))
        return False
    try:
        outcome, last_seen = _count(content_type_id, object_pk, ip, session, user_agent, site_id, now, seen_since)
    except DATABASE_AWAY as exc:
        # Written when the database is back; the cache key, if any, stands for the view meanwhile.
        pending_views.failed(exc)
        pending_views.keep(PendingView(content_type_id, object_pk, ip, session, user_agent, site_id, now))
        return False
    except Exception:
        if added:
            cache.delete(key)  # not counted: the key must not keep this visitor's next view from counting
        raise
    if pending_views.views:
        pending_views.write(_count)
    if added and outcome == DUPLICATE and last_seen is not None:
        # Counted while the cache did not know: keep the key only for what is left of that view's window.
        cache.touch(key, max(1.0, window - (now - last_seen).total_seconds()))
    elif added and outcome == NO_COUNTER:
        cache.delete(key)
    return outcome == COUNTED


def _count(content_type_id, object_pk, ip, session, user_agent, site_id, now, seen_since):
    for _attempt in range(2):
        hitcount_id = hitcount_id_for(content_type_id, object_pk, site_id)
        outcome, last_seen = _write_hit(hitcount_id, stored_ip(ip), session, user_agent, now, seen_since)
        if outcome != NO_COUNTER:
            return outcome, last_seen
        # The counter was deleted (by an editor, or a test's rollback): forget it and create it again.
        _hitcount_ids.pop((content_type_id, object_pk), None)
    return NO_COUNTER, None


# --- deciding from a request -------------------------------------------------------------


def is_editor(request):
    """A logged-in user who may use the Wagtail admin. No session is read unless the browser sent one."""
    if django_settings.SESSION_COOKIE_NAME not in request.COOKIES:
        return False
    user = getattr(request, "user", None)
    return bool(user is not None and user.is_authenticated
                and (user.is_superuser or user.has_perm("wagtailadmin.access_admin")))


def counted_target(request):
    """(content type id, object pk) of what this request shows, if it is counted at all."""
    scope = RequestScope.peek(request)
    if scope is None:
        return None
    obj = scope.counted_object
    if obj is not None and obj.pk is not None:
        return ContentType.objects.get_for_model(obj).pk, obj.pk
    page = scope.counted_page
    if page is not None and counts_page_type(page.content_type_id):
        return page.content_type_id, page.pk
    return None


def request_site_id(request):
    from wagtail.models import Site

    site = Site.find_for_request(request)
    return site.pk if site else None


def visitor_may_count(request, ip, user_agent):
    if ip is None or is_robot(user_agent) or is_blocked(ip, user_agent):
        return False
    return not (app_settings.get("ANALYTICS_IGNORE_EDITORS") and is_editor(request))


def record_from_response(request, response):
    """Count the view a page request produced, if it is one that counts."""
    if request.method != "GET" or response.status_code != 200 or getattr(request, "is_preview", False):
        return False
    target = counted_target(request)
    if target is None or not response.get("Content-Type", "").startswith("text/html"):
        return False
    return record_request_view(request, target)


def record_request_view(request, target, site_id=None):
    """Count the view of ``target`` (content type id, object pk) by this request's visitor.

    The entry point for a whole-page cache that serves a page without rendering
    it: it kept the target (and the site) when the page was rendered.
    """
    ip = client_ip(request.META)
    user_agent = request.META.get("HTTP_USER_AGENT", "")
    if not visitor_may_count(request, ip, user_agent):
        return False
    return record_view(*target, ip, user_agent, site_id if site_id is not None else (lambda: request_site_id(request)))


def reset_memos(**kwargs):
    """Forget everything held in process memory (used by signals and tests)."""
    from analytics.live import forget_rendered
    from analytics.views import forget_countable

    forget_rendered()
    forget_countable()
    blocklists.clear()
    partner_keys.clear()
    pending_views.clear()
    _hitcount_ids.clear()
    _counted_content_type_ids.cache_clear()
    _networks.cache_clear()


@receiver(setting_changed)
def _on_setting_changed(setting, **kwargs):
    if setting.startswith("ANALYTICS_"):
        reset_memos()
