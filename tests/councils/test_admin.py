"""The council directory as editors use it in the Wagtail admin."""

import datetime

import pytest
from django.contrib.auth import get_user_model

from councils.models import CouncilMember
from tests.factories import make_member


@pytest.fixture
def editor_client(client, db):
    user = get_user_model().objects.create_superuser("editor", "editor@example.vn", "pw")
    client.force_login(user)
    return client


MEMBERS_URL = "/admin/snippets/councils/councilmember/"


def listed_names(response):
    html = response.content.decode()
    return [m.full_name for m in CouncilMember.objects.all() if m.full_name in html]


@pytest.mark.parametrize("query", ["dinh minh ha", "Đinh Minh Hà", "ĐINH minh", "dinh"])
def test_member_search_ignores_diacritics(editor_client, district_chair, query):
    make_member("Đặng Minh Hải")
    response = editor_client.get(MEMBERS_URL, {"q": query})
    assert response.status_code == 200
    assert listed_names(response) == ["Đinh Minh Hà"]


def test_member_list_filters_current_and_former(editor_client, merger, district_chair):
    former = make_member("Vũ Văn Cựu", memberships=[
        {"organization": merger["district_standing"], "term": merger["district_term"], "title": "Ủy viên"}])
    current = editor_client.get(MEMBERS_URL, {"status": "current"})
    assert "Vũ Văn Cựu" not in current.content.decode()
    assert "Đinh Minh Hà" in current.content.decode()
    formers = editor_client.get(MEMBERS_URL, {"status": "former"})
    assert former.full_name in formers.content.decode()
    assert "Đinh Minh Hà" not in formers.content.decode()


def test_member_list_filters_by_council_and_role(editor_client, merger, district_chair):
    make_member("Lò Thị Khác", memberships=[
        {"organization": merger["commune_committee"], "term": merger["commune_term"], "role": "member"}])
    by_council = editor_client.get(MEMBERS_URL, {"council": merger["district"].pk}).content.decode()
    assert "Đinh Minh Hà" in by_council and "Lò Thị Khác" not in by_council
    by_role = editor_client.get(MEMBERS_URL, {"role": "chair"}).content.decode()
    assert "Đinh Minh Hà" in by_role and "Lò Thị Khác" not in by_role


def test_member_list_shows_portrait_thumbnails_and_current_posts(editor_client, district_chair):
    html = editor_client.get(MEMBERS_URL).content.decode()
    assert "/media/images/" in html
    assert "Phó Chủ tịch HĐND xã" in html


def test_member_list_exports_csv_and_xlsx(editor_client, district_chair):
    csv = editor_client.get(MEMBERS_URL, {"export": "csv"})
    assert csv.status_code == 200
    body = b"".join(csv.streaming_content).decode("utf-8")
    assert "Đinh Minh Hà" in body and "Phó Chủ tịch HĐND xã" in body
    xlsx = editor_client.get(MEMBERS_URL, {"export": "xlsx"})
    assert xlsx.status_code == 200
    assert xlsx["Content-Type"].startswith("application/vnd.openxmlformats")


def test_editor_can_save_a_member_as_draft_then_publish(editor_client, merger):
    data = {
        "full_name": "Hoàng Thị Mới",
        "given_name": "", "honorific": "Bà", "slug": "", "gender": "female", "birth_date": "1980",
        "ethnicity": "Tày", "hometown": "xã Mới", "photo_credit": "", "biography": '{"blocks": [], "entityMap": {}}',
        "contact_email": "", "contact_phone": "",
        "memberships-TOTAL_FORMS": "1", "memberships-INITIAL_FORMS": "0",
        "memberships-MIN_NUM_FORMS": "0", "memberships-MAX_NUM_FORMS": "1000",
        "memberships-0-organization": merger["commune_committee"].pk,
        "memberships-0-term": merger["commune_term"].pk,
        "memberships-0-role": "member", "memberships-0-title": "Ủy viên Ban Kinh tế - Xã hội",
        "memberships-0-start_date": "", "memberships-0-end_date": "", "memberships-0-constituency": "",
        "memberships-0-ORDER": "1", "memberships-0-id": "", "memberships-0-DELETE": "",
    }
    response = editor_client.post(MEMBERS_URL + "add/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    member = CouncilMember.objects.get(full_name="Hoàng Thị Mới")
    assert not member.live
    assert member.slug == "hoang-thi-moi"
    response = editor_client.post(f"{MEMBERS_URL}edit/{member.pk}/", {**data, "action-publish": "publish",
                                                                        "memberships-INITIAL_FORMS": "0"})
    assert response.status_code == 302
    member.refresh_from_db()
    assert member.live
    assert member.position_line(on=datetime.date(2026, 6, 1)) == "Ủy viên Ban Kinh tế - Xã hội"


def test_membership_report_lists_posts_by_organization_and_term(editor_client, merger, district_chair):
    response = editor_client.get("/admin/councils/membership/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Thường trực HĐND huyện" in html and "Đinh Minh Hà" in html
