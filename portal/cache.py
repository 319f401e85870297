"""django-redis's client with a circuit breaker: a lost Redis costs a request microseconds, not seconds.

IGNORE_EXCEPTIONS already turns a Redis error into a cache miss, but every
call still waits for its own failure: a refused connection for a Redis that is
down, the whole socket timeout for one that hangs, for each cache call of each
request. After a connection error or a timeout this client stops asking: for
BREAKER_SECONDS (REDIS_BREAKER_SECONDS) every call fails at once, which
IGNORE_EXCEPTIONS turns into what the cache API answers for a miss (``get``
gives the default, ``add`` and ``incr`` give None, a ``set`` is not stored).
Then the next call first sends a PING (half-open) while the others still
fail at once: an answer closes the breaker, no answer opens it again.

A set or a delete that did not happen would leave an older value behind in a
Redis that comes back with its data (a hang, a network cut): the content
version of before a publish, a page list of before an unpublish. The keys of
those lost writes are remembered and deleted when Redis is back, so their
next read goes to the source.

One breaker per Redis server and process, shared by its threads (Django makes
a cache client per thread); one warning when it opens, one when Redis is back.
"""

import logging
import threading
import time
from urllib.parse import urlsplit, urlunsplit

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django_redis.client import DefaultClient
from django_redis.exceptions import ConnectionInterrupted
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import RedisError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

DEFAULT_BREAKER_SECONDS = 5.0
# Keys of lost writes kept for deletion on recovery; beyond this, the rest expire by themselves.
LOST_KEYS_MAX = 10_000
DELETE_CHUNK = 500
# What says Redis could not be reached; socket.timeout is an OSError (TimeoutError) too.
CONNECTION_FAILURES = (RedisConnectionError, RedisTimeoutError, OSError)


class CacheUnavailable(RedisConnectionError):
    """What a call raises instead of asking Redis while the breaker is open."""


CLOSED = "closed"
TRIAL = "trial"


class Breaker:
    """Open after a failure, for ``open_seconds``; then one trial call at a time until one succeeds."""

    def __init__(self, server, open_seconds):
        self.server = server
        self.open_seconds = open_seconds
        self.lock = threading.Lock()
        self.opened_at = None  # monotonic time of the first failure of this outage; None while closed
        self.retry_at = 0.0
        self.trying = False
        self.lost_keys = set()
        self.lost_overflow = False

    def allow(self):
        """CLOSED, TRIAL (this call should see whether Redis is back) or None (fail at once)."""
        if self.opened_at is None:  # the normal case: no lock taken
            return CLOSED
        with self.lock:
            if self.opened_at is None:
                return CLOSED
            if self.trying or time.monotonic() < self.retry_at:
                return None
            self.trying = True
            return TRIAL

    def failed(self, error):
        with self.lock:
            now = time.monotonic()
            opening = self.opened_at is None
            if opening:
                self.opened_at = now
            self.retry_at = now + self.open_seconds
            self.trying = False
        if opening:
            logger.warning("cache: Redis at %s cannot be reached (%s: %s); every cache call is a miss for now, "
                           "Redis is tried again every %g s", self.server, type(error).__name__, error,
                           self.open_seconds)

    def answered(self):
        """Redis answered a call. The keys of writes lost meanwhile when this closes the breaker, else None."""
        if self.opened_at is None:
            return None
        with self.lock:
            if self.opened_at is None:
                return None
            away = time.monotonic() - self.opened_at
            self.opened_at = None
            self.trying = False
            lost, self.lost_keys = self.lost_keys, set()
            overflow, self.lost_overflow = self.lost_overflow, False
        logger.warning("cache: Redis at %s is back after %.1f s%s%s", self.server, away,
                       f"; deleting the {len(lost)} entries whose writes were lost meanwhile" if lost else "",
                       f" (more than {LOST_KEYS_MAX} writes were lost: older entries may be served until they "
                       f"expire)" if overflow else "")
        return lost

    def lose(self, keys):
        """Remember keys whose write did not reach Redis."""
        with self.lock:
            for key in keys:
                if len(self.lost_keys) >= LOST_KEYS_MAX:
                    self.lost_overflow = True
                    break
                self.lost_keys.add(key)


_breakers = {}
_breakers_lock = threading.Lock()


def breaker_for(server, open_seconds=DEFAULT_BREAKER_SECONDS):
    with _breakers_lock:
        breaker = _breakers.get(server)
        if breaker is None:
            breaker = _breakers[server] = Breaker(server, open_seconds)
        breaker.open_seconds = open_seconds
        return breaker


def reset_breakers():
    """Forget every breaker's state (tests)."""
    with _breakers_lock:
        _breakers.clear()


