from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DeliveryConfig(AppConfig):
    """The plugins' shared core: the API's contract (content version, tombstones) and its toolkit."""

    name = "delivery"
    verbose_name = _("Public API and caching")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from delivery import checks, tombstones  # noqa: F401  (checks: system checks for host projects)

        tombstones.connect()
