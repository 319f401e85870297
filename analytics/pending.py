"""Views that could not be written while the database was away (analytics.recording keeps them here)."""

import dataclasses
import datetime
import logging
import threading
import time
from collections import deque

from analytics import settings as app_settings
from analytics.visitors import DATABASE_AWAY
from delivery.outages import database_away

logger = logging.getLogger("analytics.recording")


@dataclasses.dataclass(frozen=True)
class PendingView:
    content_type_id: int
    object_pk: int
    ip: object
    session: str
    user_agent: str
    site_id: object  # an id, None, or a callable giving it (dropped when the view is kept)
    at: datetime.datetime


class PendingViews:
    """Views that could not be written while the database was away, written once it is back.

    Kept in this process's memory, in order (at most ANALYTICS_PENDING_VIEWS; a
    restart of the worker loses them). Each is written at its own time with the
    database's dedupe, so a visitor kept twice, or counted meanwhile by another
    worker, is counted once. For ANALYTICS_RETRY_SECONDS after a failed write,
    views are kept without trying: against a database host that does not
    answer, every try would cost the connect timeout. A counted view that
    succeeds writes the kept ones, a few at a time.
    """

    WRITE_AT_ONCE = 20

    def __init__(self):
        self.views = deque()
        self.lock = threading.Lock()
        self.failed_at = None
        self.dropped = 0

    def database_away(self):
        """Whether a write failed less than ANALYTICS_RETRY_SECONDS ago, or the project knows the database away."""
        failed_at = self.failed_at
        if failed_at is not None and time.monotonic() - failed_at < app_settings.get("ANALYTICS_RETRY_SECONDS"):
            return True
        return database_away()

    def failed(self, exc):
        first = self.failed_at is None
        self.failed_at = time.monotonic()
        if first:
            logger.warning("analytics: the database cannot be reached (%s: %s); views are kept in memory and "
                           "written when it is back", type(exc).__name__, str(exc).strip())

    def keep(self, view):
        if callable(view.site_id):  # a request's site, looked up only if the counter must be created
            view = dataclasses.replace(view, site_id=None)
        with self.lock:
            if len(self.views) >= app_settings.get("ANALYTICS_PENDING_VIEWS"):
                self.dropped += 1
                return
            self.views.append(view)

    def write(self, count, limit=WRITE_AT_ONCE):
        """Write up to ``limit`` kept views with ``count`` (analytics.recording), oldest first; stop at the first
        database error."""
        window = datetime.timedelta(seconds=app_settings.get("ANALYTICS_DEDUPE_WINDOW"))
        for _ in range(limit):
            with self.lock:
                if not self.views:
                    break
                view = self.views.popleft()
            try:
                count(view.content_type_id, view.object_pk, view.ip, view.session, view.user_agent, view.site_id,
                       view.at, view.at - window)
            except DATABASE_AWAY as exc:
                with self.lock:
                    self.views.appendleft(view)
                self.failed(exc)
                return
        with self.lock:
            if self.views or self.failed_at is None:
                return
            dropped, self.dropped, self.failed_at = self.dropped, 0, None
        logger.warning("analytics: the database is back; the views kept meanwhile are written%s",
                       f" ({dropped} more were dropped: ANALYTICS_PENDING_VIEWS was reached)" if dropped else "")

    def clear(self):
        with self.lock:
            self.views.clear()
            self.failed_at = None
            self.dropped = 0


pending_views = PendingViews()
