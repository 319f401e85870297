"""The analytics plugin's settings, with defaults a project may override.

Each value is read through ``get()`` at the time it is needed, so tests and
projects can change ``ANALYTICS_*`` in Django settings without importing this
module's constants.
"""

from django.conf import settings

DEFAULTS = {
    # Page models counted when served, as "app_label.ModelName"; None counts every page type.
    # Any other object is counted only when a view sets the request scope's ``counted_object``
    # to it (delivery/scope.py).
    "ANALYTICS_COUNTED_PAGE_MODELS": None,
    # One view per visitor per object per window.
    "ANALYTICS_DEDUPE_WINDOW": 30 * 60,
    # The database confirms every view the cache has not seen (a lock and a look at the
    # visitor's last view, in the write's own statement): a Redis that restarted empty, or was
    # away while the database counted, cannot count a visitor twice. False trusts a key the
    # cache did not have (one index probe less per counted view). None: the same as True.
    "ANALYTICS_DATABASE_DEDUPE": None,
    # PostgreSQL: a counted view's commit does not wait for the disk. A crash of the database
    # server may lose the last fraction of a second of views (never content); much faster.
    "ANALYTICS_ASYNC_COMMIT": True,
    # Client IP: X-Forwarded-For is read only when the peer is one of these (IPs or networks).
    "ANALYTICS_TRUSTED_PROXIES": [],
    # Logged-in editors (users who may open the Wagtail admin) are not counted.
    "ANALYTICS_IGNORE_EDITORS": True,
    # Show "N views" on counted pages (in the access statistics box).
    "ANALYTICS_SHOW_PAGE_VIEWS": False,
    # "Online now": distinct visitors within this many seconds.
    "ANALYTICS_ONLINE_WINDOW": 5 * 60,
    # How long computed figures are cached (widget, stats API, dashboard).
    "ANALYTICS_FIGURES_CACHE_SECONDS": 30,
    "ANALYTICS_RANKING_CACHE_SECONDS": 300,
    # How long a process reuses the counter's HTML in pages served from a whole-page cache.
    "ANALYTICS_LIVE_HTML_SECONDS": 5,
    # Hit rows older than this many days are deleted by ``analytics_prune``.
    "ANALYTICS_RETENTION_DAYS": 90,
    # Beacon: requests per client per minute (per API key for partners).
    "ANALYTICS_BEACON_RATE_LIMIT": 60,
    "ANALYTICS_PARTNER_RATE_LIMIT": 6000,
    # Wrong X-Api-Key values a minute from one address (IPv6: its /64) before the beacon answers
    # 429 to every keyed request from there, a right key included, until the minute is over.
    "ANALYTICS_PARTNER_KEY_FAILURE_LIMIT": 10,
    # Stored form of the address: IPv4 keeps its /24 network, IPv6 its /48.
    "ANALYTICS_IPV4_PREFIX": 24,
    "ANALYTICS_IPV6_PREFIX": 48,
    # Seconds an in-process copy of the block lists and partner keys is trusted.
    "ANALYTICS_LISTS_TTL": 60,
    # Views that could not be written while the database was away are kept in each worker's
    # memory, at most this many, and written when it is back (analytics.pending.PendingViews);
    # for this many seconds after a failed write (the plugin's own, or any connection failure
    # delivery.outages saw), views are kept without trying the database.
    "ANALYTICS_PENDING_VIEWS": 10_000,
    "ANALYTICS_RETRY_SECONDS": 5,
    # Days are counted in this zone; None means settings.TIME_ZONE.
    "ANALYTICS_TIME_ZONE": None,
}


def get(name):
    return getattr(settings, name, DEFAULTS[name])
