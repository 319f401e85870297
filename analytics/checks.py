"""System checks that tell a host project what the plugins need from its settings.

The plugins ship migrations that assume ``BigAutoField`` keys (django-hitcount's models
included, whose migrations analytics replaces through MIGRATION_MODULES), and they need a
few apps and one middleware. A project that forgets one gets an error here, at
``manage.py check``, rather than a wrong migration or a counter that counts nothing.
"""

from django.conf import settings
from django.core.checks import Error, Warning, register

from delivery.checks import plugin_requirements

HITCOUNT_MIGRATIONS = "analytics.hitcount_migrations"
VIEW_MIDDLEWARE = "analytics.middleware.PageViewMiddleware"
AUTHENTICATION_MIDDLEWARE = "django.contrib.auth.middleware.AuthenticationMiddleware"

# wagtail.contrib.settings: the per-site AnalyticsSettings (its admin menu item needs the app's URLs).
REQUIRED_APPS = ["hitcount", "wagtail.api.v2", "rest_framework", "wagtail_modeladmin", "wagtail.contrib.settings"]


@register()
def check_analytics(app_configs=None, **kwargs):
    # Its migrations and hitcount's (in HITCOUNT_MIGRATIONS) assume 64-bit keys.
    errors = plugin_requirements("analytics", REQUIRED_APPS)
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
