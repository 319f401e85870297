"""Settings shared by every environment.

Values that differ between machines come from the environment through
``portal.env``; dev.py, production.py and test.py only change defaults.
"""

import datetime
from urllib.parse import urlsplit

from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured

from portal.env import (
    BASE_DIR,
    cache_config,
    database_config,
    env_bool,
    env_int,
    env_list,
    env_str,
)

PROJECT_DIR = BASE_DIR / "portal"

DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
# The one host the admin answers on (e.g. quantri.hdnd.songlam.gov.vn); empty: any allowed host.
ADMIN_HOST = env_str("ADMIN_HOST")

INSTALLED_APPS = [
    # Project and plugins first so their templates and translations win.
    "home",
    "demo",  # the demo content of `make run` (manage.py load_demo_content); not a plugin
    "newsroom",
    "councils",
    "analytics",
    "portal",
    # The plugins' shared core: content version, tombstones, the API's toolkit (delivery/__init__.py).
    "delivery",
    # Headless preview: drafts shown in partners' front ends (newsroom/preview.py).
    "wagtail_headless_preview",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.routable_page",
    "wagtail_modeladmin",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "rest_framework",
    "hitcount",
    "corsheaders",
    # Sign-in throttling (django-axes) and the Content-Security-Policy header (django-csp): portal/security.py.
    "axes",
    "csp",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Content-Security-Policy (one policy per part of the site) and Permissions-Policy on every answer,
    # cached ones included (portal/security.py).
    "portal.security.ContentSecurityPolicyMiddleware",
    "portal.security.PermissionsPolicyMiddleware",
    # A view that needs the database while it is away answers 503 with Retry-After (delivery/middleware.py).
    "delivery.middleware.DatabaseOutageMiddleware",
    # The private sections (delivery.readers.ReaderScope) and site of each request the page cache may serve,
    # from memos kept per content version (portal/restrictions.py).
    "portal.restrictions.ReaderMemoMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    # Under /api/, every error as the portal's {"message"} in Vietnamese (delivery/errors.py).
    "delivery.errors.ApiErrorMiddleware",
    # A 400 for control characters, broken encodings, over-long or repeated parameters (portal/middleware.py).
    "portal.middleware.AddressGuardMiddleware",
    # With ADMIN_HOST, the admin only on that host; other hosts redirect there (portal/middleware.py).
    "portal.middleware.AdminHostMiddleware",
    # Whole pages and API answers for anonymous GETs, kept per content version (delivery/page_cache.py).
    "delivery.page_cache.PageCacheMiddleware",
    # ETag, Last-Modified, Cache-Control and 304s for the public API (delivery/middleware.py).
    "delivery.middleware.ApiHttpCachingMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Counts the page a GET served (analytics/middleware.py); innermost, so it sees the final response.
    "analytics.middleware.PageViewMiddleware",
    # Turns a locked-out sign-in into the Vietnamese lockout page (django-axes, portal/security.py).
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "portal.urls"
# A form sent without its CSRF token gets the portal's own Vietnamese 403 (delivery/errors.py).
CSRF_FAILURE_VIEW = "delivery.errors.csrf_failure"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Database: DATABASE_URL (PostgreSQL in production and CI), else an SQLite file.
DATABASES = {"default": database_config(BASE_DIR / "db.sqlite3")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: Redis when REDIS_URL is set, else this process's memory.
CACHES = {"default": cache_config()}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Vietnamese throughout; English stays available to editors who ask for it.
LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True
# Our own strings first; then a supplement to Wagtail's sparse Vietnamese admin catalogue.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale" / "wagtail_admin"]
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_CONTENT_LANGUAGES = [("vi", "Tiếng Việt")]

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [PROJECT_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env_str("MEDIA_ROOT", str(BASE_DIR / "media"))
# Files served at the site's root by WhiteNoise (/favicon.ico, which browsers ask for unprompted).
WHITENOISE_ROOT = PROJECT_DIR / "webroot"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
# Photos from the council office's cameras; larger uploads get a clear form error.
WAGTAILIMAGES_MAX_UPLOAD_SIZE = env_int("IMAGE_MAX_UPLOAD_MB", 20) * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 64_000_000
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "doc", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "xls", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = env_int("DOCUMENT_MAX_UPLOAD_MB", 20) * 1024 * 1024

WAGTAIL_SITE_NAME = env_str("WAGTAIL_SITE_NAME", "Cổng thông tin HĐND")
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# ASCII page addresses: the admin transliterates Vietnamese titles ("Hội nghị" -> "hoi-nghi").
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# The admin fetches nothing from outside hosts, which government networks often block: avatars are
# Wagtail's own default picture (or an uploaded one), and there is no check for new Wagtail releases.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Wagtail's login form with a translated password label (portal/admin_forms.py).
WAGTAILADMIN_USER_LOGIN_FORM = "portal.admin_forms.LoginForm"
WAGTAIL_DATE_FORMAT = "%d/%m/%Y"
WAGTAIL_DATETIME_FORMAT = "%d/%m/%Y %H:%M"
WAGTAIL_TIME_FORMAT = "%H:%M"
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database"},
}
# Unset: the API's absolute URLs (detail_url, html_url, renditions, downloads) come from the Site
# that serves the request (its hostname and port; port 443 gives https), so each site of a
# multi-site install gets its own. Set it only to force one base for every site.
WAGTAILAPI_BASE_URL = env_str("WAGTAILAPI_BASE_URL")
WAGTAILAPI_LIMIT_MAX = 100

# --- Headless preview (wagtail-headless-preview, newsroom/preview.py) ----------------------
# The front end each site's drafts are previewed in, by the Site's hostname, else "default":
# PREVIEW_CLIENT_URLS="default=https://tin.example.vn/xem-truoc/,hdnd.xa.vn=https://xa.example.vn/"
# ("{SITE_ROOT_URL}" in a URL stands for the site's root URL). Unset: the editor previews on the
# portal only. The front end is opened with ?content_type=…&token=… and reads the draft from
# /api/v2/preview/ with them; a token is honoured PREVIEW_TOKEN_SECONDS after Preview was pressed.


def preview_client_urls(entries):
    urls = {}
    for entry in entries:
        host, sep, url = entry.partition("=")
        if not sep or not host.strip() or not url.strip().startswith(("http://", "https://", "{SITE_ROOT_URL}")):
            raise ImproperlyConfigured(f"PREVIEW_CLIENT_URLS: expected host=https://front.end/, got {entry!r}")
        urls[host.strip()] = url.strip()
    return urls


def preview_origins(client_urls):
    """Origins of the configured front ends: the admin may frame them, their browsers call the API."""
    origins = []
    for url in client_urls.values():
        parts = urlsplit(url)
        if parts.scheme in ("http", "https") and parts.netloc and "{" not in url:
            origins.append(f"{parts.scheme}://{parts.netloc}")
    return sorted(set(origins))


WAGTAIL_HEADLESS_PREVIEW = {
    "CLIENT_URLS": preview_client_urls(env_list("PREVIEW_CLIENT_URLS")),
    # Wagtail 7.1+ frames a cross-origin front end itself: a redirect, not the library's nested iframe.
    "REDIRECT_ON_PREVIEW": True,
}
NEWSROOM_PREVIEW_TOKEN_SECONDS = env_int("PREVIEW_TOKEN_SECONDS", 10 * 60)
# The reference front end at /frontend/ (portal/frontend.py): on in the demo (dev settings).
REFERENCE_FRONTEND = env_bool("REFERENCE_FRONTEND", False)

# Cache-Control max-age of API answers, in seconds; ETag and Last-Modified let clients revalidate.
API_CACHE_MAX_AGE = env_int("API_CACHE_MAX_AGE", 60)
# Whole-page cache for anonymous readers (delivery/page_cache.py): kept until content changes,
# at most this long (the most-viewed lists move on). PAGE_CACHE=false turns it off.
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE", True)
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 300)
# Clients get HTML with real links, never Wagtail's internal linktype markup.
WAGTAILAPI_RICH_TEXT_FORMAT = "html"
# API errors as {"message"} in Vietnamese, whatever raised them (delivery/errors.py).
REST_FRAMEWORK = {"EXCEPTION_HANDLER": "delivery.errors.api_exception_handler"}

# django-hitcount's migrations live in our tree: its own are incomplete on
# Django 5.2 and ``makemigrations`` would otherwise write into site-packages.
MIGRATION_MODULES = {"hitcount": "analytics.hitcount_migrations"}

# Access statistics (analytics/settings.py lists every ANALYTICS_* setting and its default).
# X-Forwarded-For is believed only from these proxies (addresses or networks, e.g. 10.0.0.0/8).
ANALYTICS_TRUSTED_PROXIES = env_list("TRUSTED_PROXIES")
# The portal's pages that readers' views count (the directory counts its members itself).
ANALYTICS_COUNTED_PAGE_MODELS = ["home.HomePage", "newsroom.NewsPage", "newsroom.ConferencePage"]
ANALYTICS_RETENTION_DAYS = env_int("ANALYTICS_RETENTION_DAYS", 90)
ANALYTICS_SHOW_PAGE_VIEWS = env_bool("ANALYTICS_SHOW_PAGE_VIEWS", False)

# Partner sites whose browsers may call the API (the view beacon); CORS applies to /api/ only.
CORS_ALLOWED_ORIGINS = env_list("CORS_ALLOWED_ORIGINS")
# A preview front end's browser reads the draft (and the published pages) from the API.
CORS_ALLOWED_ORIGINS += [o for o in preview_origins(WAGTAIL_HEADLESS_PREVIEW["CLIENT_URLS"])
                         if o not in CORS_ALLOWED_ORIGINS]
CORS_URLS_REGEX = r"^/api/.*$"
# Reads for every endpoint; POST only matters to the beacon (/api/v2/hits/), the one
# endpoint that accepts it (the router's endpoints answer other methods with 405).
CORS_ALLOW_METHODS = ("GET", "HEAD", "OPTIONS", "POST")

# --- Sign-in throttling (django-axes) -------------------------------------------------------
# After LOGIN_FAILURE_LIMIT wrong passwords for one user name from one address, that pair may not
# sign in (not even with the right password) for LOGIN_COOLOFF_MINUTES; each further try restarts
# the wait. An administrator unlocks it earlier under Cài đặt → Khóa đăng nhập. The address is read
# as the access statistics read it: X-Forwarded-For only from TRUSTED_PROXIES.
AUTHENTICATION_BACKENDS = [
    "portal.security.SignInThrottleBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = datetime.timedelta(minutes=env_int("LOGIN_COOLOFF_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_CLIENT_IP_CALLABLE = "portal.security.login_client_ip"
AXES_LOCKOUT_CALLABLE = "portal.security.lockout_response"
AXES_RESET_ON_SUCCESS = True

# --- Content-Security-Policy (django-csp) and Permissions-Policy ---------------------------
# Extra hosts for images (e.g. an S3 bucket: https://hdnd-media.s3.ap-southeast-1.amazonaws.com) and
# for frames (video embeds in rich text: https://www.youtube.com); an absolute MEDIA_URL's origin is
# added by itself.
CSP_IMAGE_HOSTS = env_list("CSP_IMG_HOSTS")
CSP_FRAME_HOSTS = env_list("CSP_FRAME_HOSTS")
# The public site: no inline script or style at all.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:", *CSP_IMAGE_HOSTS],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": [SELF, *CSP_FRAME_HOSTS],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    },
}
# Other policies by path prefix, the first match wins. Wagtail's admin writes inline scripts (date
# pickers, inline panels) and inline styles (tests/browser/test_admin_security.py fails without
# either); REST framework's browsable API and the API docs inline styles only. Scripts from other
# hosts stay refused everywhere.
CSP_ADMIN_DIRECTIVES = {
    **CONTENT_SECURITY_POLICY["DIRECTIVES"],
    "script-src": [SELF, "'unsafe-inline'"],
    "style-src": [SELF, "'unsafe-inline'"],
    "img-src": [SELF, "data:", "blob:", *CSP_IMAGE_HOSTS],
    "font-src": [SELF, "data:"],
    # No outside host: the release check is off and avatars are not fetched from gravatar.com.
    "connect-src": [SELF],
    # The preview panel frames the partners' front ends (headless preview, above).
    "frame-src": [SELF, *CSP_FRAME_HOSTS, *preview_origins(WAGTAIL_HEADLESS_PREVIEW["CLIENT_URLS"])],
    "child-src": [SELF, *preview_origins(WAGTAIL_HEADLESS_PREVIEW["CLIENT_URLS"])],
}
CSP_POLICIES_BY_PATH = [
    ("/admin/", CSP_ADMIN_DIRECTIVES),
    ("/django-admin/", CSP_ADMIN_DIRECTIVES),
    ("/api/", {**CONTENT_SECURITY_POLICY["DIRECTIVES"], "style-src": [SELF, "'unsafe-inline'"]}),
]
# Browser features no page of the portal uses, refused to it and to anything it embeds.
PERMISSIONS_POLICY = {
    feature: []
    for feature in ("accelerometer", "camera", "display-capture", "geolocation", "gyroscope", "magnetometer",
                    "microphone", "payment", "usb")
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "WARNING")},
    "loggers": {
        "django.request": {"handlers": ["console"], "level": "ERROR", "propagate": False},
    },
}
