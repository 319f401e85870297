"""A council office editor writes a conference report end to end in the admin, in Chromium.

The way an editor works: from the page explorer, a Vietnamese title typed key by key, chairs
and a speaker picked in the member chooser, a photo uploaded in the image chooser, a figure
whose breakdown the admin refuses until it is corrected, a conclusion; published without
deleting anything the form put there, after previewing it in the reference front end (headless
preview); found again in the explorer; a clean ASCII address.
"""

import re

import pytest
from PIL import Image as PILImage
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
from playwright.sync_api import expect

from newsroom.models import ConferencePage
from tests.admin_users import EDITOR_PASSWORD, make_editor
from tests.browser.admin_session import (
    chromium_page,
    front_end_settings,
    log_in,
    needs_chromium,
    open_front_end_preview,
    screenshot,
    show_tab_of,
)
from tests.factories import make_member

pytestmark = [pytest.mark.browser, needs_chromium, pytest.mark.django_db(transaction=True)]

TITLE = "Hội nghị giao ban Thường trực HĐND xã Tân Phong quý II năm 2026"


def add_block(page, label):
    """Append a block of this kind at the end of the body, as the editor does with the last "+"."""
    page.locator("[data-contentpath='body'] button.c-sf-add-button").last.click()
    page.get_by_role("option", name=label, exact=True).click()


def choose_member(page, chooser_id, name):
    """Open a member chooser, check it says who the member is, pick them."""
    page.locator(f"#{chooser_id} button", has_text="Chọn đại biểu HĐND").click()
    choice = page.locator("a[data-chooser-modal-choice]", has_text=name)
    row = page.locator("tr", has=choice)
    expect(row).to_contain_text("Phó Chủ tịch HĐND xã")  # the position line, not the name alone
    choice.click()
    expect(page.locator(f"#{chooser_id}")).to_contain_text(name)


def type_rich_text(page, field_id, text):
    """Type into a Draftail editor: the field's hidden input sits beside the editable area."""
    editor = page.locator(f"#{field_id}").locator("xpath=..").locator("[contenteditable='true']")
    editor.click()
    editor.press_sequentially(text, delay=5)


def publish(page):
    """Publish once Wagtail's autosave has settled, as an editor who reads "Đang lưu..." waits for it.

    Clicked during an autosave of a new page, the publish would post the create form again.
    """
    page.wait_for_timeout(800)  # the autosave runs half a second after the last change
    page.wait_for_function("() => !document.querySelector('header').innerText.includes('Đang lưu')")
    page.get_by_role("button", name="Thao tác khác").click()
    page.locator("button[name='action-publish']").click()


