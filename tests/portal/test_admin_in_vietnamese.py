"""Every admin screen a council office editor uses is in Vietnamese: no string of Wagtail's catalogue left in English.

Server-rendered screens, through the Django test client logged in as an editor (not a
superuser). What the admin's scripts render (the block editor's menus, relative times)
is checked in Chromium: tests/browser/test_admin_in_chromium.py.
"""

import datetime
import json

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import timezone
from hitcount.models import BlacklistIP

from councils.models import Council, CouncilMember, Organization, Term
from newsroom.models import NewsCategory
from tests.admin_english import english_in, texts_of_html
from tests.admin_users import make_editor
from tests.factories import make_image

pytestmark = pytest.mark.django_db


@pytest.fixture
def site_content(conference, news_index, directory, district_chair, merger):
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    category = NewsCategory.objects.create(name="Giám sát", slug="giam-sat")
    document = get_document_model()(title="Báo cáo giám sát")
    document.file.save("bao-cao.pdf", ContentFile(b"%PDF-1.4 demo"), save=False)
    document.save()
    BlacklistIP.objects.create(ip="203.0.113.0/24")
    # Edited a while ago, so lists show relative times ("15 phút trước"), not "just now".
    CouncilMember.objects.update(modified=timezone.now() - datetime.timedelta(minutes=15))
    return {"conference": conference, "index": news_index, "member": district_chair, "category": category,
            "image": make_image("Quang cảnh hội nghị"), "document": document, "merger": merger}


def screens(content):
    """(name, url) of what an editor opens, in the order of a working day."""
    conference, index = content["conference"], content["index"]
    snippet_lists = [f"/admin/snippets/{m._meta.app_label}/{m._meta.model_name}/"
                     for m in (CouncilMember, Council, Term, Organization, NewsCategory)]
    return [
        ("dashboard", "/admin/"),
        ("explorer", "/admin/pages/"),
        ("explorer of the news index", f"/admin/pages/{index.pk}/"),
        ("page search", "/admin/pages/search/?q=giam+sat"),
        ("page type choice", f"/admin/pages/{index.pk}/add_subpage/"),
        ("new conference report", f"/admin/pages/add/newsroom/conferencepage/{index.pk}/"),
        ("new news page", f"/admin/pages/add/newsroom/newspage/{index.pk}/"),
        ("conference report editor", f"/admin/pages/{conference.pk}/edit/"),
        ("page history", f"/admin/pages/{conference.pk}/history/"),
        ("page move", f"/admin/pages/{conference.pk}/move/"),
        ("page copy", f"/admin/pages/{conference.pk}/copy/"),
        ("page unpublish", f"/admin/pages/{conference.pk}/unpublish/"),
        ("page chooser", "/admin/choose-page/"),
        ("page chooser in a section", f"/admin/choose-page/{index.pk}/"),
        ("page link chooser", "/admin/choose-external-link/"),
        ("image chooser", "/admin/images/chooser/"),
        ("document chooser", "/admin/documents/chooser/"),
        ("member chooser", "/admin/snippets/choose/councils/councilmember/"),
        ("snippets", "/admin/snippets/"),
        *[(f"list {url}", url) for url in snippet_lists],
        *[(f"new {url}", url + "add/") for url in snippet_lists],
        ("member edit", f"/admin/snippets/councils/councilmember/edit/{content['member'].pk}/"),
        ("member history", f"/admin/snippets/councils/councilmember/history/{content['member'].pk}/"),
        ("council edit", f"/admin/snippets/councils/council/edit/{content['merger']['district'].pk}/"),
        ("category edit", f"/admin/snippets/newsroom/newscategory/edit/{content['category'].pk}/"),
        ("posts report", "/admin/councils/membership/"),
        ("images", "/admin/images/"),
        ("image upload", "/admin/images/multiple/add/"),
        ("image edit", f"/admin/images/{content['image'].pk}/"),
        ("documents", "/admin/documents/"),
        ("document upload", "/admin/documents/multiple/add/"),
        ("document edit", f"/admin/documents/edit/{content['document'].pk}/"),
        ("page views report", "/admin/hitcount/hitcount/"),
        ("blocked addresses", "/admin/hitcount/blacklistip/"),
        ("new blocked address", "/admin/hitcount/blacklistip/create/"),
        ("locked pages", "/admin/reports/locked/"),
        ("account", "/admin/account/"),
    ]


def screen_texts(response):
    body = response.content.decode()
    if response.get("Content-Type", "").startswith("application/json"):
        body = json.loads(body).get("html", "")
    return texts_of_html(body)


def english_on_screens(client, named_urls):
    left = {}
    for name, url in named_urls:
        response = client.get(url, follow=True)
        assert response.status_code == 200, f"{name}: {url} answered {response.status_code}"
        found = english_in(screen_texts(response))
        if found:
            left[f"{name} ({url})"] = sorted(found)
    return left


def report(left):
    return "English left on admin screens:\n" + "\n".join(f"{screen}: {strings}" for screen, strings in left.items())


def test_login_and_password_reset_are_in_vietnamese():
    client = Client()
    left = english_on_screens(client, [("login", "/admin/login/"), ("password reset", "/admin/password_reset/")])
    assert not left, report(left)
    assert "Mật khẩu" in client.get("/admin/login/").content.decode()


def test_every_screen_an_editor_uses_is_in_vietnamese(site_content):
    client = Client()
    client.force_login(make_editor())
    left = english_on_screens(client, screens(site_content))
    assert not left, report(left)
    members = " ".join(client.get("/admin/snippets/councils/councilmember/").content.decode().split())
    assert "15 phút trước" in members.replace("\xa0", " ")


def test_settings_screens_are_in_vietnamese(site_content):
    client = Client()
    client.force_login(get_user_model().objects.create_superuser("quantri", "qt@example.vn", "pw"))
    left = english_on_screens(client, [
        ("portal settings", "/admin/settings/home/portalsettings/"),
        ("partner keys", "/admin/analytics/partnerkey/"),
        ("redirects", "/admin/redirects/"),
        ("users", "/admin/users/"),
    ])
    assert not left, report(left)


def test_the_check_finds_english_when_there_is_some():
    texts = texts_of_html('<button aria-label="Toggle side panel"></button><p>16 minutes ago</p><p>Xuất bản</p>')
    assert {"Toggle side panel", "%(time_period)s ago"} <= english_in(texts)
    assert english_in(texts_of_html("<p>Xuất bản</p><p>Email</p>")) == set()
