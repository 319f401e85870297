"""Headless preview in Chromium: the editor's draft in the reference front end, never in the public API.

The front end is the reference one the portal serves at /frontend/ (portal/frontend.py), set as
the site's preview front end for these tests; it renders the draft from /api/v2/preview/.
"""

import re

import pytest
from playwright.sync_api import expect

from newsroom.models import ConferencePage
from tests.admin_users import EDITOR_PASSWORD, make_editor
from tests.browser.admin_session import (
    PHONE,
    chromium_page,
    front_end_settings,
    log_in,
    needs_chromium,
    open_front_end_preview,
    screenshot,
)
from tests.newsroom.conftest import at

pytestmark = [pytest.mark.browser, needs_chromium, pytest.mark.django_db(transaction=True)]

DRAFT_TITLE = "Hội nghị tổng kết công tác giám sát năm 2021 (bản sửa)"
DRAFT_QUOTE = "Câu trích dẫn chỉ có trong bản nháp."


def save_draft(page):
    page.wait_for_timeout(800)  # Wagtail's autosave runs half a second after the last change
    page.wait_for_function("() => !document.querySelector('header').innerText.includes('Đang lưu')")
    page.locator("button.action-save").first.click()
    expect(page.locator(".messages .success")).to_be_visible()


def public_json(page, url):
    """What any API client gets (the browser's own session makes no difference to the public API)."""
    response = page.request.get(url, headers={"Accept": "application/json"})
    return response.status, response.json()


def test_an_edited_draft_shows_in_the_front_end_and_the_api_keeps_the_published_report(
        live_server, site_at_live_server, conference, news_index, district_chair):
    editor = make_editor()
    never_published = ConferencePage(title="Hội nghị chưa đăng lần nào", date=at(2026, 6, 1), live=False,
                                     summary="Bản nháp đầu tiên.")
    news_index.add_child(instance=never_published)
    never_published.save_revision()
    api = f"{live_server.url}/api/v2/pages/"

    with front_end_settings(live_server), chromium_page(timeout=20_000) as page:
        log_in(page, live_server.url, editor.username, EDITOR_PASSWORD)
        page.goto(f"{live_server.url}/admin/pages/{conference.pk}/edit/")
        page.fill("#id_title", DRAFT_TITLE)
        page.locator("[data-contentpath='body'] button.c-sf-add-button").last.click()
        page.get_by_role("option", name="Trích dẫn", exact=True).click()
        page.fill("#body-8-value-text", DRAFT_QUOTE)
        save_draft(page)

        preview = open_front_end_preview(page)
        expect(preview.locator(".fe-preview-banner")).to_contain_text("Bản xem trước")
        expect(preview.locator("h1")).to_have_text(DRAFT_TITLE)
        expect(preview.locator("[data-block=quote]").last).to_contain_text(DRAFT_QUOTE)
        expect(preview.locator("[data-block=speech]").first).to_contain_text(district_chair.full_name)
        screenshot(page, "preview-panel-front-end.png")

        # "Preview in a new tab": the same draft, in the front end's own address.
        with page.context.expect_page() as opened:
            page.locator("[data-w-preview-target=newTab]").click()
        tab = opened.value
        tab.wait_for_load_state()
        assert re.search(r"/frontend/\?content_type=newsroom\.conferencepage&token=", tab.url), tab.url
        expect(tab.locator("h1")).to_have_text(DRAFT_TITLE)
        tab.set_viewport_size(PHONE)
        screenshot(tab, "preview-front-end-phone.png", full_page=True)
        tab.close()

        status, published = public_json(page, f"{api}{conference.pk}/")
        assert status == 200 and published["title"] == conference.title
        assert DRAFT_QUOTE not in str(published["body"])

        # A page never published: previewed in the front end, a 404 in the public API.
        page.goto(f"{live_server.url}/admin/pages/{never_published.pk}/edit/")
        preview = open_front_end_preview(page)
        expect(preview.locator("h1")).to_have_text("Hội nghị chưa đăng lần nào")
        status, body = public_json(page, f"{api}{never_published.pk}/")
        assert status == 404 and set(body) == {"message"}
        assert page.problems == []


def test_the_reference_front_end_lists_news_and_renders_every_block_on_a_phone(live_server, site_at_live_server,
                                                                              conference, district_chair):
    with chromium_page(viewport=PHONE) as page:
        page.goto(f"{live_server.url}/frontend/")
        link = page.get_by_role("link", name=conference.title)
        expect(link).to_be_visible()
        screenshot(page, "front-end-list-phone.png", full_page=True)
        link.click()
        page.wait_for_url(re.compile(rf"/frontend/\?id={conference.pk}$"))
        expect(page.locator("h1")).to_have_text(conference.title)
        for kind in ("paragraph", "heading", "quote", "photo", "speech", "statistic", "conclusion"):
            expect(page.locator(f"[data-block={kind}]").first).to_be_visible()
        expect(page.locator("[data-block=speech]").first).to_contain_text(district_chair.full_name)
        expect(page.locator("[data-block=speech]").first).to_contain_text("Phát biểu khai mạc")
        expect(page.locator("[data-block=statistic]")).to_contain_text("16")
        expect(page.locator("[data-block=statistic] .fe-breakdown")).to_contain_text("giám sát")
        expect(page.locator("[data-block=conclusion] .fe-directives li")).to_have_count(2)
        expect(page.locator("[data-block=photo] img")).to_be_visible()
        expect(page.locator(".fe-facts")).to_contain_text("Hội trường UBND huyện Cũ")
        # Nothing wider than the phone's screen.
        assert page.evaluate("() => document.documentElement.scrollWidth") <= PHONE["width"]
        screenshot(page, "front-end-report-phone.png", full_page=True)

        page.goto(f"{live_server.url}/frontend/?token=id%3D1%3Aabc%3Adef")
        expect(page.locator(".fe-error")).to_contain_text("Đường dẫn xem trước này không hợp lệ.")
        screenshot(page, "front-end-bad-token-phone.png")
        # The console's errors are the refused token's own 403, nothing else.
        assert page.problems == []
        assert [status for _method, status, _url in page.refused] == [403]
