"""What the public API keeps about itself: removals (tombstones) and the content version.

A client that mirrors the portal with ``modified_since`` must learn what left
it: OParl asks for a tombstone with the object's id, type and time of removal.
A Removal is written when a page is unpublished, deleted or made private, and
when a council member is unpublished or deleted; it is removed again when the
object comes back. It holds no content, only what identifies the object.
"""

import datetime
import time
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import connection, models, transaction
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext_lazy as _

from delivery.scope import RequestScope
from portal.outages import DATABASE_UNAVAILABLE, database_outage


class Removal(models.Model):
    endpoint = models.CharField(_("endpoint"), max_length=50, help_text=_("e.g. pages, council-members"))
    object_id = models.BigIntegerField(_("object id"))
    object_type = models.CharField(_("type"), max_length=100, help_text=_("e.g. newsroom.NewsPage"))
    reason = models.CharField(_("reason"), max_length=20)  # unpublished, deleted, private
    removed_at = models.DateTimeField(_("removed at"), default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("removal")
        verbose_name_plural = _("removals")
        ordering = ["removed_at", "id"]
        constraints = [
            models.UniqueConstraint(fields=["endpoint", "object_id"], name="portal_removal_unique_object"),
        ]

    def __str__(self):
        return f"{self.endpoint}/{self.object_id} {self.reason} {self.removed_at:%Y-%m-%d %H:%M}"


def new_generation():
    return uuid.uuid4().hex


class ContentVersion(models.Model):
    """One row: when public content last changed, for Last-Modified and cache invalidation.

    Kept in the database, not a process's memory, so every worker agrees on it.
    ``generation`` changes when the database is restored from a backup
    (``manage.py restore``): it is part of the content-version token and of the
    page cache's keys, so nothing cached from the database that was replaced
    (in Redis or in a worker's memory) is read again, even where the restored
    database's own change time happens to match a token seen before.
    """

    changed_at = models.DateTimeField(default=timezone.now)
    generation = models.CharField(max_length=32, default=new_generation)

    class Meta:
        verbose_name = _("content version")

    def __str__(self):
        return f"{self.changed_at:%Y-%m-%d %H:%M:%S} ({self.generation})"

    @classmethod
    def bump(cls):
        now = timezone.now()
        updated = cls.objects.filter(pk=1).update(changed_at=now)
        if not updated:
            cls.objects.get_or_create(pk=1, defaults={"changed_at": now})
        if cache_is_shared():
            # Workers read the version from the shared cache (content_version_token); tell them
            # once the change is visible to their database connections.
            transaction.on_commit(share_current_token, robust=True)
        return now

    @classmethod
    def start_generation(cls):
        """A new cache namespace, after a restore: nothing cached before it is served again."""
        now = timezone.now()
        if not cls.objects.filter(pk=1).update(changed_at=now, generation=new_generation()):
            cls.objects.create(pk=1, changed_at=now, generation=new_generation())
        if cache_is_shared():
            transaction.on_commit(share_current_token, robust=True)
        return cls.token()

    @classmethod
    def token(cls):
        """The token: "<generation>/<time of the last change>". Read on every cached request: plain SQL."""
        table = connection.ops.quote_name(cls._meta.db_table)
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT changed_at, generation FROM {table} WHERE id = 1")
            row = cursor.fetchone()
        if row is None:
            cls.bump()
            return cls.token()
        value, generation = row
        if isinstance(value, str):  # SQLite gives the stored text
            value = parse_datetime(value)
        if timezone.is_naive(value):
            value = timezone.make_aware(value, datetime.UTC)
        return f"{generation}/{value.isoformat()}"

    @classmethod
    def current(cls):
        """The time of the last change."""
        return changed_at_of(cls.token())


def changed_at_of(token):
    """The time of the last change, from a content-version token."""
    return datetime.datetime.fromisoformat(token.rsplit("/", 1)[-1])


def generation_of(token):
    return token.split("/", 1)[0]


def share_current_token():
    cache.set(VERSION_CACHE_KEY, ContentVersion.token(), version_cache_seconds())


VERSION_CACHE_KEY = "portal:content-version"
# Caches whose content the other workers (or machines) may not see, so the content version is read
# from the database: each process's memory; a dummy that keeps nothing; files on one machine's disk.
PROCESS_LOCAL_CACHES = ("LocMemCache", "DummyCache", "FileBasedCache")


def cache_is_shared():
    """Whether every worker sees the same default cache (Redis, Memcached), not its own memory."""
    backend = settings.CACHES.get("default", {}).get("BACKEND", "")
    return backend.rsplit(".", 1)[-1] not in PROCESS_LOCAL_CACHES


def version_cache_seconds():
    # A copy in the shared cache that a lost write left behind is corrected within this time.
    return getattr(settings, "PAGE_CACHE_SECONDS", 300)


def content_version_token(request=None):
    """A string that changes whenever public content changes (named by HDND_CONTENT_VERSION_TOKEN).

    "<generation>/<time of the last change>": the generation changes when the
    database is restored (ContentVersion.start_generation).

    With a shared cache it is read from there (and from the database when the
    cache lost it); with a per-process cache, from the database, the only place
    every worker agrees on. A request reads it once. While the database cannot
    be reached, the last token this process read stands in (see last_known_version).
    """
    scope = RequestScope.of(request)
    if scope is None:
        return read_content_version()
    return scope.remember("content_version", read_content_version)


def read_content_version():
    token = cache.get(VERSION_CACHE_KEY) if cache_is_shared() else None
    if token is None:
        return version_from_database()
    last_known_version.remember(token)
    return token


class LastKnownVersion:
    """The last content version this process read, for CONTENT_VERSION_FALLBACK_SECONDS.

    While the database is away nobody can publish, so the version read before
    is still the current one: pages the page cache kept under it can be served
    (with the local-memory cache, whose workers read the version from the
    database on every request). Past that time, or if this process never read
    one, the database error is raised as usual.
    """

    def __init__(self):
        self.token = None
        self.read_at = 0.0

    def remember(self, token):
        self.token, self.read_at = token, time.monotonic()

    def recent(self):
        seconds = getattr(settings, "CONTENT_VERSION_FALLBACK_SECONDS", version_cache_seconds())
        if self.token is not None and time.monotonic() - self.read_at <= seconds:
            return self.token
        return None


last_known_version = LastKnownVersion()


def version_from_database():
    known = last_known_version.recent()
    if known is not None and database_outage.recent():
        return known  # not asked: it failed seconds ago, and may cost the connect timeout to fail again
    try:
        token = ContentVersion.token()
    except DATABASE_UNAVAILABLE as exc:
        if known is None:
            raise
        database_outage.error(exc, "reading the content version (the last one read stands in)")
        return known
    last_known_version.remember(token)
    if cache_is_shared():
        cache.set(VERSION_CACHE_KEY, token, version_cache_seconds())
    return token


def content_changed_at(request=None):
    """When public content last changed (Last-Modified), as content_version_token knows it."""
    return changed_at_of(content_version_token(request))
