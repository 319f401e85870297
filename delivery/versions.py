"""The content version as every worker reads it: a token that changes whenever public content changes.

"<generation>/<time of the last change>" (delivery.models.ContentVersion). Whole-page
caches key their entries on it, the API's Last-Modified is its time, and the plugins'
per-version caches (the directory's page lookup, newsroom's rendered articles) keep
what they made under it, so nothing cached is ever stale.
"""

import datetime
import time

from django.conf import settings
from django.core.cache import cache

from delivery.outages import DATABASE_UNAVAILABLE, database_outage
from delivery.scope import RequestScope


def changed_at_of(token):
    """The time of the last change, from a content-version token."""
    return datetime.datetime.fromisoformat(token.rsplit("/", 1)[-1])


def generation_of(token):
    return token.split("/", 1)[0]


def share_current_token():
    from delivery.models import ContentVersion

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
    """A string that changes whenever public content changes.

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
    from delivery.models import ContentVersion

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
