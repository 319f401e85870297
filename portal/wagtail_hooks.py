"""Admin additions of the project: the editor's script that makes page addresses from Vietnamese titles."""

from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks


@hooks.register("insert_editor_js")
def vietnamese_slug_script():
    """Every create/edit form (pages, snippets, copy): slugs by the server's rule, as the editor types."""
    return format_html('<script src="{}"></script>', static("portal/admin/slug.js"))
