"""Keep the API's removals (tombstones) and content version in step with what editors do.

Pages are Wagtail's; other objects take part through two declarations, read
here and nowhere else:

- an app whose rows readers see on pages or in the API sets ``public_content = True``
  on its AppConfig: any save or delete of its rows is a new content version;
- a page's save moves only the versions of the sites showing it (delivery.sites.pages_changed),
  a site setting's only its site's, and a draft's save none; everything else moves the
  installation's version;
- a model served by an API endpoint sets ``tombstone_endpoint`` (e.g. ``"council-members"``):
  deleting one (a live one, for a model with a draft state) leaves a tombstone, and for a
  snippet with a draft state unpublishing does too, until it is published again.
"""

from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
from django.db.utils import DatabaseError
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.models import DraftStateMixin, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move, published, unpublished

from delivery.models import ContentVersion, Removal, SiteContentVersion
from delivery.sites import pages_changed

PAGES = "pages"


def record_removal(endpoint, obj, reason, object_type):
    Removal.objects.update_or_create(
        endpoint=endpoint, object_id=obj.pk, defaults={"object_type": object_type, "reason": reason}
    )
    ContentVersion.bump()


def clear_removal(endpoint, pk):
    deleted, _by_model = Removal.objects.filter(endpoint=endpoint, object_id=pk).delete()
    if deleted:  # the removals endpoint changed; a publish of a page never removed changes its site only
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


def tombstone_endpoint(model):
    return getattr(model, "tombstone_endpoint", None)


def tombstone_endpoints():
    """Every endpoint whose removals are kept: pages, and each model's ``tombstone_endpoint``."""
    from django.apps import apps

    declared = {tombstone_endpoint(model) for model in apps.get_models()} - {None}
    return [PAGES, *sorted(declared)]


def on_snippet_published(sender, instance, **kwargs):
    endpoint = tombstone_endpoint(type(instance))
    if endpoint and not isinstance(instance, Page):
        clear_removal(endpoint, instance.pk)


def on_snippet_unpublished(sender, instance, **kwargs):
    endpoint = tombstone_endpoint(type(instance))
    if endpoint and not isinstance(instance, Page):
        record_removal(endpoint, instance, "unpublished", instance._meta.label)


def on_content_changed(sender, **kwargs):
    ContentVersion.bump()


# Apps of Wagtail and its libraries whose rows readers see (images, documents, redirects, tags);
# the plugins' and the project's own apps say so on their AppConfig (``public_content = True``).
# Any save or delete is a new content version, so whole-page caches drop what they kept.
# Renditions are made while pages are read and change nothing that was shown; revisions and
# logs are the admin's own.
LIBRARY_CONTENT_APPS = {"wagtailimages", "wagtaildocs", "wagtailredirects", "taggit"}
NOT_CONTENT = {"wagtailimages.rendition"}


def is_public_content(model):
    meta = model._meta
    if meta.label_lower in NOT_CONTENT:
        return False
    return (meta.app_label in LIBRARY_CONTENT_APPS or getattr(meta.app_config, "public_content", False)
            or issubclass(model, (Page, Site)))


# What Wagtail saves on a page for its drafts, comments, locks and schedules: nothing readers see.
PAGE_BOOKKEEPING = frozenset({"wagtail_admin_comments", "latest_revision_created_at", "draft_title",
                              "latest_revision", "has_unpublished_changes", "locked", "locked_at", "locked_by",
                              "go_live_at", "expire_at"})


def on_any_change(sender, **kwargs):
    if kwargs.get("raw") or not is_public_content(sender):
        return
    if kwargs.get("action", "post_").startswith("pre_"):
        return
    if kwargs.get("created") and issubclass(sender, (BaseSiteSetting, BaseGenericSetting)):
        return  # made with its defaults the first time a page reads it: nothing shown changes
    instance = kwargs.get("instance")
    if "action" not in kwargs and isinstance(instance, Page):
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and set(update_fields) <= PAGE_BOOKKEEPING:
            return  # a draft saved, a page locked or scheduled: what readers see is unchanged
        pages_changed([instance])  # its site's version (and those of sites showing it)
        return
    if isinstance(instance, BaseSiteSetting):
        SiteContentVersion.bump([instance.site_id])
        return
    ContentVersion.bump()


def on_object_deleted(sender, instance, **kwargs):
    endpoint = tombstone_endpoint(sender)
    if not endpoint or isinstance(instance, Page):
        return
    if isinstance(instance, DraftStateMixin) and not instance.live:
        return  # a draft never published: no mirror has it
    record_removal(endpoint, instance, "deleted", instance._meta.label)


def connect():
    page_published.connect(on_page_published, dispatch_uid="delivery-page-published")
    page_unpublished.connect(on_page_unpublished, dispatch_uid="delivery-page-unpublished")
    pre_delete.connect(on_page_deleted, dispatch_uid="delivery-page-deleted")
    post_save.connect(on_restriction_saved, sender=PageViewRestriction, dispatch_uid="delivery-restriction-saved")
    post_delete.connect(on_restriction_deleted, sender=PageViewRestriction, dispatch_uid="delivery-restriction-deleted")
    published.connect(on_snippet_published, dispatch_uid="delivery-snippet-published")
    unpublished.connect(on_snippet_unpublished, dispatch_uid="delivery-snippet-unpublished")
    post_page_move.connect(on_content_changed, dispatch_uid="delivery-page-moved")
    post_delete.connect(on_object_deleted, dispatch_uid="delivery-object-deleted")
    post_save.connect(on_any_change, dispatch_uid="delivery-content-saved")
    post_delete.connect(on_any_change, dispatch_uid="delivery-content-deleted")
    m2m_changed.connect(on_any_change, dispatch_uid="delivery-content-m2m")
