from wagtail import hooks
from wagtail.models import Page

from home import admin_scope
from home.models import PortalSettings


@hooks.register("error_page_site_name")
def site_name_from_portal_settings(request):
    """Error pages (delivery.errors) show the name the site's portal settings give it."""
    return PortalSettings.for_request(request).site_name


@hooks.register("content_changed_sites")
def province_portal_shows_commune_news(page, site_ids):
    """A commune's news is also on the province portal ("Tin từ cơ sở"): its version moves too (delivery.sites)."""
    from newsroom.models import NewsPage

    if not site_ids or not issubclass(page.specific_class or Page, NewsPage):
        return ()
    parents = PortalSettings.objects.filter(site_id__in=site_ids, council__parent__isnull=False).values(
        "council__parent")
    return PortalSettings.objects.filter(council__in=parents).values_list("site_id", flat=True)


# A commune's editor chooses among their site's pages only (home/admin_scope.py).
hooks.register("construct_page_chooser_queryset", admin_scope.chooser_pages)
hooks.register("construct_reports_menu", admin_scope.hide_unscoped_reports)
