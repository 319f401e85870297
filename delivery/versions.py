"""The content version as every worker reads it: a token that changes whenever public content changes.

Two levels, read together in one query (or one shared-cache read):

- the installation's version (delivery.models.ContentVersion), "<generation>/<time>": moved by
  whatever every site may show (members, councils, images, documents, redirects, view
  restrictions, sites, moves), and with a new generation after a restore;
- each site's own (delivery.models.SiteContentVersion): moved when that site's pages change, and
  for the sites that show them (a commune's news on the province portal: the
  ``content_changed_sites`` hook, see delivery.tombstones).

A request's token is "<installation>/<its site's time or ->": whole-page caches key their
entries on it, the API's Last-Modified is its later time, and the plugins' per-version caches
(the directory's page lookup, newsroom's rendered articles) keep what they made under it, so
nothing cached is ever stale and a publish on one commune's site leaves the other sites'
caches alone. An API request that reads other sites (``?site=``) depends on every site's.
"""

import datetime
import hashlib
import time

from django.conf import settings
from django.core.cache import cache

from delivery.outages import DATABASE_UNAVAILABLE, database_outage
from delivery.scope import RequestScope

VERSION_CACHE_KEY = "portal:content-versions"
# Caches whose content the other workers (or machines) may not see, so the content version is read
# from the database: each process's memory; a dummy that keeps nothing; files on one machine's disk.
PROCESS_LOCAL_CACHES = ("LocMemCache", "DummyCache", "FileBasedCache")
NO_SITE = "-"


def changed_at_of(token):
    """The time of the last change a token knows (the later of the installation's and the site's)."""
    # "<generation>/<installation's time>/<site's time or ->[/<digest of every site's, for ?site=>]"
    parts = token.split("/")[1:3]
    return max(datetime.datetime.fromisoformat(part) for part in parts if part != NO_SITE)


def generation_of(token):
    return token.split("/", 1)[0]


def cache_is_shared():
    """Whether every worker sees the same default cache (Redis, Memcached), not its own memory."""
    backend = settings.CACHES.get("default", {}).get("BACKEND", "")
    return backend.rsplit(".", 1)[-1] not in PROCESS_LOCAL_CACHES


def version_cache_seconds():
    # A copy in the shared cache that a lost write left behind is corrected within this time.
    return getattr(settings, "PAGE_CACHE_SECONDS", 300)


def share_current_token():
    """After a commit that moved a version: the shared cache gets what the database now says."""
    from delivery.models import ContentVersion

    cache.set(VERSION_CACHE_KEY, ContentVersion.read_all(), version_cache_seconds())


def read_versions(request=None):
    """(installation token, {site id: time}), once per request.

    With a shared cache it is read from there (and from the database when the
    cache lost it); with a per-process cache, from the database, the only place
    every worker agrees on. While the database cannot be reached, the last
    versions this process read stand in (see last_known_version).
    """
    scope = RequestScope.of(request)
    if scope is None:
        return read_all_versions()
    return scope.remember("content_versions", read_all_versions)


def read_all_versions():
    found = cache.get(VERSION_CACHE_KEY) if cache_is_shared() else None
    if found is None:
        return versions_from_database()
    last_known_version.remember(found)
    return found


def installation_token(request=None):
    """The installation's part of the token: what every site may show, and the database's generation."""
    return read_versions(request)[0]


def content_version_token(request=None):
    """A string that changes whenever public content the request may be shown changes.

    Without a request: the installation's version only (moved by every change that is not one
    site's pages alone).
    """
    if request is None:
        return f"{installation_token()}/{NO_SITE}"
    scope = RequestScope.of(request)
    return scope.remember("content_version", lambda: token_for(request))


def token_for(request):
    from delivery.sites import request_site

    installation, sites = read_versions(request)
    if reads_other_sites(request):
        digest = hashlib.md5(repr(sorted(sites.items())).encode(), usedforsecurity=False).hexdigest()
        return f"{installation}/{max(sites.values(), default=NO_SITE)}/{digest}"
    site = request_site(request)
    return f"{installation}/{sites.get(site.pk, NO_SITE) if site is not None else NO_SITE}"


def reads_other_sites(request):
    """An API request naming sites (``?site=``) may show any site's pages."""
    return request.path.startswith("/api/") and "site" in request.GET


class LastKnownVersion:
    """The last content versions this process read, for CONTENT_VERSION_FALLBACK_SECONDS.

    While the database is away nobody can publish, so the versions read before
    are still the current ones: pages the page cache kept under them can be served
    (with the local-memory cache, whose workers read the versions from the
    database on every request). Past that time, or if this process never read
    them, the database error is raised as usual.
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


def versions_from_database():
    known = last_known_version.recent()
    if known is not None and database_outage.recent():
        return known  # not asked: it failed seconds ago, and may cost the connect timeout to fail again
    from delivery.models import ContentVersion

    try:
        found = ContentVersion.read_all()
    except DATABASE_UNAVAILABLE as exc:
        if known is None:
            raise
        database_outage.error(exc, "reading the content version (the last one read stands in)")
        return known
    last_known_version.remember(found)
    if cache_is_shared():
        cache.set(VERSION_CACHE_KEY, found, version_cache_seconds())
    return found


def content_changed_at(request=None):
    """When public content last changed (Last-Modified), as content_version_token knows it."""
    return changed_at_of(content_version_token(request))
