"""Production: every secret and host from the environment, HTTPS enforced.

``manage.py check --deploy --settings=portal.settings.production`` prints no
warnings once SECRET_KEY and ALLOWED_HOSTS are given.
"""

from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

from portal.env import env_bool, env_int, env_list, env_str

from .base import *  # noqa: F403

DEBUG = env_bool("DEBUG", False)

SECRET_KEY = env_str("SECRET_KEY", "")
if not SECRET_KEY:
    raise ImproperlyConfigured("SECRET_KEY must be set in the environment for production.")

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS must list the site's host names in production.")

STORAGES["staticfiles"]["BACKEND"] = (  # noqa: F405
    "whitenoise.storage.CompressedManifestStaticFilesStorage"
)

# HTTPS. Behind a TLS-terminating proxy, set SECURE_PROXY_SSL_HEADER=true so
# Django trusts X-Forwarded-Proto from it.
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
if env_bool("SECURE_PROXY_SSL_HEADER", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", True)
CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"

# The admin's own address (links in notification e-mails): the first host that is a name, not a
# wildcard (".example.vn" or "*" would give "https://.example.vn"). The API's URLs come from each
# Site (WAGTAILAPI_BASE_URL in base.py): give HTTPS sites port 443 in Cài đặt → Trang web.
_named_hosts = [host for host in ALLOWED_HOSTS if not host.startswith(".") and "*" not in host]
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL") or (
    f"https://{ADMIN_HOST or _named_hosts[0]}" if ADMIN_HOST or _named_hosts else "")  # noqa: F405
if not WAGTAILADMIN_BASE_URL:
    raise ImproperlyConfigured("ALLOWED_HOSTS has only wildcards: set WAGTAILADMIN_BASE_URL to the admin's address.")

EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", f"no-reply@{urlsplit(WAGTAILADMIN_BASE_URL).hostname}")
