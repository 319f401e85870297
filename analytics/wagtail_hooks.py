"""Admin: the dashboard panel, the reports menu, the sites compared, and marking the page Wagtail serves."""

from wagtail import hooks
from wagtail_modeladmin.options import modeladmin_register

from analytics import admin_comparison
from analytics.admin_reports import AnalyticsAdminGroup
from analytics.comparison import visible_site_ids
from analytics.dashboard import AccessStatisticsPanel
from analytics.openapi import add_statistics
from delivery.scope import RequestScope

modeladmin_register(AnalyticsAdminGroup)


@hooks.register("before_serve_page", order=1000)
def mark_served_page(page, request, serve_args, serve_kwargs):
    """Remember the (specific) page being served; the middleware decides later whether the view counts.

    Registered late so that Wagtail's own view restriction check runs first:
    a page answered with a password form never reaches this hook.
    """
    RequestScope.of(request).counted_page = page


@hooks.register("construct_homepage_panels")
def add_access_statistics_panel(request, panels):
    if request.user.has_perm("wagtailadmin.access_admin"):
        panels.append(AccessStatisticsPanel(visible_site_ids(request.user)))


# The sites' views compared (analytics/admin_comparison.py), under Reports.
hooks.register("register_admin_urls", admin_comparison.admin_urls)
hooks.register("register_reports_menu_item", admin_comparison.menu_item)


@hooks.register("register_permissions")
def view_every_sites_statistics():
    """Offered in the group editor: who may compare every site (the province's office), not only their own."""
    from django.contrib.auth.models import Permission

    return Permission.objects.filter(content_type__app_label="analytics", codename="view_dailysiteviews")


# The analytics part of the API's OpenAPI document (delivery/openapi.py).
hooks.register("construct_openapi_document", add_statistics)
