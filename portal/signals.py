"""Keep the API's removals and content version in step with what editors do."""

from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
from django.db.utils import DatabaseError
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move, published, unpublished

from councils.models import Council, CouncilMember
from portal.models import ContentVersion, Removal

MEMBERS = "council-members"
PAGES = "pages"
COUNCILS = "councils"


def record_removal(endpoint, obj, reason, object_type):
    Removal.objects.update_or_create(
        endpoint=endpoint, object_id=obj.pk, defaults={"object_type": object_type, "reason": reason}
    )
    ContentVersion.bump()


def clear_removal(endpoint, pk):
    Removal.objects.filter(endpoint=endpoint, object_id=pk).delete()
    ContentVersion.bump()


def page_type(page):
    return page.specific_class._meta.label if page.specific_class else page._meta.label


def on_page_published(sender, instance, **kwargs):
    clear_removal(PAGES, instance.pk)


def on_page_unpublished(sender, instance, **kwargs):
    # Wagtail also signals an unpublish as it deletes a live page: "deleted" must stay.
    if Removal.objects.filter(endpoint=PAGES, object_id=instance.pk, reason="deleted").exists():
        return
    record_removal(PAGES, instance, "unpublished", page_type(instance))


def on_page_deleted(sender, instance, **kwargs):
    # Wagtail unpublishes a live page before deleting it; the tombstone then says "deleted".
    if not isinstance(instance, Page) or not instance.pk:
        return
    if instance.live or Removal.objects.filter(endpoint=PAGES, object_id=instance.pk).exists():
        record_removal(PAGES, instance, "deleted", page_type(instance))


def on_restriction_saved(sender, instance, **kwargs):
    for page in instance.page.get_descendants(inclusive=True).live():
        record_removal(PAGES, page, "private", page_type(page))
    ContentVersion.bump()  # the private sections changed, even with no live page in them


def on_restriction_deleted(sender, instance, **kwargs):
    try:
        pages = list(instance.page.get_descendants(inclusive=True).live().public().values_list("pk", flat=True))
    except (Page.DoesNotExist, DatabaseError):
        return
    Removal.objects.filter(endpoint=PAGES, object_id__in=pages).delete()
    ContentVersion.bump()


def on_snippet_published(sender, instance, **kwargs):
    if isinstance(instance, CouncilMember):
        clear_removal(MEMBERS, instance.pk)


def on_snippet_unpublished(sender, instance, **kwargs):
    if isinstance(instance, CouncilMember):
        record_removal(MEMBERS, instance, "unpublished", instance._meta.label)


def on_content_changed(sender, **kwargs):
    ContentVersion.bump()


# Apps whose rows readers see on pages and in the API (site settings, organizations, terms,
# posts, categories, tags, images, documents, redirects): any save or delete is a new content
# version, so whole-page caches drop what they kept. Renditions are made while pages are read
# and change nothing that was shown; revisions and logs are the admin's own.
CONTENT_APPS = {"councils", "newsroom", "home", "wagtailimages", "wagtaildocs", "wagtailredirects", "taggit"}
NOT_CONTENT = {"wagtailimages.rendition"}


def is_public_content(model):
    if model._meta.label_lower in NOT_CONTENT:
        return False
    return model._meta.app_label in CONTENT_APPS or issubclass(model, (Page, Site))


def on_any_change(sender, **kwargs):
    if kwargs.get("raw") or not is_public_content(sender):
        return
    if kwargs.get("action", "post_").startswith("pre_"):
        return
    if kwargs.get("created") and issubclass(sender, (BaseSiteSetting, BaseGenericSetting)):
        return  # made with its defaults the first time a page reads it: nothing shown changes
    ContentVersion.bump()


def on_member_deleted(sender, instance, **kwargs):
    if instance.live:
        record_removal(MEMBERS, instance, "deleted", instance._meta.label)


def on_council_deleted(sender, instance, **kwargs):
    record_removal(COUNCILS, instance, "deleted", instance._meta.label)


def connect():
    from portal import freshness

    freshness.connect()
    page_published.connect(on_page_published, dispatch_uid="portal-page-published")
    page_unpublished.connect(on_page_unpublished, dispatch_uid="portal-page-unpublished")
    pre_delete.connect(on_page_deleted, dispatch_uid="portal-page-deleted")
    post_save.connect(on_restriction_saved, sender=PageViewRestriction, dispatch_uid="portal-restriction-saved")
    post_delete.connect(on_restriction_deleted, sender=PageViewRestriction, dispatch_uid="portal-restriction-deleted")
    published.connect(on_snippet_published, dispatch_uid="portal-snippet-published")
    unpublished.connect(on_snippet_unpublished, dispatch_uid="portal-snippet-unpublished")
    post_page_move.connect(on_content_changed, dispatch_uid="portal-page-moved")
    post_delete.connect(on_member_deleted, sender=CouncilMember, dispatch_uid="portal-member-deleted")
    post_delete.connect(on_council_deleted, sender=Council, dispatch_uid="portal-council-deleted")
    post_save.connect(on_any_change, dispatch_uid="portal-content-saved")
    post_delete.connect(on_any_change, dispatch_uid="portal-content-deleted")
    m2m_changed.connect(on_any_change, dispatch_uid="portal-content-m2m")
