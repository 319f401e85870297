"""What says the database is away, and one warning per outage instead of one traceback per request.

A database that is restarting, unreachable or out of connections raises
OperationalError (or InterfaceError on a connection that died under it). Such
a request gets the 503 of delivery.middleware.DatabaseOutageMiddleware. The
parts of a page that can do without the database (a page the page cache kept,
its access counter) do without it, and while a connection failure is recent
(DATABASE_RETRY_SECONDS) they do not even try: against a database host that
does not answer, each try would cost DB_CONNECT_TIMEOUT. An operator needs to
know that the outage started and that it goes on, not a traceback per reader.
"""

import logging
import threading
import time

from django.conf import settings
from django.db import InterfaceError, OperationalError

try:  # the errors of psycopg2 itself, should one escape Django's wrapping
    import psycopg2
except ImportError:  # pragma: no cover - SQLite-only installations
    psycopg2 = None

logger = logging.getLogger(__name__)

DATABASE_UNAVAILABLE = (OperationalError, InterfaceError)
if psycopg2 is not None:
    DATABASE_UNAVAILABLE += (psycopg2.OperationalError, psycopg2.InterfaceError)

# SQLSTATEs of a server that is away rather than of a statement that failed: connection exceptions
# (class 08), shutdown, crash, start-up, too many connections. A deadlock or a cancelled statement is
# an OperationalError too, but says nothing about the next request.
SERVER_AWAY_CODES = ("08", "57P01", "57P02", "57P03", "53300")
# After this long without an error, the next one is logged as a new outage.
QUIET_SECONDS = 60


def is_connection_failure(exc):
    """Whether ``exc`` says the database cannot be reached (not that one statement failed)."""
    if isinstance(exc, InterfaceError) or (psycopg2 is not None and isinstance(exc, psycopg2.InterfaceError)):
        return True
    cause = exc.__cause__ if exc.__cause__ is not None else exc
    code = getattr(cause, "pgcode", None)
    if code is None:
        # libpq's own errors (refused, timed out, closed unexpectedly) carry no SQLSTATE; SQLite's
        # OperationalError ("database is locked", "no such table") is not an outage.
        return psycopg2 is not None and isinstance(cause, psycopg2.OperationalError)
    return code.startswith(SERVER_AWAY_CODES)


class Outage:
    """The errors of one service: logged once, then at most once a minute with how many followed."""

    def __init__(self, what):
        self.what = what
        self.lock = threading.Lock()
        self.last_logged = None
        self.last_error = 0.0
        self.last_failure = None  # monotonic time of the last connection failure
        self.unlogged = 0

    def error(self, exc, where=""):
        now = time.monotonic()
        with self.lock:
            if is_connection_failure(exc):
                self.last_failure = now
            new_outage = self.last_logged is None or now - self.last_error > QUIET_SECONDS
            due = new_outage or now - self.last_logged >= QUIET_SECONDS
            self.last_error = now
            if not due:
                self.unlogged += 1
                return
            followed, self.unlogged = self.unlogged, 0
            self.last_logged = now
        detail = f"{type(exc).__name__}: {str(exc).strip()}"
        if new_outage:
            logger.warning("%s cannot be reached (%s)%s", self.what, detail, f"; at {where}" if where else "")
        else:
            logger.warning("%s still cannot be reached: %d more errors in the last minute (%s)", self.what,
                           followed + 1, detail)

    def recent(self):
        """Whether a connection failure was seen less than DATABASE_RETRY_SECONDS ago."""
        seconds = getattr(settings, "DATABASE_RETRY_SECONDS", 5)
        last = self.last_failure
        return last is not None and time.monotonic() - last < seconds

    def reset(self):
        with self.lock:
            self.last_logged = self.last_failure = None
            self.unlogged = 0


database_outage = Outage("database")


def database_away():
    """Whether a connection failure was seen seconds ago (analytics then keeps views in memory)."""
    return database_outage.recent()


def retry_after_seconds():
    """Retry-After of the 503: when a reader or a client may try again (OUTAGE_RETRY_AFTER)."""
    return getattr(settings, "OUTAGE_RETRY_AFTER", 30)
