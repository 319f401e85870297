"""Settings shared by every environment.

Values that differ between machines come from the environment through
``portal.env``; dev.py, production.py and test.py only change defaults.
"""

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

INSTALLED_APPS = [
    # Project and plugins first so their templates and translations win.
    "home",
    "newsroom",
    "councils",
    "analytics",
    "portal",
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
    # Lets .public() reuse the private sections it read for this content version (portal/restrictions.py).
    "portal.restrictions.RequestContextMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    # Whole pages and API answers for anonymous GETs, kept per content version (portal/page_cache.py).
    "portal.page_cache.PageCacheMiddleware",
    # ETag, Last-Modified, Cache-Control and 304s for the public API (portal/middleware.py).
    "portal.middleware.ApiHttpCachingMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Counts the page a GET served (analytics/middleware.py); innermost, so it sees the final response.
    "analytics.middleware.PageViewMiddleware",
]

ROOT_URLCONF = "portal.urls"
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
WAGTAILAPI_BASE_URL = env_str("WAGTAILAPI_BASE_URL", WAGTAILADMIN_BASE_URL)
WAGTAILAPI_LIMIT_MAX = 100
# Rendered articles are cached per revision and content version (newsroom/models.py).
NEWSROOM_ARTICLE_CACHE_TOKEN = "portal.models.content_version_token"
COUNCILS_CACHE_TOKEN = "portal.models.content_version_token"
# Cache-Control max-age of API answers, in seconds; ETag and Last-Modified let clients revalidate.
API_CACHE_MAX_AGE = env_int("API_CACHE_MAX_AGE", 60)
# Whole-page cache for anonymous readers (portal/page_cache.py): kept until content changes,
# at most this long (the most-viewed lists move on). PAGE_CACHE=false turns it off.
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE", True)
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 300)
# Clients get HTML with real links, never Wagtail's internal linktype markup.
WAGTAILAPI_RICH_TEXT_FORMAT = "html"

# django-hitcount's migrations live in our tree: its own are incomplete on
# Django 5.2 and ``makemigrations`` would otherwise write into site-packages.
MIGRATION_MODULES = {"hitcount": "analytics.hitcount_migrations"}

# Access statistics (analytics/settings.py lists every ANALYTICS_* setting and its default).
# X-Forwarded-For is believed only from these proxies (addresses or networks, e.g. 10.0.0.0/8).
ANALYTICS_TRUSTED_PROXIES = env_list("TRUSTED_PROXIES")
ANALYTICS_RETENTION_DAYS = env_int("ANALYTICS_RETENTION_DAYS", 90)
ANALYTICS_SHOW_PAGE_VIEWS = env_bool("ANALYTICS_SHOW_PAGE_VIEWS", False)

# Partner sites whose browsers may call the API (the view beacon); CORS applies to /api/ only.
CORS_ALLOWED_ORIGINS = env_list("CORS_ALLOWED_ORIGINS")
CORS_URLS_REGEX = r"^/api/.*$"
# Reads for every endpoint; POST only matters to the beacon (/api/v2/hits/), the one
# endpoint that accepts it (the router's endpoints answer other methods with 405).
CORS_ALLOW_METHODS = ("GET", "HEAD", "OPTIONS", "POST")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "WARNING")},
    "loggers": {
        "django.request": {"handlers": ["console"], "level": "ERROR", "propagate": False},
    },
}
