from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsroomConfig(AppConfig):
    name = "newsroom"
    verbose_name = _("Newsroom")
    default_auto_field = "django.db.models.BigAutoField"
    # Readers see this app's rows: saving one is a new content version (delivery.tombstones).
    public_content = True

    def ready(self):
        # Member and council pages list the reports that mention them.
        from councils.activity import register_council_activity, register_member_activity
        from newsroom.activity import council_reports, member_mentions

        register_member_activity(member_mentions)
        register_council_activity(council_reports)

        # What a page shows (members, images, its council) moves its ``modified`` (newsroom/freshness.py).
        from newsroom import freshness

        freshness.connect()
