"""System checks that tell a host project what the plugins need from its settings.

The plugins ship migrations that assume ``BigAutoField`` keys (django-hitcount's models
included, whose migrations analytics replaces through MIGRATION_MODULES), and they need a
few apps and one middleware. A project that forgets one gets an error here, at
``manage.py check``, rather than a wrong migration or a counter that counts nothing.
"""

from django.apps import apps
from django.conf import settings
from django.core.checks import Error, Warning, register

BIG_AUTO_FIELD = "django.db.models.BigAutoField"
HITCOUNT_MIGRATIONS = "analytics.hitcount_migrations"
VIEW_MIDDLEWARE = "analytics.middleware.PageViewMiddleware"
AUTHENTICATION_MIDDLEWARE = "django.contrib.auth.middleware.AuthenticationMiddleware"

REQUIRED_APPS = ["hitcount", "wagtail.api.v2", "rest_framework", "wagtail_modeladmin"]


@register()
def check_analytics(app_configs=None, **kwargs):
    errors = [
        Error(f"analytics needs {name!r} in INSTALLED_APPS.", id="analytics.E001", obj="analytics")
        for name in REQUIRED_APPS if not apps.is_installed(name)
    ]
    if getattr(settings, "DEFAULT_AUTO_FIELD", "django.db.models.AutoField") != BIG_AUTO_FIELD:
        errors.append(Error(
            f"analytics' migrations (and hitcount's, in {HITCOUNT_MIGRATIONS}) assume DEFAULT_AUTO_FIELD = "
            f"{BIG_AUTO_FIELD!r}.", id="analytics.E002", obj="analytics",
            hint="Set it in the settings, or makemigrations will want to change the counter's tables.",
        ))
    if getattr(settings, "MIGRATION_MODULES", {}).get("hitcount") != HITCOUNT_MIGRATIONS:
        errors.append(Error(
            f"MIGRATION_MODULES must map 'hitcount' to {HITCOUNT_MIGRATIONS!r}.",
            hint="analytics' migrations depend on them (they add the counter's indexes to hitcount's tables).",
            id="analytics.E003", obj="analytics",
        ))
    middleware = list(getattr(settings, "MIDDLEWARE", []))
    if VIEW_MIDDLEWARE not in middleware:
        errors.append(Warning(
            f"{VIEW_MIDDLEWARE!r} is not in MIDDLEWARE: no page view is counted.",
            hint="Add it at the end of MIDDLEWARE, so it sees the final answer.",
            id="analytics.W001", obj="analytics",
        ))
    elif AUTHENTICATION_MIDDLEWARE in middleware and middleware.index(VIEW_MIDDLEWARE) < middleware.index(
            AUTHENTICATION_MIDDLEWARE):
        errors.append(Warning(
            f"{VIEW_MIDDLEWARE!r} comes before {AUTHENTICATION_MIDDLEWARE!r}: editors' own views are counted.",
            hint="Put it after AuthenticationMiddleware, at the end of MIDDLEWARE.",
            id="analytics.W002", obj="analytics",
        ))
    return errors
