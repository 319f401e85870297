"""Whole-response cache for what anonymous readers and API clients GET.

A page is rendered once per content version and served from the cache until
public content changes: every publish, unpublish, move, delete and member or
council edit bumps the content version (delivery/tombstones.py), and an entry kept
under an older version is never served. Expiry (PAGE_CACHE_SECONDS, and
API_CACHE_MAX_AGE for the API, whose ``hit_count`` fields move with every
view, and the statistics endpoint, kept 10 s) only bounds how old the
most-viewed lists and view counts may get.

With Redis every request reads the version from Redis, and the entry from this
process's copy of it when it has one (else from Redis); with the local-memory
cache each worker keeps its own entries and reads the version from the
database, one query, so a change shows at once in every worker.

A hit still does what plugins registered in delivery.live_parts ask of every
request: analytics counts the view and puts the current access counter into the
page; this module knows no plugin. Nothing is cached or
served from the cache for a request with a session cookie (editors see their
own userbar), for a response that sets a cookie or is private, or outside GET.

Lost services: with Redis away, its calls answer "miss" at once (portal/cache.py),
the version comes from the database and pages from this process's copies. With
the database away, kept pages are still served: the version comes from Redis,
or is the last one this process read (delivery.versions.last_known_version); the
counter is the one the page was kept with; the view is counted when the
database is back. A request that is not kept, and has just waited for the
database to fail, gets the 503 at once rather than wait a second time.
"""

import hashlib
import logging
import threading
import time
from collections import OrderedDict

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import get_conditional_response
from django.utils.http import parse_http_date_safe

from delivery import live_parts
from delivery.errors import error_response
from delivery.outages import DATABASE_UNAVAILABLE, database_outage, retry_after_seconds
from delivery.versions import cache_is_shared, content_version_token, generation_of

logger = logging.getLogger(__name__)

# Never cached: the admin, documents (privacy is checked per request), the beacon.
DEFAULT_EXCLUDED_PREFIXES = ("/admin/", "/django-admin/", "/documents/", "/api/v2/hits/", "/static/",
                             "/media/")
# Kept for a shorter time than the rest: the live statistics move with every view.
DEFAULT_SHORT_TIMEOUTS = {"/api/v2/stats/": 10}
# Headers that belong to one response, not to every copy of it.
UNSTORED_HEADERS = {"content-length", "set-cookie", "date"}
STATUS_HEADER = "X-Page-Cache"


def setting(name, default):
    return getattr(settings, name, default)


class LocalCopies:
    """This process's copies of shared-cache entries, least recently used out first.

    A copy is used only for the content version it was made under, and only
    until the entry's own expiry, so it is never staler than the shared entry.
    """

    def __init__(self):
        self.entries = OrderedDict()
        self.size = 0
        self.lock = threading.Lock()

    @staticmethod
    def weight(entry):
        parts = entry.get("parts")
        return len(entry.get("content") or b"") + (sum(len(p) for p in parts) if parts else 0) + 512

    def get(self, key, version):
        with self.lock:
            entry = self.entries.get(key)
            if entry is None:
                return None
            if entry["version"] != version or entry.get("expires", 0) <= time.time():
                self.size -= self.weight(self.entries.pop(key))
                return None
            self.entries.move_to_end(key)
            return entry

    def put(self, key, entry):
        limit = setting("PAGE_CACHE_LOCAL_BYTES", 64 * 1024 * 1024)
        weight = self.weight(entry)
        if weight > limit or "expires" not in entry:
            return
        with self.lock:
            old = self.entries.pop(key, None)
            if old is not None:
                self.size -= self.weight(old)
            self.entries[key] = entry
            self.size += weight
            while self.size > limit and self.entries:
                _key, dropped = self.entries.popitem(last=False)
                self.size -= self.weight(dropped)

    def clear(self):
        with self.lock:
            self.entries.clear()
            self.size = 0


local_copies = LocalCopies()


# Vary names handled without keeping variants: no session cookie is ever served from the cache,
# nothing is compressed behind it, and CORS headers are added outside it.
HANDLED_VARY = {"cookie", "accept-encoding", "origin"}


def varied_headers(response):
    names = (name.strip() for name in response.get("Vary", "").split(","))
    return [name for name in names if name and name.lower() not in HANDLED_VARY]


