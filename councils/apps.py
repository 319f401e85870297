from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CouncilsConfig(AppConfig):
    name = "councils"
    verbose_name = _("People's Councils")
    default_auto_field = "django.db.models.BigAutoField"
    # Readers see this app's rows: saving one is a new content version (delivery.tombstones).
    public_content = True

    def ready(self):
        from councils import checks  # noqa: F401  (system checks for host projects)
