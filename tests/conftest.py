"""Shared fixtures: a council site with its home page and settings."""

import pytest
from wagtail.models import Page, Site

from home.models import HomePage, PortalSettings


@pytest.fixture
def home_page(db):
    """A published HomePage at the root of the default site."""
    root = Page.get_first_root_node()
    home = HomePage(title="Hội đồng nhân dân tỉnh Thử Nghiệm", slug="home-test", intro="<p>Xin chào cử tri.</p>")
    root.add_child(instance=home)
    home.save_revision().publish()
    Site.objects.all().delete()
    Site.objects.create(hostname="testserver", port=80, root_page=home, is_default_site=True,
                        site_name="Cổng thử nghiệm")
    return home


@pytest.fixture
def portal_settings(home_page):
    site = Site.objects.get(is_default_site=True)
    settings_obj = PortalSettings.for_site(site)
    settings_obj.site_name = "Cổng thông tin HĐND tỉnh Thử Nghiệm"
    settings_obj.council_name = "Hội đồng nhân dân tỉnh Thử Nghiệm"
    settings_obj.address = "Số 1 đường Lê Lợi"
    settings_obj.phone = "0238 3840 999"
    settings_obj.email = "vanphong@example.vn"
    settings_obj.save()
    return settings_obj
