"""Every admin list an editor uses opens each row's edit form; the member chooser says who each member is."""

import json
import re

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client
from hitcount.models import BlacklistIP, BlacklistUserAgent

from analytics.models import PartnerKey
from councils.models import Council, CouncilMember, Organization, Term
from newsroom.models import NewsCategory
from tests.admin_users import make_editor
from tests.factories import make_member

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(db):
    client = Client()
    client.force_login(make_editor())
    return client


@pytest.fixture
def superuser(db):
    client = Client()
    client.force_login(get_user_model().objects.create_superuser("quantri", "qt@example.vn", "pw"))
    return client


def listing_rows(html):
    table = re.search(r'<table[^>]*class="[^"]*listing.*?</table>', html, re.S)
    assert table, "no listing table"
    body = re.search(r"<tbody.*?</tbody>", table.group(0), re.S)
    return re.findall(r"<tr.*?</tr>", body.group(0), re.S) if body else []


def assert_every_row_opens_its_edit_form(client, url, edit_url_of, objects):
    html = client.get(url).content.decode()
    rows = listing_rows(html)
    assert len(rows) == len(objects), url
    for obj in objects:
        edit_url = edit_url_of(obj)
        assert client.get(edit_url).status_code == 200, edit_url
        assert [row for row in rows if f'href="{edit_url}"' in row], f"no row of {url} opens {edit_url}"


def snippet_edit_url(model):
    return lambda obj: f"/admin/snippets/{model._meta.app_label}/{model._meta.model_name}/edit/{obj.pk}/"


def test_directory_lists_open_each_row(editor, merger, district_chair):
    draft = make_member("Lò Thị Nháp", live=False)
    assert_every_row_opens_its_edit_form(editor, "/admin/snippets/councils/councilmember/",
                                         snippet_edit_url(CouncilMember), [district_chair, draft])
    for model in (Council, Organization, Term):
        assert_every_row_opens_its_edit_form(editor, f"/admin/snippets/councils/{model._meta.model_name}/",
                                             snippet_edit_url(model), list(model.objects.all()))


def test_news_categories_open_each_row(editor):
    categories = [NewsCategory.objects.create(name="Kỳ họp", slug="ky-hop"),
                  NewsCategory.objects.create(name="Giám sát", slug="giam-sat")]
    assert_every_row_opens_its_edit_form(editor, "/admin/snippets/newsroom/newscategory/",
                                         snippet_edit_url(NewsCategory), categories)


def test_blocked_visitors_and_partner_keys_open_each_row(editor, superuser):
    ip = BlacklistIP.objects.create(ip="203.0.113.0/24")
    agent = BlacklistUserAgent.objects.create(user_agent="BadBot")
    assert_every_row_opens_its_edit_form(editor, "/admin/hitcount/blacklistip/",
                                         lambda o: f"/admin/hitcount/blacklistip/edit/{o.pk}/", [ip])
    assert_every_row_opens_its_edit_form(editor, "/admin/hitcount/blacklistuseragent/",
                                         lambda o: f"/admin/hitcount/blacklistuseragent/edit/{o.pk}/", [agent])
    key, _secret = PartnerKey.objects.issue("Cổng tỉnh")
    assert_every_row_opens_its_edit_form(superuser, "/admin/analytics/partnerkey/",
                                         lambda o: f"/admin/analytics/partnerkey/edit/{o.pk}/", [key])


def test_membership_report_rows_open_the_member(editor, district_chair):
    html = editor.get("/admin/councils/membership/").content.decode()
    rows = listing_rows(html)
    assert len(rows) == district_chair.memberships.count()
    edit_url = snippet_edit_url(CouncilMember)(district_chair)
    assert all(f'href="{edit_url}"' in row for row in rows)


def test_member_list_marks_drafts_and_shows_posts_and_council(editor, merger, district_chair):
    make_member("Lò Thị Nháp", live=False)
    rows = listing_rows(editor.get("/admin/snippets/councils/councilmember/").content.decode())
    chair_row = next(row for row in rows if "Đinh Minh Hà" in row)
    draft_row = next(row for row in rows if "Lò Thị Nháp" in row)
    assert "Phó Chủ tịch HĐND xã" in chair_row
    assert str(merger["commune"]) in chair_row
    assert "Bản nháp" in draft_row and "Bản nháp" not in chair_row.replace("Đã xuất bản", "")


def chooser_rows(client, **params):
    response = client.get("/admin/snippets/choose/councils/councilmember/", params)
    assert response.status_code == 200
    return listing_rows(json.loads(response.content)["html"])


def test_member_chooser_says_who_each_member_is(editor, merger, district_chair):
    make_member("Lò Thị Nháp", live=False)
    rows = chooser_rows(editor)
    chair_row = next(row for row in rows if "Đinh Minh Hà" in row)
    assert "Phó Chủ tịch HĐND xã" in chair_row
    assert str(merger["commune"]) in chair_row and str(merger["district"]) in chair_row
    assert "/media/images/" in chair_row  # the portrait
    assert "data-chooser-modal-choice" in chair_row
    draft_row = next(row for row in rows if "Lò Thị Nháp" in row)
    assert "Bản nháp" in draft_row
    header = editor.get("/admin/snippets/choose/councils/councilmember/").json()["html"]
    assert "Họ và tên" in header and "Chức vụ hiện nay" in header and "Tiêu đề" not in header


def count_queries(action):
    """Queries made by action() (an execute wrapper: Django's query log is capped and loses count)."""
    seen = []
    with connection.execute_wrapper(lambda execute, sql, *args: seen.append(sql) or execute(sql, *args)):
        action()
    return len(seen)


def test_member_chooser_queries_do_not_grow_with_members(editor, merger):
    def add_members(first, last):
        for n in range(first, last):
            make_member(f"Nguyễn Văn {n}", portrait=True, memberships=[
                {"organization": merger["commune_standing"], "term": merger["commune_term"], "title": "Ủy viên"}])
        chooser_rows(editor)  # portraits' thumbnails are made on first sight

    add_members(0, 3)
    few = count_queries(lambda: chooser_rows(editor))
    add_members(3, 15)
    many = count_queries(lambda: chooser_rows(editor))
    assert few == many <= 12
