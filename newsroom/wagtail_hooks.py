"""News categories in the admin, beside the page tree where news is written."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from newsroom.models import NewsCategory
from newsroom.openapi import add_pages


class NewsCategoryViewSet(SnippetViewSet):
    model = NewsCategory
    icon = "tag"
    menu_label = _("News categories")
    menu_order = 300
    add_to_admin_menu = True
    search_fields = ["name"]
    search_backend_name = None
    list_display = ["name", "slug"]


register_snippet(NewsCategoryViewSet)


# The newsroom part of the API's OpenAPI document (delivery/openapi.py).
hooks.register("construct_openapi_document", add_pages)
