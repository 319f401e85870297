"""Headless preview: a draft reaches the partner's front end by a short-lived token, and nothing else does."""

import time
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core import signing
from django.test import override_settings
from wagtail_headless_preview.models import PagePreview

from newsroom.models import ConferencePage
from tests.newsroom.conftest import add_news

FRONT_ENDS = {"default": "https://doitac.example.vn/xem-truoc/", "testserver": "https://xa.example.vn/tin/"}
pytestmark = pytest.mark.django_db


def preview_token(page):
    """Press "Preview" in the front end mode: where the editor is sent, and the token in that address."""
    response = page.make_preview_request(preview_mode="headless")
    assert response.status_code == 302
    location = response["Location"]
    query = parse_qs(urlsplit(location).query)
    return location, query["token"][0], query["content_type"][0]


def edited_draft(page, title):
    """A saved draft with a new title and a new first paragraph; the published version stays."""
    draft = page.get_latest_revision_as_object()
    draft.title = title
    blocks = list(draft.body.raw_data)
    blocks[0] = {**blocks[0], "value": "<p>Đoạn mở đầu của bản nháp.</p>"}
    draft.body = blocks
    draft.save_revision()
    return ConferencePage.objects.get(pk=page.pk).get_latest_revision_as_object()


def old_token(identifier, seconds_ago):
    """A token signed as the library signs, as if Preview had been pressed ``seconds_ago``."""

    class Earlier(signing.TimestampSigner):
        def timestamp(self):
            return signing.b62_encode(int(time.time()) - seconds_ago)

    return Earlier(salt="headlesspreview.token").sign(identifier)


@override_settings(WAGTAIL_HEADLESS_PREVIEW={"CLIENT_URLS": FRONT_ENDS, "REDIRECT_ON_PREVIEW": True})
def test_preview_sends_the_editor_to_the_front_end_of_the_pages_site(conference):
    location, token, content_type = preview_token(conference)
    assert location.startswith("https://xa.example.vn/tin/?")  # the site's own entry, not the default
    assert content_type == "newsroom.conferencepage"
    assert token.startswith(f"id={conference.pk}:")
    assert [mode for mode, _label in conference.preview_modes] == ["", "headless"]


@override_settings(WAGTAIL_HEADLESS_PREVIEW={"CLIENT_URLS": {"default": "https://doitac.example.vn/"},
                                             "REDIRECT_ON_PREVIEW": True})
def test_a_site_without_its_own_entry_uses_the_default_front_end(conference):
    location, _token, _type = preview_token(conference)
    assert location.startswith("https://doitac.example.vn/?")


@override_settings(WAGTAIL_HEADLESS_PREVIEW={"CLIENT_URLS": {}})
def test_without_a_front_end_the_editor_previews_on_the_portal_only(conference):
    assert [mode for mode, _label in conference.preview_modes] == [""]
    response = conference.make_preview_request(preview_mode="headless")
    assert response.status_code == 200 and conference.title in response.content.decode()


@override_settings(WAGTAIL_HEADLESS_PREVIEW={"CLIENT_URLS": FRONT_ENDS, "REDIRECT_ON_PREVIEW": True})
def test_a_valid_token_gives_the_draft_in_the_shape_of_the_published_page(client, conference):
    published = client.get(f"/api/v2/pages/{conference.pk}/").json()
    draft = edited_draft(conference, "Hội nghị tổng kết (bản nháp)")
    _location, token, content_type = preview_token(draft)

    response = client.get("/api/v2/preview/", {"content_type": content_type, "token": token})

    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    body = response.json()
    assert body["title"] == "Hội nghị tổng kết (bản nháp)"
    assert body["body"][0] == {**published["body"][0], "value": "<p>Đoạn mở đầu của bản nháp.</p>"}
    assert set(body) == set(published) and set(body["meta"]) == set(published["meta"])
    assert [block["type"] for block in body["body"]] == [block["type"] for block in published["body"]]
    speech = next(block["value"] for block in body["body"] if block["type"] == "speech")
    assert speech["speaker"]["name"] == published["body"][4]["value"]["speaker"]["name"]
    assert body["chairs"] == published["chairs"]
    # The public API still shows what is published.
    assert client.get(f"/api/v2/pages/{conference.pk}/").json()["title"] == published["title"] \
        == "Hội nghị tổng kết công tác giám sát năm 2021"


