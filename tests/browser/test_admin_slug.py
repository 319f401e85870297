"""Page addresses made in the admin from Vietnamese titles: clean ASCII, the same as the server's.

The server's rule (newsroom.models.AsciiSlugMixin) runs when a page is saved without a slug;
the page editor's script (portal/static/portal/admin/slug.js) must give the same address as
the editor types, or every page made in the admin gets a garbled one.
"""

import unicodedata

import pytest
from playwright.sync_api import expect

from newsroom.models import NewsPage
from tests.admin_users import EDITOR_PASSWORD, make_editor
from tests.browser.admin_session import chromium_page, log_in, needs_chromium, show_tab_of

pytestmark = [pytest.mark.browser, needs_chromium, pytest.mark.django_db(transaction=True)]

TITLES = [
    "Hội nghị giao ban Thường trực HĐND huyện",
    "Kỳ họp thứ 5 (chuyên đề) HĐND tỉnh khóa XVII",
    "Đ/c Đinh Minh Hà tiếp xúc cử tri xã Tân Phong",
    "Nghị quyết số 12/2024/NQ-HĐND về dự toán ngân sách",
    "Giám sát 6 tháng đầu năm 2024 – kết quả & kiến nghị",
    "Ủy ban MTTQ Việt Nam: ý kiến, kiến nghị cử tri",
    "  Tọa đàm   “Đổi mới” hoạt động   giám sát  ",
    unicodedata.normalize("NFD", "Phường Lam Sơn, đặc khu Cồn Cỏ"),  # typed on a keyboard that decomposes
    "Quyết định_số 3 — năm 2025",
    "Ưu tiên 3,5 % ngân sách cho giáo dục",
    "Tiếp công dân định kỳ tháng 7/2025 🎉",
    "Hội\u00a0nghị\tthẩm tra ĐBQH và HĐND",
    "ﬁnal ＨĐND ① ² Œuvre",
    "Báo cáo kết quả giám sát việc giải quyết ý kiến, kiến nghị cử tri trước và sau kỳ họp thứ nhất, "
    "thứ hai, thứ ba của Hội đồng nhân dân tỉnh khóa XVII, nhiệm kỳ 2021 – 2026, tại các xã, phường, "
    "đặc khu trong toàn tỉnh",
]


def server_slugs(index, titles):
    """What the server makes of each title: a page validated without a slug (full_clean, as the admin's form does)."""
    slugs = []
    for title in titles:
        page = NewsPage(title=title, live=True)
        index.add_child(instance=page)
        slugs.append(page.slug)
        page.delete()
    return slugs


def add_news_url(base_url, index):
    return f"{base_url}/admin/pages/add/newsroom/newspage/{index.pk}/"


def test_admin_slug_follows_the_server_rule_for_every_title(live_server, news_index):
    editor = make_editor()
    expected = server_slugs(news_index, TITLES)
    assert expected[0] == "hoi-nghi-giao-ban-thuong-truc-hdnd-huyen"
    assert all(slug.isascii() for slug in expected)
    with chromium_page() as page:
        log_in(page, live_server.url, editor.username, EDITOR_PASSWORD)
        page.goto(add_news_url(live_server.url, news_index))
        title, slug = page.locator("#id_title"), page.locator("#id_slug")
        title.focus()
        for text, server in zip(TITLES, expected, strict=True):
            title.fill(text)
            title.press("End")  # a key released: Wagtail syncs the slug on keyup
            expect(slug).to_have_value(server)
        # The rule itself, on the same titles, without the form in between.
        in_browser = page.evaluate("titles => titles.map(window.hdndPortal.vietnameseSlug)", TITLES)
        assert in_browser == expected
        assert page.problems == []


def test_editor_types_a_vietnamese_title_and_reads_a_clean_address(live_server, news_index):
    editor = make_editor()
    with chromium_page() as page:
        log_in(page, live_server.url, editor.username, EDITOR_PASSWORD)
        page.goto(add_news_url(live_server.url, news_index))
        title, slug = page.locator("#id_title"), page.locator("#id_slug")
        title.press_sequentially("Hội nghị giao ban Thường trực HĐND huyện", delay=15)
        expect(slug).to_have_value("hoi-nghi-giao-ban-thuong-truc-hdnd-huyen")
        # Leaving the title and coming back does not stop the address from following it.
        page.locator("#id_summary").click()
        title.click()
        title.press("End")
        title.press_sequentially(" quý II", delay=15)
        expect(slug).to_have_value("hoi-nghi-giao-ban-thuong-truc-hdnd-huyen-quy-ii")


def test_an_address_typed_by_the_editor_is_cleaned_and_kept(live_server, news_index):
    editor = make_editor()
    with chromium_page() as page:
        log_in(page, live_server.url, editor.username, EDITOR_PASSWORD)
        page.goto(add_news_url(live_server.url, news_index))
        title, slug = page.locator("#id_title"), page.locator("#id_slug")
        title.press_sequentially("Tiếp xúc cử tri", delay=15)
        expect(slug).to_have_value("tiep-xuc-cu-tri")
        show_tab_of(page, "#id_slug")  # the title loses focus: its last sync runs 100 ms later
        page.wait_for_timeout(300)
        slug.fill("Tiếp xúc Đông Hà")
        slug.blur()  # the slug field loses focus: Wagtail cleans what was typed there
        expect(slug).to_have_value("tiep-xuc-dong-ha")
        show_tab_of(page, "#id_title")
        title.click()
        title.press("End")
        title.press_sequentially(" trước kỳ họp", delay=15)
        page.wait_for_timeout(300)  # the title's sync is debounced by 100 ms
        expect(slug).to_have_value("tiep-xuc-dong-ha")


def test_a_published_page_keeps_its_address_when_its_title_changes(live_server, news_index):
    editor = make_editor()
    published = NewsPage(title="Hội nghị cũ", slug="hoi-nghi-cu", live=False)
    news_index.add_child(instance=published)
    published.save_revision().publish()
    with chromium_page() as page:
        log_in(page, live_server.url, editor.username, EDITOR_PASSWORD)
        page.goto(f"{live_server.url}/admin/pages/{published.pk}/edit/")
        title, slug = page.locator("#id_title"), page.locator("#id_slug")
        title.fill("Hội nghị đã đổi tên")
        title.press("End")
        page.wait_for_timeout(300)
        expect(slug).to_have_value("hoi-nghi-cu")
