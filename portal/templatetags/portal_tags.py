"""Template tags for the layout every public page shares."""

from django import template
from wagtail.models import Site

from delivery.readers import public_pages

register = template.Library()


@register.inclusion_tag("portal/includes/main_menu.html", takes_context=True)
def main_menu(context):
    """Home plus the live pages under it marked "show in menus", in tree order."""
    request = context.get("request")
    current = context.get("page") or context.get("self")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return {"items": [], "current": current}
    root = site.root_page
    menu_pages = list(public_pages(root.get_children().live().in_menu(), request).specific(defer=True))
    items = [root, *menu_pages]
    current_path = getattr(current, "path", "") or ""
    entries = []
    for item in items:
        if item.pk == root.pk:
            active = bool(current) and current.pk == root.pk
        else:
            active = current_path.startswith(item.path)
        entries.append({"page": item, "active": active, "is_home": item.pk == root.pk})
    return {"items": entries, "request": request}
