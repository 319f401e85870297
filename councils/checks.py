"""System checks that tell a host project what councils (and newsroom, which uses it) need.

Their migrations assume ``BigAutoField`` keys, and they need a few of Wagtail's contrib apps
and the API. analytics has its own (analytics/checks.py): it does not depend on councils.
"""

from django.apps import apps
from django.conf import settings
from django.core.checks import Error, register

BIG_AUTO_FIELD = "django.db.models.BigAutoField"
REQUIRED_APPS = {
    "councils": ["wagtail.contrib.settings", "wagtail.contrib.routable_page", "wagtail.api.v2", "rest_framework",
                 "wagtail_modeladmin"],
    "newsroom": ["councils", "wagtail.contrib.routable_page", "wagtail.api.v2", "rest_framework",
                 "wagtail_headless_preview"],
}


def plugin_requirements(plugin, required_apps):
    """Errors for each app the plugin needs that is not installed, and for a key type its migrations lack."""
    errors = [
        Error(f"{plugin} needs {name!r} in INSTALLED_APPS.", id=f"{plugin}.E001", obj=plugin)
        for name in required_apps if not apps.is_installed(name)
    ]
    if getattr(settings, "DEFAULT_AUTO_FIELD", "django.db.models.AutoField") != BIG_AUTO_FIELD:
        errors.append(Error(
            f"{plugin}'s migrations assume DEFAULT_AUTO_FIELD = {BIG_AUTO_FIELD!r}.",
            hint="Set it in the settings, or makemigrations will want to change the plugins' tables.",
            id=f"{plugin}.E002", obj=plugin,
        ))
    return errors


@register()
def check_councils(app_configs=None, **kwargs):
    errors = plugin_requirements("councils", REQUIRED_APPS["councils"])
    if apps.is_installed("newsroom"):
        errors += plugin_requirements("newsroom", REQUIRED_APPS["newsroom"])
    return errors
