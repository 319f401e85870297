from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AnalyticsConfig(AppConfig):
    name = "analytics"
    verbose_name = _("Access statistics")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from analytics import checks, signals  # noqa: F401  (checks register themselves)

        signals.connect()
