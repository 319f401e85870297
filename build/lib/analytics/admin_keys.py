"""Admin for partner API keys: list, make (the key is shown once), deactivate.

The database keeps only a key's hash and first characters, so the page that makes a key is the
only place it is ever shown; it is answered directly to the POST (no redirect, never cached),
so the key does not pass through a session or a message either.
"""

from django.contrib.admin import display as admin_display
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.log_actions import log
from wagtail_modeladmin.options import ModelAdmin
from wagtail_modeladmin.views import CreateView

from analytics.models import PartnerKey

KEY_CREATED_TEMPLATE = "analytics/admin/partner_key_created.html"


class PartnerKeyCreateView(CreateView):
    """Asks only for the partner's name; the key is generated, never typed (no "1" keys)."""

    def get_edit_handler(self):
        return ObjectList([FieldPanel("name")]).bind_to_model(self.model)

    def form_valid(self, form):
        partner = form.save(commit=False)
        raw_key = partner.issue_key()
        partner.save()
        self.instance = partner
        log(instance=partner, action="wagtail.create", content_changed=True)
        response = TemplateResponse(self.request, KEY_CREATED_TEMPLATE, {
            "view": self,
            "partner": partner,
            "raw_key": raw_key,
        })
        response["Cache-Control"] = "no-store"
        return response


class PartnerKeyAdmin(ModelAdmin):
    model = PartnerKey
    menu_label = _("Partner API keys")
    menu_icon = "key"
    create_view_class = PartnerKeyCreateView
    list_display = ("name", "key_begins", "active", "created")
    list_filter = ("active",)
    search_fields = ("name", "key_prefix")

    @admin_display(description=_("key"), ordering="key_prefix")
    def key_begins(self, obj):
        return f"{obj.key_prefix}…"
