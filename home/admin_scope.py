"""Which part of the page tree a user's admin reaches beyond what Wagtail's permissions already scope.

One installation holds the province's site and its communes' sites side by side. Wagtail
lets a commune's editor change only their site's pages, but its page chooser (page
choosers and the rich text link chooser, /admin/choose-page/) browses and searches the
whole tree. Here: a user whose every page permission lies inside sites' trees (a
commune's editors and moderators, as add_council_site sets them up) chooses among the
pages of those sites; superusers and anyone with a permission above a site (the
province's office) keep the whole tree.
"""

from django.db.models import Q
from django.http import Http404
from wagtail.models import GroupPagePermission, Page, Site

STEP = Page.steplen


def permitted_paths(user):
    return set(GroupPagePermission.objects.filter(group__user=user).values_list("page__path", flat=True))


def site_trees(user):
    """The root paths of the sites whose trees the user may choose from; None: the whole tree."""
    if user.is_superuser:
        return None
    paths = permitted_paths(user)
    roots = set(Site.objects.values_list("root_page__path", flat=True))
    trees = set()
    for path in paths:
        if any(root.startswith(path) and root != path for root in roots):
            return None  # a permission above a site (the tree's root, say): the province's office
        # The site the page lies in; a page outside every site reaches its own subtree only.
        trees.add(next((root for root in roots if path.startswith(root)), path))
    return trees


def ancestor_paths(paths):
    """The paths of the pages above the trees (the tree's root): the way down to them in the chooser."""
    return {path[:end] for path in paths for end in range(STEP, len(path), STEP)}


def in_trees(trees):
    """Pages at or under the trees' roots, and the pages above them."""
    condition = Q(path__in=ancestor_paths(trees))
    for root in trees:
        condition |= Q(path__startswith=root)
    return condition


def chooser_pages(pages, request):
    """construct_page_chooser_queryset: a commune's editor browses and searches their site's pages only.

    Browsing into a page outside those trees (by its id in the address) is refused, so its
    title does not show either.
    """
    trees = site_trees(request.user)
    if trees is None:
        return pages
    parent_id = (request.resolver_match.kwargs if request.resolver_match else {}).get("parent_page_id")
    if parent_id is not None and not Page.objects.filter(in_trees(trees), pk=parent_id).exists():
        raise Http404
    return pages.filter(in_trees(trees))


# Wagtail's reports that cannot be scoped to a user's sites through its public extension
# points: "Page types usage" counts the pages of every site, names each type's last edited
# page (another commune's titles) and lists every site in its filter.
UNSCOPED_REPORTS = {"page-types-usage"}


def hide_unscoped_reports(request, menu_items):
    """construct_reports_menu: a commune's editor is not offered the reports that show every site."""
    if site_trees(request.user) is not None:
        menu_items[:] = [item for item in menu_items if item.name not in UNSCOPED_REPORTS]
