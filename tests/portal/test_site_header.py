"""What every public page carries for readers: icons, the site's name and logo, a search box."""

import re

import pytest
from django.contrib.staticfiles import finders
from wagtail.models import Site

from home.models import PortalSettings
from tests.factories import make_image

pytestmark = pytest.mark.django_db


def test_favicon_ico_is_served_at_the_root(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response["Content-Type"] in ("image/x-icon", "image/vnd.microsoft.icon")
    assert b"".join(response.streaming_content if response.streaming else [response.content])[:4] == b"\0\0\1\0"


@pytest.mark.parametrize("path", ["/", "/tim-kiem/?q=giam+sat"])
def test_every_page_names_its_icons(client, portal_settings, path):
    html = client.get(path).content.decode()
    icons = re.findall(r'<link rel="(icon|apple-touch-icon)" href="/static/([^"]+)"', html)
    assert {rel for rel, _ in icons} == {"icon", "apple-touch-icon"}
    for _rel, static_path in icons:
        assert finders.find(static_path), static_path


def test_header_has_a_search_box_that_goes_to_site_search(client, portal_settings):
    html = client.get("/").content.decode()
    form = re.search(r'<form class="site-search"[^>]*>.*?</form>', html, re.S).group(0)
    assert 'method="get"' in form and 'action="/tim-kiem/"' in form and 'role="search"' in form
    assert re.search(r'<label class="visually-hidden" for="site-search-q">Tìm kiếm trên cổng thông tin</label>', form)
    assert re.search(r'<input[^>]*id="site-search-q"[^>]*type="search"[^>]*name="q"', form, re.S)
    assert "<script" not in html.split("<footer")[0].split("</head>")[1]  # no inline script (CSP)


def test_site_name_and_logo_come_from_the_portal_settings(client, portal_settings):
    portal_settings.logo = make_image("Biểu trưng", 200, 200)
    portal_settings.save()
    html = client.get("/").content.decode()
    title = re.search(r"<title>(.*?)</title>", html, re.S).group(1)
    assert title.endswith("– Cổng thông tin HĐND tỉnh Thử Nghiệm")
    header = re.search(r'<header class="site-header">.*?</header>', html, re.S).group(0)
    assert "Cổng thông tin HĐND tỉnh Thử Nghiệm" in header and "Hội đồng nhân dân tỉnh Thử Nghiệm" in header
    assert re.search(r'<img[^>]*class="site-brand__logo"', header)


def test_another_site_shows_its_own_name(client, portal_settings, home_page, settings):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "xa-tan-phong.example.vn"]
    other = Site.objects.create(hostname="xa-tan-phong.example.vn", root_page=home_page, site_name="")
    settings_obj = PortalSettings.for_site(other)
    settings_obj.site_name = "Cổng thông tin HĐND xã Tân Phong"
    settings_obj.save()
    html = client.get("/", HTTP_HOST="xa-tan-phong.example.vn").content.decode()
    assert "<title>" in html and "Cổng thông tin HĐND xã Tân Phong</title>" in html