def same_variant(request, entry):
    """Whether the request sends what the kept answer was made for, in every header it varies on."""
    return all(request.headers.get(name, "") == value for name, value in entry.get("vary", {}).items())


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.excluded = tuple(setting("PAGE_CACHE_EXCLUDED_PREFIXES", DEFAULT_EXCLUDED_PREFIXES))
        self.api_prefix = "/api/"

    def __call__(self, request):
        if not self.request_is_cacheable(request):
            return self.get_response(request)
        key = self.entry_key(request)
        failures_before = database_outage.last_failure
        version, entry = self.lookup(request, key)
        if entry is not None and version is not None and entry.get("version") == version \
                and same_variant(request, entry):
            try:
                return self.serve(request, entry)
            except Exception:  # a broken entry must cost a render, never an error page
                logger.exception("page cache: could not serve %s from the cache", request.path)
        if database_outage.last_failure != failures_before:
            # Reading the version just waited for the database to fail: rendering would wait once more.
            return error_response(request, 503, retry_after=retry_after_seconds())
        response = self.get_response(request)
        if version is not None and self.response_is_cacheable(request, response):
            try:
                self.store(request, key, version, response)
            except Exception:
                logger.exception("page cache: could not store %s", request.path)
            response[STATUS_HEADER] = "miss"
        return response

    # --- deciding -----------------------------------------------------------------------

    def request_is_cacheable(self, request):
        if not setting("PAGE_CACHE_ENABLED", True) or request.method != "GET":
            return False
        if settings.SESSION_COOKIE_NAME in request.COOKIES or "HTTP_AUTHORIZATION" in request.META:
            return False
        return not request.path.startswith(self.excluded)

    def response_is_cacheable(self, request, response):
        if response.status_code != 200 or response.streaming or response.cookies:
            return False
        if getattr(request, "is_preview", False) or response.has_header("Set-Cookie"):
            return False
        cache_control = response.get("Cache-Control", "").lower()
        if any(word in cache_control for word in ("private", "no-store", "no-cache")):
            return False
        vary = {name.strip().lower() for name in response.get("Vary", "").split(",")}
        if "cookie" in vary and request.COOKIES:
            return False  # made with this client's cookies (a CSRF token in a form, say): not for others
        return "*" not in vary

    # --- the cache ------------------------------------------------------------------------

    def entry_key(self, request):
        path = request.get_full_path()
        # The API answers JSON or, to a browser that asks for HTML, REST framework's browsable page.
        accept = request.headers.get("Accept", "") if path.startswith(self.api_prefix) else ""
        digest = hashlib.md5(f"{request.get_host()}\n{path}\n{accept}".encode(), usedforsecurity=False).hexdigest()
        # The database's generation (new after a restore): entries made from another database are never read.
        return f"portal:page:2:{generation_of(content_version_token(request))}:{digest}"

    def lookup(self, request, key):
        """(current content version, entry or None).

        With a shared cache, the version comes from it on every request, and the
        entry from this process's own copy when it has one for that version (a
        large API answer is not carried over the network each time); else from
        the shared cache, in a second round trip.
        """
        try:
            version = content_version_token(request)
        except DATABASE_UNAVAILABLE as exc:
            database_outage.error(exc, request.path)
            return None, None  # nothing kept can be vouched for: the view answers (a 503)
        if not cache_is_shared():
            return version, cache.get(key)
        entry = local_copies.get(key, version)
        if entry is None:
            entry = cache.get(key)
            if entry is not None and entry.get("version") == version:
                local_copies.put(key, entry)
        return version, entry

    def timeout(self, request):
        for prefix, seconds in setting("PAGE_CACHE_SHORT_TIMEOUTS", DEFAULT_SHORT_TIMEOUTS).items():
            if request.path.startswith(prefix):
                return seconds
        if request.path.startswith(self.api_prefix):
            return setting("API_CACHE_MAX_AGE", 60)
        return setting("PAGE_CACHE_SECONDS", 300)

    def store(self, request, key, version, response):
        headers = [(name, value) for name, value in response.items() if name.lower() not in UNSTORED_HEADERS]
        content = response.content
        entry = {"version": version, "status": response.status_code, "headers": headers,
                 "charset": response.charset, "states": {},
                 "vary": {name: request.headers.get(name, "") for name in varied_headers(response)}}
        if response.get("Content-Type", "").startswith("text/html"):
            entry["states"] = live_parts.capture(request)
            found = live_parts.split(content.decode(response.charset))
            if found is not None:
                # The regions as rendered now are shown instead of current ones while the database is away.
                entry["parts"], entry["names"], entry["regions"] = found
                content = None
        entry["content"] = content
        timeout = self.timeout(request)
        entry["expires"] = time.time() + timeout
        cache.set(key, entry, timeout)
        if cache_is_shared():
            local_copies.put(key, entry)

    def region(self, request, entry, name, kept):
        part = live_parts.live_part(name)
        if part is None or database_outage.recent():
            return kept
        try:
            return part.render(entry["states"].get(name))
        except DATABASE_UNAVAILABLE as exc:
            database_outage.error(exc, f"the part {name} of {request.path}")
            return kept

    def content(self, request, entry):
        if entry.get("parts") is None:
            return entry["content"]
        pieces = entry["parts"]
        chunks = [pieces[0]]
        for name, kept, piece in zip(entry["names"], entry["regions"], pieces[1:], strict=True):
            chunks.append(self.region(request, entry, name, kept))
            chunks.append(piece)
        return "".join(chunks).encode(entry["charset"])

    def after_serving(self, request, entry):
        for name, state in entry["states"].items():
            part = live_parts.live_part(name)
            if part is None:
                continue
            try:
                part.served(request, state)
            except DATABASE_UNAVAILABLE as exc:
                database_outage.error(exc, f"the part {name} of {request.path} (served from the cache)")
            except Exception:  # a counter must never turn a page into an error
                logger.exception("page cache: the part %s failed on a page served from the cache", name)

    def serve(self, request, entry):
        response = HttpResponse(self.content(request, entry), status=entry["status"])
        for name, value in entry["headers"]:
            response[name] = value
        response[STATUS_HEADER] = "hit"
        self.after_serving(request, entry)
        if response.has_header("ETag") or response.has_header("Last-Modified"):
            last_modified = parse_http_date_safe(response.get("Last-Modified", ""))
            return get_conditional_response(request, etag=response.get("ETag"), last_modified=last_modified,
                                            response=response)
        return response

