from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AnalyticsConfig(AppConfig):
    name = "analytics"
    verbose_name = _("Access statistics")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from analytics import checks, live, signals  # noqa: F401  (checks register themselves)
        from delivery.live_parts import register_live_part

        signals.connect()
        # What a whole-page cache must redo for every request (delivery/live_parts.py).
        register_live_part(live.ACCESS_COUNTER)
        register_live_part(live.VIEW_COUNT)
