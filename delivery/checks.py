"""What each plugin's system checks share: the apps it needs, and the key type its migrations assume.

The shared core's own check is here too: what ``delivery`` needs, and the order of its middleware
(when a project uses them) relative to the ones whose answers they read.
"""

from django.apps import apps
from django.conf import settings
from django.core.checks import Error, register

BIG_AUTO_FIELD = "django.db.models.BigAutoField"


def plugin_requirements(plugin, required_apps):
    """Errors for each app the plugin needs that is not installed, and for a key type its migrations lack."""
    errors = [
        Error(f"{plugin} needs {name!r} in INSTALLED_APPS.", id=f"{plugin}.E001", obj=plugin)
        for name in required_apps if not apps.is_installed(name)
    ]
    if getattr(settings, "DEFAULT_AUTO_FIELD", "django.db.models.AutoField") != BIG_AUTO_FIELD:
        errors.append(Error(
            f"{plugin}'s migrations assume DEFAULT_AUTO_FIELD = {BIG_AUTO_FIELD!r}.",
            hint="Set it in the settings, or makemigrations will want to change the plugin's tables.",
            id=f"{plugin}.E002", obj=plugin,
        ))
    return errors


REQUIRED_APPS = {"delivery": ["wagtail.api.v2", "rest_framework"]}
# Each of these must come before the ones after it: the page cache keeps what the API's HTTP
# caching has finished (validators, Cache-Control), and hands out what it kept before sessions
# are read; the error middleware sees every API answer last.
MIDDLEWARE_ORDER = [
    "delivery.errors.ApiErrorMiddleware",
    "delivery.page_cache.PageCacheMiddleware",
    "delivery.middleware.ApiHttpCachingMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
]


@register()
def check_delivery(app_configs=None, **kwargs):
    errors = plugin_requirements("delivery", REQUIRED_APPS["delivery"])
    used = [name for name in getattr(settings, "MIDDLEWARE", []) if name in MIDDLEWARE_ORDER]
    expected = sorted(used, key=MIDDLEWARE_ORDER.index)
    if used != expected:
        errors.append(Error(
            f"MIDDLEWARE has {', '.join(used)} in this order.",
            hint=f"Put them in this order: {', '.join(expected)}.",
            id="delivery.E003", obj="delivery",
        ))
    return errors