@override_settings(WAGTAIL_HEADLESS_PREVIEW={"CLIENT_URLS": FRONT_ENDS, "REDIRECT_ON_PREVIEW": True})
def test_a_page_never_published_is_previewed_and_stays_out_of_the_public_api(client, news_index):
    page = add_news(news_index, "Tin chưa đăng", publish=False, summary="Chỉ là bản nháp.")
    _location, token, content_type = preview_token(page.get_latest_revision_as_object())

    preview = client.get("/api/v2/preview/", {"content_type": content_type, "token": token})
    assert preview.status_code == 200
    assert preview.json()["title"] == "Tin chưa đăng" and preview.json()["summary"] == "Chỉ là bản nháp."
    assert client.get(f"/api/v2/pages/{page.pk}/").status_code == 404
    listed = client.get("/api/v2/pages/", {"type": "newsroom.NewsPage"}).json()["items"]
    assert page.pk not in [item["id"] for item in listed]


@override_settings(WAGTAIL_HEADLESS_PREVIEW={"CLIENT_URLS": FRONT_ENDS, "REDIRECT_ON_PREVIEW": True},
                   NEWSROOM_PREVIEW_TOKEN_SECONDS=600)
def test_an_expired_token_is_refused_in_vietnamese(client, conference):
    token = old_token(f"id={conference.pk}", seconds_ago=601)
    conference.update_page_preview(token)  # the draft is still stored: only the token's age refuses it

    response = client.get("/api/v2/preview/", {"token": token})

    assert response.status_code == 403
    assert response.json() == {"message": "Bản xem trước này đã hết hạn: hãy bấm Xem trước trong trình soạn "
                                          "thảo lần nữa."}
    fresh = old_token(f"id={conference.pk}", seconds_ago=30)
    conference.update_page_preview(fresh)
    assert client.get("/api/v2/preview/", {"token": fresh}).status_code == 200


@override_settings(WAGTAIL_HEADLESS_PREVIEW={"CLIENT_URLS": FRONT_ENDS, "REDIRECT_ON_PREVIEW": True})
def test_a_tampered_or_foreign_token_is_refused(client, conference):
    _location, token, _type = preview_token(conference)
    tampered = token[:-1] + ("A" if token[-1] != "A" else "B")
    other_salt = signing.TimestampSigner(salt="another.purpose").sign(f"id={conference.pk}")
    for bad in (tampered, other_salt, "id=1:abc:def"):
        response = client.get("/api/v2/preview/", {"token": bad})
        assert response.status_code == 403, bad
        assert response.json() == {"message": "Đường dẫn xem trước này không hợp lệ."}


def test_a_missing_empty_or_malformed_token_is_a_400_in_vietnamese(client, db):
    for query in ({}, {"token": ""}, {"token": "có dấu"}, {"token": "x", "id": "1"}):
        response = client.get("/api/v2/preview/", query)
        assert response.status_code == 400, query
        message = response.json()["message"]
        assert set(response.json()) == {"message"} and message.isascii() is False, message


