"""A council office editor, as the office would set one up: not a superuser.

Wagtail's own "Editors" group comes from a data migration, which a transactional
test's flush removes; the same permissions (plus publishing and the directory) are
given here so Django-client and Chromium tests see the admin as an editor does.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

EDITOR_PASSWORD = "bien-tap-2026"

MODEL_PERMISSIONS = {
    "wagtailadmin": ["access_admin"],
    "wagtailimages": ["add_image", "change_image", "choose_image"],
    "wagtaildocs": ["add_document", "change_document", "choose_document"],
    "councils": [
        f"{action}_{model}" for model in ("councilmember", "council", "organization", "term")
        for action in ("add", "change", "view")
    ] + ["publish_councilmember"],
    "newsroom": ["add_newscategory", "change_newscategory", "view_newscategory"],
    "hitcount": ["add_blacklistip", "change_blacklistip", "add_blacklistuseragent", "change_blacklistuseragent"],
}
PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page"]
COLLECTION_PERMISSIONS = ["add_image", "change_image", "choose_image", "add_document", "change_document",
                          "choose_document"]


def editors_group():
    group, created = Group.objects.get_or_create(name="Biên tập viên")
    if not created:
        return group
    for app_label, codenames in MODEL_PERMISSIONS.items():
        group.permissions.add(*Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames))
    root = Page.get_first_root_node()
    for codename in PAGE_PERMISSIONS:
        GroupPagePermission.objects.create(group=group, page=root,
                                           permission=Permission.objects.get(codename=codename,
                                                                             content_type__app_label="wagtailcore"))
    collection = Collection.get_first_root_node()
    for codename in COLLECTION_PERMISSIONS:
        GroupCollectionPermission.objects.create(
            group=group, collection=collection,
            permission=Permission.objects.get(codename=codename, content_type__app_label__in=["wagtailimages",
                                                                                              "wagtaildocs"]),
        )
    return group


def make_editor(username="bientap", password=EDITOR_PASSWORD):
    user = get_user_model().objects.create_user(username, f"{username}@hdnd.example.vn", password,
                                                first_name="Minh", last_name="Thu")
    user.groups.add(editors_group())
    return user
