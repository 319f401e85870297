"""What each plugin's system checks share: the apps it needs, and the key type its migrations assume."""

from django.apps import apps
from django.conf import settings
from django.core.checks import Error

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
