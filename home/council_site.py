"""One council's site in a province installation, built from a checked request.

Everything is looked up by a stable key and only made when missing, so a second run with the
same request changes nothing: the site by host name, pages by slug under the site's home page,
collections by name under their parent, groups and workflows by name. What exists is never
overwritten (an editor may have renamed a page or filled in the settings since).

Names of what is made (pages, groups, collections, the workflow) are content in Vietnamese, as
the admin shows them, not translated messages: they are also the keys a rerun finds them by.
"""

from dataclasses import dataclass, field

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Site,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from councils.models import Council, CouncilLevel, MemberDirectoryPage
from home.models import HomePage, PortalSettings
from newsroom.models import NewsIndexPage

SITE_NAME = "Cổng thông tin điện tử {council}"
SECTIONS = [  # (page class, slug, title), in menu order: Tin tức · Hội nghị · Đại biểu
    (NewsIndexPage, "tin-tuc", "Tin tức"),
    (NewsIndexPage, "hoi-nghi", "Hội nghị"),
    (MemberDirectoryPage, "dai-bieu", "Đại biểu"),
]
COMMUNES_COLLECTION = "Các xã, phường, đặc khu"
EDITORS = "Biên tập viên – {unit}"
MODERATORS = "Kiểm duyệt viên – {unit}"
WORKFLOW = "Kiểm duyệt – {unit}"
APPROVAL_TASK = "Kiểm duyệt viên {unit} duyệt"

EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page"]
MODERATOR_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
COLLECTION_PERMISSIONS = [
    ("wagtailimages", codename) for codename in ("add_image", "change_image", "choose_image")
] + [("wagtaildocs", codename) for codename in ("add_document", "change_document", "choose_document")]
# The council's directory: its members (and the organizations and terms their posts are chosen
# from), limited to this council because the groups are the council's editor groups
# (Council.editor_groups, councils.permissions).
EDITOR_DIRECTORY_PERMISSIONS = [
    ("councils", codename) for codename in ("add_councilmember", "change_councilmember", "view_organization",
                                            "view_term")
]
MODERATOR_DIRECTORY_PERMISSIONS = [*EDITOR_DIRECTORY_PERMISSIONS, ("councils", "publish_councilmember")]


@dataclass
class BuildResult:
    council: Council
    site: Site
    home: HomePage
    created: list = field(default_factory=list)
    collection: Collection | None = None
    editors: Group | None = None
    moderators: Group | None = None

    @property
    def unchanged(self):
        return not self.created


class Permissions:
    """Permission rows by (app label, codename), read once for a whole batch of sites."""

    def __init__(self):
        self._rows = {
            (p.content_type.app_label, p.codename): p
            for p in Permission.objects.filter(
                content_type__app_label__in=["wagtailcore", "wagtailimages", "wagtaildocs", "wagtailadmin", "councils"]
            ).select_related("content_type")
        }

    def __call__(self, app_label, codename):
        return self._rows[(app_label, codename)]


def unit_name(council):
    """"Xã Tân Phong" for "Hội đồng nhân dân xã Tân Phong": what groups and collections are called."""
    name = council.name
    for prefix in ("Hội đồng nhân dân ", "HĐND "):
        if name.startswith(prefix):
            name = name[len(prefix):]
    return name[:1].upper() + name[1:]


def build_council_site(checked, permissions=None):
    """The council's site and all it needs, in one transaction: all of it, or nothing."""
    permissions = permissions or Permissions()
    with transaction.atomic():
        council, created = ensure_council(checked)
        result = ensure_site(checked, council)
        if created:
            result.created.insert(0, council)
        ensure_sections(result)
        ensure_settings(result)
        ensure_collection(result)
        ensure_groups(result, permissions)
        ensure_workflow(result)
    return result


def ensure_council(checked):
    if checked.council is not None:
        return checked.council, False
    council = Council(parent=checked.parent, **checked.request.council_fields())
    council.save()
    return council, True


def publish_new_child(parent, page):
    """Add ``page`` under ``parent`` and publish it the way an editor does, through a revision."""
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def ensure_site(checked, council):
    request = checked.request
    site = checked.existing_site or Site.objects.filter(hostname=request.hostname, port=request.port).first()
    created = []
    if site is not None:
        home = site.root_page.specific
    else:
        root = Page.get_first_root_node()
        home = HomePage.objects.child_of(root).filter(slug=council.slug).first()
        if home is None:
            home = publish_new_child(root, HomePage(title=council.name, slug=council.slug))
            created.append(home)
        site = Site.objects.create(
            hostname=request.hostname, port=request.port, root_page=home,
            site_name=SITE_NAME.format(council=council.short_name or council.name),
        )
        created.append(site)
    return BuildResult(council=council, site=site, home=home, created=created)