@override_settings(WAGTAIL_HEADLESS_PREVIEW={"CLIENT_URLS": FRONT_ENDS, "REDIRECT_ON_PREVIEW": True})
def test_a_token_shows_its_own_draft_and_no_other_page(client, conference, news_index):
    other = add_news(news_index, "Tin khác, bản nháp", publish=False)
    _location, token, _type = preview_token(conference)

    # The token is for the report: not for another type, and not turned into another page's id.
    wrong_type = client.get("/api/v2/preview/", {"token": token, "content_type": "newsroom.newspage"})
    assert wrong_type.status_code == 404
    assert wrong_type.json() == {"message": "Không có bản xem trước cho đường dẫn này: hãy bấm Xem trước trong "
                                            "trình soạn thảo lần nữa."}
    forged = token.replace(f"id={conference.pk}:", f"id={other.pk}:")
    assert client.get("/api/v2/preview/", {"token": forged}).status_code == 403
    # A genuine signature for a page nobody previewed finds nothing.
    unpreviewed = old_token(f"id={other.pk}", seconds_ago=0)
    assert client.get("/api/v2/preview/", {"token": unpreviewed}).status_code == 404
    assert client.get("/api/v2/preview/", {"token": token}).json()["id"] == conference.pk
    assert PagePreview.objects.count() == 1


@override_settings(WAGTAIL_HEADLESS_PREVIEW={"CLIENT_URLS": FRONT_ENDS, "REDIRECT_ON_PREVIEW": True})
@pytest.mark.project  # checked against the project's OpenAPI document
def test_a_new_page_previewed_before_its_first_save_has_no_id_yet(client, news_index):
    from wagtail.models import Page

    from newsroom.models import NewsPage
    from tests.api.test_openapi import openapi, validate

    page = NewsPage(title="Tin mới, chưa lưu", summary="Vừa gõ xong.")
    # What Wagtail's create view does before a preview: a place under the parent, no row.
    page.depth, page.path = news_index.depth + 1, Page._get_children_path_interval(news_index.path)[1]
    _location, token, content_type = preview_token(page)

    response = client.get("/api/v2/preview/", {"content_type": content_type, "token": token})

    assert response.status_code == 200
    body = response.json()
    assert body["id"] is None and body["meta"]["detail_url"] is None and body["title"] == "Tin mới, chưa lưu"
    assert body["meta"]["parent"]["id"] == news_index.pk
    validate(openapi(client), "/api/v2/preview/", body)


@pytest.mark.project
def test_the_reference_front_end_is_a_page_without_inline_script_that_the_admin_may_frame(client, db):
    response = client.get("/frontend/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="vi">' in html and "frontend/frontend.js" in html
    assert "<script>" not in html and " on" not in html.replace(" one", "")
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    directives = dict(part.strip().split(" ", 1) for part in response["Content-Security-Policy"].split(";"))
    assert directives["script-src"] == "'self'" and "unsafe-inline" not in response["Content-Security-Policy"]
    from django.contrib.staticfiles import finders

    assert finders.find("frontend/frontend.js") and finders.find("frontend/frontend.css")


def test_front_ends_come_from_the_environment_and_only_the_admin_may_frame_them():
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "portal.settings.production", "SECRET_KEY": "x" * 50,
           "ALLOWED_HOSTS": "hdnd.example.vn",
           "PREVIEW_CLIENT_URLS": "default=https://doitac.example.vn/xem-truoc/,hdnd.xa.vn=https://xa.example.vn/"}
    code = ("import django, json; django.setup(); from django.conf import settings as s; "
            "print(json.dumps([s.WAGTAIL_HEADLESS_PREVIEW['CLIENT_URLS'], s.CSP_ADMIN_DIRECTIVES['frame-src'], "
            "s.CONTENT_SECURITY_POLICY['DIRECTIVES']['frame-src'], s.CORS_ALLOWED_ORIGINS]))")
    result = subprocess.run([sys.executable, "-c", code], cwd=Path(__file__).resolve().parents[2], env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    client_urls, admin_frames, public_frames, cors = json.loads(result.stdout)
    assert client_urls == {"default": "https://doitac.example.vn/xem-truoc/", "hdnd.xa.vn": "https://xa.example.vn/"}
    assert {"https://doitac.example.vn", "https://xa.example.vn"} <= set(admin_frames)
    assert public_frames == ["'self'"]
    assert {"https://doitac.example.vn", "https://xa.example.vn"} <= set(cors)
