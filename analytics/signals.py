"""Keep in-process copies and cached figures in step with the admin."""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from hitcount.models import BlacklistIP, BlacklistUserAgent
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from analytics.models import AnalyticsSettings, PartnerKey
from analytics.visitors import blocklists, partner_keys


def page_cache_key(page_id):
    return f"analytics:page:{page_id}"


def forget_page(sender, instance, **kwargs):
    from analytics.views import forget_countable

    cache.delete(page_cache_key(instance.pk))
    forget_countable(instance.pk)


def forget_section(sender, instance, **kwargs):
    """A view restriction added or lifted, or a page moved: whether its pages count may change."""
    from analytics.views import forget_countable

    section = instance.page if isinstance(instance, PageViewRestriction) else instance
    try:
        ids = list(Page.objects.descendant_of(section, inclusive=True).values_list("pk", flat=True))
    except Page.DoesNotExist:  # the restriction's page was deleted with it
        ids = []
    cache.delete_many([page_cache_key(pk) for pk in ids])
    forget_countable()


def forget_figures(sender, instance, **kwargs):
    cache.delete(f"analytics:figures:{instance.site_id}")


def connect():
    for model in (BlacklistIP, BlacklistUserAgent):
        post_save.connect(blocklists.clear, sender=model, dispatch_uid=f"analytics-{model.__name__}-save")
        post_delete.connect(blocklists.clear, sender=model, dispatch_uid=f"analytics-{model.__name__}-delete")
    post_save.connect(partner_keys.clear, sender=PartnerKey, dispatch_uid="analytics-partner-save")
    post_delete.connect(partner_keys.clear, sender=PartnerKey, dispatch_uid="analytics-partner-delete")
    post_save.connect(forget_figures, sender=AnalyticsSettings, dispatch_uid="analytics-settings-save")
    page_published.connect(forget_page, dispatch_uid="analytics-page-published")
    page_unpublished.connect(forget_page, dispatch_uid="analytics-page-unpublished")
    post_delete.connect(forget_page, sender=Page, dispatch_uid="analytics-page-deleted")
    for signal in (post_save, post_delete):
        signal.connect(forget_section, sender=PageViewRestriction, dispatch_uid=f"analytics-restriction-{id(signal)}")
    post_page_move.connect(forget_section, dispatch_uid="analytics-page-moved")
