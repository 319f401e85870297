"""The admin loads nothing from outside hosts (government networks often block them): no Gravatar, no release check.

Links that an editor may follow (the Wagtail editor guide) are not loads; pictures, scripts,
styles and frames are. Chromium checks what is really fetched (tests/browser/test_admin_in_chromium.py).
"""

import re

import pytest
from django.test import Client

from tests.admin_users import make_editor
from tests.portal.test_admin_in_vietnamese import screens, site_content  # noqa: F401

pytestmark = pytest.mark.django_db

LOADED = re.compile(
    r"<(?:img|script|iframe|source|video|audio|embed)\b[^>]*\b(?:src|srcset|data-src)=\"([^\"]+)\""
    r"|<link\b[^>]*\bhref=\"([^\"]+)\"[^>]*>"
    r"|url\(['\"]?([^'\")]+)"
)


def loaded_from_outside(html):
    urls = [next(group for group in match.groups() if group) for match in LOADED.finditer(html)]
    candidates = [part.split()[0] for url in urls for part in url.split(",") if part.strip()]
    return [url for url in candidates if re.match(r"^(?:https?:)?//", url)]


def test_no_admin_screen_loads_anything_from_outside(site_content):  # noqa: F811
    client = Client()
    client.force_login(make_editor())
    found = {}
    for name, url in [("login", "/admin/login/"), *screens(site_content)]:
        html = client.get(url, follow=True).content.decode()
        outside = loaded_from_outside(html)
        if outside or "gravatar" in html.lower():
            found[name] = outside or ["gravatar"]
    assert found == {}


def test_the_check_sees_an_outside_avatar():
    assert loaded_from_outside('<img src="//www.gravatar.com/avatar/x?s=100">') == ["//www.gravatar.com/avatar/x?s=100"]
    assert loaded_from_outside('<img src="/static/wagtailadmin/images/default-user-avatar.png">') == []