def server_name(url):
    """The server as logs may show it: without a password in the address."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, parts.query, parts.fragment))


# Set while a guarded call runs in this thread: the base class calling its own methods (``add``
# calls ``set``, ``incr`` calls ``ttl``) is part of that call, not a call of its own.
_in_call = threading.local()


def connection_failure(exc):
    """The connection error or timeout behind ``exc``, or None when Redis answered (with an error or not)."""
    cause = exc.__cause__ if isinstance(exc, ConnectionInterrupted) else exc
    return cause if isinstance(cause, CONNECTION_FAILURES) else None


class CircuitBreakerClient(DefaultClient):
    """``OPTIONS["CLIENT_CLASS"]`` for django-redis; ``OPTIONS["BREAKER_SECONDS"]`` sets how long it stays open."""

    def __init__(self, server, params, backend):
        super().__init__(server, params, backend)
        seconds = float(self._options.get("BREAKER_SECONDS", DEFAULT_BREAKER_SECONDS))
        self.breaker = breaker_for(",".join(server_name(url) for url in self._server), seconds)

    def _call(self, name, args, kwargs, written=None):
        """Run DefaultClient's ``name`` through the breaker; ``written()`` gives the keys a write would change."""
        method = getattr(super(), name)
        if getattr(_in_call, "active", False):
            return method(*args, **kwargs)
        state = self.breaker.allow()
        if state is None:
            return self._refuse(written, CacheUnavailable(f"Redis at {self.breaker.server} is not asked for a while"))
        if state == TRIAL:
            failure = self._probe()
            if failure is not None:
                return self._refuse(written, failure)
        _in_call.active = True
        try:
            return method(*args, **kwargs)
        except Exception as exc:
            failure = connection_failure(exc)
            if failure is None:
                raise  # Redis answered, with an error of its own (or the error is not Redis's)
            self.breaker.failed(failure)
            if written is not None:
                self.breaker.lose(written())
            if isinstance(exc, ConnectionInterrupted):
                raise
            raise ConnectionInterrupted(connection=None) from exc
        finally:
            _in_call.active = False

    def _refuse(self, written, cause):
        if written is not None:
            self.breaker.lose(written())
        raise ConnectionInterrupted(connection=None) from cause

    def _probe(self):
        """Half-open: whether Redis answers a PING; if it does, first delete what was lost meanwhile.

        The call that follows then reads no value left over from before the outage. Returns the
        connection failure, or None when Redis answered.
        """
        try:
            client = self.get_client(write=True)
            try:
                client.ping()
            except RedisError as exc:
                if connection_failure(exc) is not None:
                    raise
                # Redis answered, if only with an error of its own ("LOADING" is a connection error).
        except CONNECTION_FAILURES as exc:
            self.breaker.failed(exc)
            return exc
        lost = self.breaker.answered()
        if lost:
            self._delete_lost(client, sorted(lost))
        return None

    def _delete_lost(self, client, keys):
        try:
            for start in range(0, len(keys), DELETE_CHUNK):
                client.delete(*keys[start:start + DELETE_CHUNK])
        except CONNECTION_FAILURES as exc:
            self.breaker.failed(exc)
            self.breaker.lose(keys)
        except RedisError as exc:
            logger.warning("cache: could not delete the %d entries written while Redis was away (%s); "
                           "they are served until they expire", len(keys), exc)

    def _made_keys(self, keys, version):
        return [str(self.make_key(key, version=version)) for key in keys]

    # --- the guarded operations ----------------------------------------------------------

    def get(self, key, default=None, version=None, client=None):
        return self._call("get", (key, default, version, client), {})

    def get_many(self, keys, version=None, client=None):
        return self._call("get_many", (keys, version, client), {})

    def has_key(self, key, version=None, client=None):
        return self._call("has_key", (key, version, client), {})

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None, client=None, nx=False, xx=False):
        return self._call("set", (key, value, timeout, version, client), {"nx": nx, "xx": xx},
                          written=lambda: self._made_keys([key], version))

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None, client=None):
        return self._call("add", (key, value, timeout, version, client), {})

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None, client=None):
        return self._call("set_many", (data, timeout, version, client), {},
                          written=lambda: self._made_keys(list(data), version))

    def delete(self, key, version=None, prefix=None, client=None):
        return self._call("delete", (key, version, prefix, client), {},
                          written=lambda: self._made_keys([key], version))

    def delete_many(self, keys, version=None, client=None):
        keys = list(keys)
        return self._call("delete_many", (keys, version, client), {},
                          written=lambda: self._made_keys(keys, version))

    def incr(self, *args, **kwargs):
        return self._call("incr", args, kwargs)

    def decr(self, *args, **kwargs):
        return self._call("decr", args, kwargs)

    def touch(self, *args, **kwargs):
        return self._call("touch", args, kwargs)

    def ttl(self, *args, **kwargs):
        return self._call("ttl", args, kwargs)

    def expire(self, *args, **kwargs):
        return self._call("expire", args, kwargs)

    def persist(self, *args, **kwargs):
        return self._call("persist", args, kwargs)

    def incr_version(self, *args, **kwargs):
        return self._call("incr_version", args, kwargs)

    def keys(self, *args, **kwargs):
        return self._call("keys", args, kwargs)

    def delete_pattern(self, *args, **kwargs):
        return self._call("delete_pattern", args, kwargs)

    def clear(self, *args, **kwargs):
        return self._call("clear", args, kwargs)
