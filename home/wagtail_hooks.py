from wagtail import hooks

from home.models import PortalSettings


@hooks.register("error_page_site_name")
def site_name_from_portal_settings(request):
    """Error pages (delivery.errors) show the name the site's portal settings give it."""
    return PortalSettings.for_request(request).site_name
