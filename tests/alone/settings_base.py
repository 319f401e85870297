"""A host project reduced to Wagtail and one plugin (with what it depends on), for its own tests.

Nothing of portal or home is installed: ``make test-plugins`` runs each plugin's tests
(tests/alone/test_<plugin>.py) under settings_<plugin>.py, the way a project that adds
only that plugin would run it (README, "Using the plugins in another Wagtail project").
"""

import os
from pathlib import Path

HERE = Path(__file__).resolve().parent
WAGTAIL_APPS = [
    "wagtail.sites", "wagtail.users", "wagtail.snippets", "wagtail.documents", "wagtail.images",
    "wagtail.search", "wagtail.admin", "wagtail", "modelcluster", "taggit",
    "django.contrib.admin", "django.contrib.auth", "django.contrib.contenttypes", "django.contrib.sessions",
    "django.contrib.messages", "django.contrib.staticfiles",
]


def installed_apps(plugin):
    """The plugin, the apps its system checks ask for (and theirs), then Wagtail's."""
    from analytics.checks import REQUIRED_APPS as ANALYTICS_NEEDS
    from councils.checks import REQUIRED_APPS as DIRECTORY_NEEDS
    from delivery.checks import REQUIRED_APPS as CORE_NEEDS

    needs = {**CORE_NEEDS, **DIRECTORY_NEEDS, "analytics": ANALYTICS_NEEDS}
    wanted, queue = [], [plugin]
    while queue:
        name = queue.pop(0)
        if name not in wanted:
            wanted.append(name)
            queue.extend(needs.get(name, ()))
    return wanted + [app for app in WAGTAIL_APPS if app not in wanted]



SECRET_KEY = "plugin-tests-only-not-secret"
DEBUG = False
ALLOWED_HOSTS = ["testserver", "localhost"]
ROOT_URLCONF = "tests.alone.urls"
MIDDLEWARE = [
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
]
TEMPLATES = [{
    "BACKEND": "django.template.backends.django.DjangoTemplates",
    "DIRS": [HERE / "templates"],
    "APP_DIRS": True,
    "OPTIONS": {"context_processors": [
        "django.template.context_processors.request",
        "django.contrib.auth.context_processors.auth",
        "django.contrib.messages.context_processors.messages",
    ]},
}]
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
if os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://")):
    import dj_database_url

    DATABASES = {"default": dj_database_url.parse(os.environ["DATABASE_URL"])}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
LANGUAGE_CODE = "vi"
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True
STATIC_URL = "/static/"
MEDIA_URL = "/media/"
MEDIA_ROOT = os.environ.get("TEST_MEDIA_ROOT", "/tmp/hdnd-plugin-test-media")
WAGTAIL_SITE_NAME = "Plugin test"
WAGTAILADMIN_BASE_URL = "http://testserver"
