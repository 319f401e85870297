"""Caching and removals: what lets a mirror stay in step cheaply."""

import datetime

from django.utils import timezone
from wagtail.models import PageViewRestriction

from tests.factories import make_member
from tests.newsroom.conftest import add_news


def test_every_api_get_has_validators_and_a_public_max_age(client, news_index, settings):
    settings.API_CACHE_MAX_AGE = 120
    add_news(news_index, "Tin")
    for url in ["/api/v2/pages/", "/api/v2/council-members/", "/api/v2/councils/", "/api/v2/images/",
                "/api/v2/documents/", "/api/v2/removals/"]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert response["ETag"].startswith('"'), url
        assert response["Last-Modified"].endswith("GMT"), url
        assert "public" in response["Cache-Control"] and "max-age=120" in response["Cache-Control"], url


def test_if_none_match_and_if_modified_since_answer_304(client, news_index):
    add_news(news_index, "Tin")
    first = client.get("/api/v2/pages/")
    again = client.get("/api/v2/pages/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304 and again.content == b""
    since = client.get("/api/v2/pages/", HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert since.status_code == 304


def test_publishing_changes_the_next_answer_and_its_etag_at_once(client, news_index, directory, district_chair):
    add_news(news_index, "Tin một")
    before = client.get("/api/v2/pages/?type=newsroom.NewsPage")
    add_news(news_index, "Tin hai")
    after = client.get("/api/v2/pages/?type=newsroom.NewsPage", HTTP_IF_NONE_MATCH=before["ETag"])
    assert after.status_code == 200 and after["ETag"] != before["ETag"]
    assert "Tin hai" in after.content.decode()

    members = client.get("/api/v2/council-members/")
    district_chair.full_name = "Đinh Minh Hằng"
    district_chair.save_revision().publish()
    changed = client.get("/api/v2/council-members/", HTTP_IF_NONE_MATCH=members["ETag"])
    assert changed.status_code == 200 and "Đinh Minh Hằng" in changed.content.decode()


def test_unpublished_deleted_and_private_pages_leave_tombstones(client, news_index):
    start = timezone.now() - datetime.timedelta(seconds=1)
    unpublished = add_news(news_index, "Sẽ gỡ")
    deleted = add_news(news_index, "Sẽ xóa")
    private = add_news(news_index, "Sẽ thành nội bộ")
    unpublished.unpublish()
    deleted_id = deleted.pk
    deleted.delete()
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    data = client.get("/api/v2/removals/", {"modified_since": start.isoformat()}).json()
    removed = {(item["id"], item["reason"]) for item in data["items"]}
    assert removed == {(unpublished.pk, "unpublished"), (deleted_id, "deleted"), (private.pk, "private")}
    assert {item["type"] for item in data["items"]} == {"newsroom.NewsPage"}
    assert set(data["items"][0]) == {"id", "type", "endpoint", "reason", "removed_at"}  # nothing of the content


def test_republishing_clears_the_tombstone(client, news_index):
    page = add_news(news_index, "Gỡ rồi đăng lại")
    page.unpublish()
    page.save_revision().publish()
    assert client.get("/api/v2/removals/").json()["items"] == []


def test_unpublished_member_leaves_a_tombstone(client, db):
    member = make_member("Lê Văn Rút")
    member.unpublish() if hasattr(member, "unpublish") else None
    items = client.get("/api/v2/removals/?endpoint=council-members").json()["items"]
    assert [(i["id"], i["type"]) for i in items] == [(member.pk, "councils.CouncilMember")]


def test_removals_reject_bad_filters(client, db):
    for query in ["modified_since=nope", "endpoint=other", "bogus=1"]:
        response = client.get(f"/api/v2/removals/?{query}")
        assert response.status_code == 400 and response.json()["message"]


def test_cors_lets_partner_browsers_read_and_allows_no_other_writes(client, news_index, settings):
    settings.CORS_ALLOWED_ORIGINS = ["https://tinh.example.vn"]
    add_news(news_index, "Tin")
    read = client.get("/api/v2/pages/", HTTP_ORIGIN="https://tinh.example.vn")
    assert read["Access-Control-Allow-Origin"] == "https://tinh.example.vn"
    stranger = client.get("/api/v2/pages/", HTTP_ORIGIN="https://la.example.com")
    assert "Access-Control-Allow-Origin" not in stranger
    preflight = client.options("/api/v2/pages/", HTTP_ORIGIN="https://tinh.example.vn",
                               HTTP_ACCESS_CONTROL_REQUEST_METHOD="DELETE")
    assert "DELETE" not in preflight.get("Access-Control-Allow-Methods", "")
    assert client.delete("/api/v2/pages/", HTTP_ORIGIN="https://tinh.example.vn").status_code == 405
    assert client.post("/api/v2/pages/", {}, HTTP_ORIGIN="https://tinh.example.vn").status_code == 405
