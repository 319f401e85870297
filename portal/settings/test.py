"""Tests: SQLite in memory unless DATABASE_URL points elsewhere (CI: PostgreSQL)."""

import os

from portal.env import cache_config

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "tests-only-not-secret"
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {"default": cache_config(key_prefix="hdnd-test")}
STORAGES["staticfiles"]["BACKEND"] = (  # noqa: F405
    "django.contrib.staticfiles.storage.StaticFilesStorage"
)
WHITENOISE_AUTOREFRESH = True
MEDIA_ROOT = os.environ.get("TEST_MEDIA_ROOT", "/tmp/hdnd-portal-test-media")
# Tests see pages rendered (and their queries counted); tests/test_page_cache.py turns the cache on.
PAGE_CACHE_ENABLED = False
# The reference front end is served (tests/browser/test_headless_preview.py previews in it).
REFERENCE_FRONTEND = True