def ensure_sections(result):
    """Tin tức, Hội nghị and Đại biểu under the home page; a section is found by its address or its title."""
    children = list(result.home.get_children().specific())
    for page_class, slug, title in SECTIONS:
        same_kind = [page for page in children if type(page) is page_class]
        if page_class is MemberDirectoryPage and same_kind:
            continue  # one directory per site, whatever its address
        if any(page.slug == slug or page.title == title for page in same_kind):
            continue
        fields = {"council": result.council} if page_class is MemberDirectoryPage else {}
        page = page_class(title=title, slug=slug, show_in_menus=True, **fields)
        result.created.append(publish_new_child(result.home, page))


def ensure_settings(result):
    settings = PortalSettings.for_site(result.site)
    wanted = {
        "site_name": result.site.site_name or SITE_NAME.format(council=result.council),
        "council_id": result.council.pk,
        "council_name": result.council.name,
    }
    missing = {name: value for name, value in wanted.items() if not getattr(settings, name)}
    if missing or settings.pk is None:
        for name, value in missing.items():
            setattr(settings, name, value)
        settings.save()
        result.created.append(settings)


def ensure_collection(result):
    """The council's own collection: under "Các xã, phường, đặc khu" for a commune, else under the root."""
    parent = Collection.get_first_root_node()
    if result.council.level == CouncilLevel.COMMUNE:
        parent = child_collection(parent, COMMUNES_COLLECTION, result)
    result.collection = child_collection(parent, unit_name(result.council), result)


def child_collection(parent, name, result):
    existing = parent.get_children().filter(name=name).first()
    if existing is not None:
        return existing
    collection = parent.add_child(name=name)
    result.created.append(collection)
    return collection


def ensure_groups(result, permissions):
    unit = unit_name(result.council)
    result.editors = ensure_group(EDITORS.format(unit=unit), EDITOR_PAGE_PERMISSIONS, result, permissions)
    result.moderators = ensure_group(MODERATORS.format(unit=unit), MODERATOR_PAGE_PERMISSIONS, result, permissions)
    ensure_directory_rights(result.editors, EDITOR_DIRECTORY_PERMISSIONS, result, permissions)
    ensure_directory_rights(result.moderators, MODERATOR_DIRECTORY_PERMISSIONS, result, permissions)


def ensure_group(name, page_codenames, result, permissions):
    """A group that may use the admin, with its page rights on this site's home and media rights on its collection."""
    group, created = Group.objects.get_or_create(name=name)
    if created:
        result.created.append(group)
    access = permissions("wagtailadmin", "access_admin")
    if not group.permissions.filter(pk=access.pk).exists():
        group.permissions.add(access)
        result.created.append(access)
    wanted_pages = {permissions("wagtailcore", codename) for codename in page_codenames}
    have_pages = set(
        p.permission for p in GroupPagePermission.objects.filter(group=group, page=result.home)
        .select_related("permission")
    )
    for permission in wanted_pages - have_pages:
        result.created.append(GroupPagePermission.objects.create(group=group, page=result.home, permission=permission))
    wanted_media = {permissions(*key) for key in COLLECTION_PERMISSIONS}
    have_media = set(
        p.permission for p in GroupCollectionPermission.objects.filter(group=group, collection=result.collection)
        .select_related("permission")
    )
    for permission in wanted_media - have_media:
        result.created.append(GroupCollectionPermission.objects.create(
            group=group, collection=result.collection, permission=permission))
    return group


def ensure_directory_rights(group, keys, result, permissions):
    """The group edits this council's members: its model permissions, reaching this council only."""
    if not result.council.editor_groups.filter(pk=group.pk).exists():
        result.council.editor_groups.add(group)
        result.created.append(result.council)
    have = set(group.permissions.filter(content_type__app_label="councils"))
    for permission in {permissions(*key) for key in keys} - have:
        group.permissions.add(permission)
        result.created.append(permission)


def ensure_workflow(result):
    """Wagtail's moderation for this site: its moderators approve what its editors submit."""
    unit = unit_name(result.council)
    workflow = Workflow.objects.filter(name=WORKFLOW.format(unit=unit)).first()
    if workflow is None:
        workflow = Workflow.objects.create(name=WORKFLOW.format(unit=unit), active=True)
        result.created.append(workflow)
    if not WorkflowTask.objects.filter(workflow=workflow).exists():
        task = GroupApprovalTask.objects.create(name=APPROVAL_TASK.format(unit=unit))
        task.groups.set([result.moderators])
        result.created.append(WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0))
    assigned = WorkflowPage.objects.filter(page=result.home).first()
    if assigned is None:
        result.created.append(WorkflowPage.objects.create(page=result.home, workflow=workflow))
    return workflow
