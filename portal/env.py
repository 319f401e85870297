"""Everything that differs between machines is read here, from the environment.

Settings modules import these helpers; nothing else in the project reads
``os.environ`` directly, so a newcomer finds every knob in one file.
"""

import os
import secrets
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent

TRUE_WORDS = {"1", "true", "yes", "on"}
FALSE_WORDS = {"0", "false", "no", "off", ""}


def env_str(name, default=None):
    return os.environ.get(name, default)


def env_bool(name, default=False):
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in TRUE_WORDS:
        return True
    if value in FALSE_WORDS:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {raw!r}")


def env_int(name, default):
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {raw!r}") from exc


def env_float(name, default):
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = float(raw)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name} must be a number, not {raw!r}") from exc
    if value < 0:
        raise ImproperlyConfigured(f"{name} must not be negative, not {raw!r}")
    return value


def env_list(name, default=()):
    raw = os.environ.get(name)
    if raw is None:
        return list(default)
    return [item.strip() for item in raw.split(",") if item.strip()]


POSTGRESQL_ENGINES = {"django.db.backends.postgresql", "django.contrib.gis.db.backends.postgis"}


def database_config(default_sqlite_path):
    """DATABASE_URL, or an SQLite file in the project folder."""
    url = os.environ.get("DATABASE_URL", "").strip()
    if not url:
        url = f"sqlite:///{default_sqlite_path}"
    config = dj_database_url.parse(url, conn_max_age=env_int("DB_CONN_MAX_AGE", 60))
    if config["ENGINE"] == "django.db.backends.sqlite3":
        # Persistent connections buy nothing on SQLite and keep files locked.
        config["CONN_MAX_AGE"] = 0
        config.setdefault("OPTIONS", {})
        # WAL lets readers continue while the dev server writes (demo load, hits).
        config["OPTIONS"].setdefault(
            "init_command", "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
        )
        config["OPTIONS"].setdefault("transaction_mode", "IMMEDIATE")
    else:
        config["CONN_HEALTH_CHECKS"] = env_bool("DB_CONN_HEALTH_CHECKS", True)
        if config["ENGINE"] in POSTGRESQL_ENGINES:
            # A database that does not answer must cost a request a few seconds, not a hung worker
            # (libpq's own default is to wait for ever). libpq counts whole seconds, at least 2.
            config.setdefault("OPTIONS", {})
            config["OPTIONS"].setdefault("connect_timeout", env_int("DB_CONNECT_TIMEOUT", 3))
    return config


def cache_config(key_prefix="hdnd"):
    """django-redis when REDIS_URL is set, otherwise the local-memory cache."""
    url = os.environ.get("REDIS_URL", "").strip()
    if url:
        return {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": url,
            "KEY_PREFIX": key_prefix,
            "OPTIONS": {
                # django-redis's client with a circuit breaker (portal/cache.py): after a failure,
                # every cache call answers "miss" at once for REDIS_BREAKER_SECONDS.
                "CLIENT_CLASS": "portal.cache.CircuitBreakerClient",
                # A cache outage must degrade to a slower site, not a broken one.
                "IGNORE_EXCEPTIONS": True,
                # A Redis that hangs instead of dying must cost one request this long, not block them all.
                "SOCKET_CONNECT_TIMEOUT": env_float("REDIS_CONNECT_TIMEOUT", 0.25),
                "SOCKET_TIMEOUT": env_float("REDIS_SOCKET_TIMEOUT", 0.5),
                "BREAKER_SECONDS": env_float("REDIS_BREAKER_SECONDS", 5.0),
            },
        }
    return {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": key_prefix,
        "KEY_PREFIX": key_prefix,
        # Django's default of 300 entries is spent by one page of renditions; whole pages,
        # articles and figures need room too. Beyond this, the oldest third is dropped.
        "OPTIONS": {"MAX_ENTRIES": env_int("LOCAL_CACHE_MAX_ENTRIES", 20_000)},
    }


def local_secret_key(path):
    """A secret key for local use: generated once, kept in a git-ignored file."""
    path = Path(path)
    if path.exists():
        key = path.read_text().strip()
        if key:
            return key
    key = secrets.token_urlsafe(50)
    try:
        path.write_text(key + "\n")
        path.chmod(0o600)
    except OSError:
        pass  # read-only checkout: a per-process key still works for local use
    return key