def test_editor_writes_and_publishes_a_conference_report(live_server, site_at_live_server, news_index,
                                                        district_chair, merger, tmp_path):
    editor = make_editor()
    make_member("Nguyễn Thị Nháp", live=False)  # a draft, marked as such in the chooser
    photo_file = tmp_path / "quang-canh-hoi-nghi.jpg"
    PILImage.new("RGB", (1200, 800), (30, 90, 140)).save(photo_file)

    with front_end_settings(live_server), chromium_page(timeout=20_000) as page:
        log_in(page, live_server.url, editor.username, EDITOR_PASSWORD)
        page.goto(f"{live_server.url}/admin/pages/{news_index.pk}/")
        page.get_by_role("link", name="Thêm trang con").first.click()
        page.get_by_role("link", name="Tin hội nghị", exact=True).click()

        title = page.locator("#id_title")
        title.press_sequentially(TITLE, delay=10)
        page.fill("#id_summary", "Thường trực HĐND xã giao ban công tác quý II.")
        page.fill("#id_location", "Hội trường UBND xã Tân Phong")

        page.get_by_role("button", name="Thêm người chủ trì").click()
        choose_member(page, "id_chairs-0-member-chooser", district_chair.full_name)

        add_block(page, "Đoạn văn")
        type_rich_text(page, "body-0-value", "Sáng ngày 15/6/2026, Thường trực HĐND xã tổ chức hội nghị giao ban.")

        add_block(page, "Phát biểu")
        page.locator("#body-1-value-speaker-chooser button", has_text="Chọn đại biểu HĐND").click()
        expect(page.locator("tr", has_text="Nguyễn Thị Nháp")).to_contain_text("Bản nháp")
        page.locator("a[data-chooser-modal-choice]", has_text=district_chair.full_name).click()
        expect(page.locator("#body-1-value-speaker-chooser")).to_contain_text(district_chair.full_name)
        page.locator("#body-1-value-kind").select_option("opening")
        type_rich_text(page, "body-1-value-text", "Đề nghị các Ban tập trung giám sát kiến nghị cử tri.")

        add_block(page, "Ảnh")
        page.locator("#body-2-value-image-chooser button", has_text="Chọn một hình ảnh").click()
        page.locator(".modal a[href='#tab-upload']").click()
        page.locator("#tab-upload input[type=file]").set_input_files(str(photo_file))
        photo_title = page.locator("#tab-upload input[name$='title']")
        expect(photo_title).to_have_value("quang-canh-hoi-nghi")  # Wagtail fills it from the file's name
        photo_title.fill("Quang cảnh hội nghị giao ban")
        page.locator("#tab-upload button[type=submit]").click()
        expect(page.locator("#body-2-value-image-chooser")).to_contain_text("Quang cảnh hội nghị giao ban")
        page.fill("#body-2-value-caption", "Quang cảnh hội nghị")
        # "Đại biểu trong ảnh" is left alone: it starts empty and publishing must not need it.

        add_block(page, "Số liệu")
        page.fill("#body-3-value-label", "giám sát, khảo sát")
        page.fill("#body-3-value-value", "16")
        page.fill("#body-3-value-unit", "cuộc")
        breakdown_add = page.locator("[data-contentpath='body'] [data-contentpath='breakdown'] "
                                     "button[data-streamfield-list-add]")
        for index, (part, value) in enumerate([("giám sát", "14"), ("khảo sát", "1")]):
            label = page.locator(f"#body-3-value-breakdown-{index}-value-label")
            for _attempt in range(3):  # on a loaded machine a click can land before the list's script is ready
                breakdown_add.last.click()
                try:
                    label.wait_for(timeout=5000)
                    break
                except PlaywrightTimeoutError:
                    continue
            page.fill(f"#body-3-value-breakdown-{index}-value-label", part)
            page.fill(f"#body-3-value-breakdown-{index}-value-value", value)

        add_block(page, "Kết luận")
        page.fill("#body-4-value-presiding_name", "Ông Lê Văn Chủ Tọa")
        type_rich_text(page, "body-4-value-text", "Hội nghị thống nhất giao UBND xã rà soát kiến nghị cử tri.")
        screenshot(page, "admin-report-before-publish.png", full_page=True)

        publish(page)
        # The admin refuses the figure and says which sum is off.
        error = page.locator("text=Tổng các thành phần là 15 nhưng số liệu là 16")
        expect(error.first).to_be_visible()
        screenshot(page, "admin-report-breakdown-error.png")
        page.fill("#body-3-value-breakdown-0-value-value", "15")

        # Before publishing, the report as the partner's front end will show it.
        front_end = open_front_end_preview(page)
        expect(front_end.locator("h1")).to_have_text(TITLE)
        speech = front_end.locator("[data-block=speech]")
        expect(speech).to_contain_text(district_chair.full_name)
        expect(speech).to_contain_text("Đề nghị các Ban tập trung giám sát kiến nghị cử tri.")
        expect(front_end.locator("[data-block=statistic]")).to_contain_text("16")
        screenshot(page, "admin-report-front-end-preview.png")
        publish(page)

        try:
            page.wait_for_url(re.compile(rf"/admin/pages/{news_index.pk}/$"))
        except Exception:
            screenshot(page, "admin-report-not-published.png", full_page=True)
            errors = page.evaluate("""() => [...document.querySelectorAll(
                '.error-message, .w-field__errors, .help-critical')].map(e => e.innerText.trim()).filter(Boolean)""")
            raise AssertionError(f"not published: {errors}") from None
        expect(page.locator(".messages")).to_contain_text(TITLE)
        # Opened again from the explorer's listing, as the editor would find it.
        page.locator("table.listing a", has_text=TITLE).first.click()
        page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/$"))
        show_tab_of(page, "#id_slug")
        slug = page.input_value("#id_slug")
        screenshot(page, "admin-report-promote-tab.png")
        assert page.problems == []
        # Only Wagtail's autosave of the unfinished form was refused (it answers 400 until the form is valid).
        unexpected = [(method, status, url) for method, status, url in page.refused
                      if not (method == "POST" and status == 400 and "/admin/pages/" in url)]
        assert unexpected == []

    assert slug == "hoi-nghi-giao-ban-thuong-truc-hdnd-xa-tan-phong-quy-ii-nam-2026"
    assert re.fullmatch(r"[a-z0-9-]+", slug)
    report = ConferencePage.objects.get(slug=slug)
    assert report.live and report.title == TITLE
    assert [chair.member for chair in report.chairs.all()] == [district_chair]
    assert [block.block_type for block in report.body] == ["paragraph", "speech", "photo", "statistic", "conclusion"]
    photo = report.body[2].value
    assert photo["image"].title == "Quang cảnh hội nghị giao ban" and list(photo["members"]) == []
    statistic = report.body[3].value
    assert [int(part["value"]) for part in statistic["breakdown"]] == [15, 1]
    assert report.body[1].value["speaker"] == district_chair
    assert report.url.endswith(f"/{slug}/")
