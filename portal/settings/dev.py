"""Local development: debug on, a generated secret key, mail to the console."""

from portal.env import BASE_DIR, env_bool, env_list, env_str, local_secret_key

from .base import *  # noqa: F403

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = env_str("SECRET_KEY") or local_secret_key(BASE_DIR / ".secret_key")
# ".localhost": the demo's commune sites (xa-tan-phong.localhost, ...), which browsers resolve to 127.0.0.1.
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", ".localhost", "127.0.0.1", "[::1]", "testserver"])
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# Templates and code change under a developer's hands: no whole-page cache unless asked for.
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE", False)
# The demo previews drafts in the reference front end it serves itself (make run: 127.0.0.1:8000).
if not WAGTAIL_HEADLESS_PREVIEW["CLIENT_URLS"]:  # noqa: F405
    WAGTAIL_HEADLESS_PREVIEW["CLIENT_URLS"] = {"default": "http://127.0.0.1:8000/frontend/"}  # noqa: F405
    # An admin opened at localhost:8000 frames it from another origin.
    for _origin in preview_origins(WAGTAIL_HEADLESS_PREVIEW["CLIENT_URLS"]):  # noqa: F405
        for _directive in ("frame-src", "child-src"):
            if _origin not in CSP_ADMIN_DIRECTIVES[_directive]:  # noqa: F405
                CSP_ADMIN_DIRECTIVES[_directive].append(_origin)  # noqa: F405
REFERENCE_FRONTEND = env_bool("REFERENCE_FRONTEND", True)
