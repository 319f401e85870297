"""A commune's editor on the admin host sees their commune only: explorer, page chooser, images, menu.

Two communes made by add_council_site, with a news page and an image each; the editor of the first
logs in on the live server's host (the one admin host of the installation).
"""

import pytest
from playwright.sync_api import expect
from wagtail.models import GroupCollectionPermission

from tests.browser.admin_session import DESKTOP, PHONE, chromium_page, log_in, needs_chromium, screenshot
from tests.commune_editors import PASSWORD, TITLES, editor_of, editors_group_of, two_communes
from tests.council_sites import news_index_of
from tests.factories import make_image

pytestmark = [pytest.mark.browser, needs_chromium, pytest.mark.django_db(transaction=True)]
IMAGES = {"a": "Quang cảnh tiếp xúc cử tri xã Tân Phong", "b": "Quang cảnh giám sát chợ phường Lam Sơn"}


@pytest.fixture(autouse=True)
def provincial_hosts(settings):
    settings.ALLOWED_HOSTS = [".songlam.test", "localhost", "127.0.0.1", "testserver"]


def image_in_collection_of(site, title):
    collection = GroupCollectionPermission.objects.filter(group=editors_group_of(site)).first().collection
    image = make_image(title)
    image.collection = collection
    image.save()


def communes_with_images():
    sites, news = two_communes()
    for key in ("a", "b"):
        image_in_collection_of(sites[key], IMAGES[key])
    editor_of(sites["a"], "bientap-tanphong")
    return sites, {key: sites[key].root_page.title for key in ("a", "b")}


def main_menu(page):
    return page.get_by_role("navigation", name="Trình đơn chính")


def shown(page):
    return page.locator("main").inner_text()


def test_a_communes_editor_sees_only_their_commune(live_server):
    sites, homes = communes_with_images()
    news_index_a = news_index_of(sites["a"]).pk
    with chromium_page(viewport=DESKTOP) as page:
        log_in(page, live_server.url, "bientap-tanphong", PASSWORD)

        # The explorer opens on the commune's home; its news are there, the other commune is nowhere.
        page.goto(f"{live_server.url}/admin/pages/")
        expect(page.locator("main")).to_contain_text(homes["a"])
        assert homes["b"] not in shown(page)
        page.goto(f"{live_server.url}/admin/pages/{news_index_a}/")
        expect(page.locator("main")).to_contain_text(TITLES["a"])
        assert TITLES["b"] not in shown(page)

        # The menu's page explorer lists the same.
        main_menu(page).get_by_role("button", name="Trang").first.click()
        flyout = page.locator(".c-page-explorer")
        expect(flyout).to_contain_text(homes["a"])
        expect(flyout).to_contain_text("Tin tức")  # it opens on the commune's home, with its sections
        assert homes["b"] not in flyout.inner_text()
        page.wait_for_timeout(400)  # the flyout slides in
        screenshot(page, "commune-editor-menu-explorer-desktop.png")
        page.keyboard.press("Escape")

        # The link chooser of a new news page's paragraph: the editor's pages, found and browsed.
        page.goto(f"{live_server.url}/admin/pages/add/newsroom/newspage/{news_index_a}/")
        page.locator("button.c-sf-add-button").first.click()
        page.get_by_role("option", name="Đoạn văn").first.click()
        editor = page.locator("[contenteditable='true']").first
        editor.click()
        editor.press_sequentially("Xem thêm", delay=5)
        editor.press("Control+a")
        editor.press("Control+k")
        modal = page.locator(".modal-content")
        expect(modal).to_contain_text(homes["a"])  # the chooser opens at the tree's root: one site in it
        assert homes["b"] not in modal.inner_text()
        modal.locator(f"a[href*='/admin/choose-page/{sites['a'].root_page.pk}/']").first.click()
        expect(modal).to_contain_text("Tin tức")
        assert homes["b"] not in modal.inner_text()
        search = modal.locator("input[name='q']")
        with page.expect_response(lambda answer: "/admin/choose-page/search/" in answer.url and "L" in answer.url):
            search.fill("Lam Sơn giám sát")
        page.wait_for_timeout(300)
        assert TITLES["b"] not in modal.inner_text()
        search.fill("Tân Phong tiếp xúc")
        expect(modal).to_contain_text(TITLES["a"])
        screenshot(page, "commune-editor-page-chooser.png")
        page.keyboard.press("Escape")

        # The image library: the commune's photo, not the other's.
        page.goto(f"{live_server.url}/admin/images/")
        expect(page.locator("main")).to_contain_text(IMAGES["a"])
        assert IMAGES["b"] not in shown(page)
        screenshot(page, "commune-editor-images-desktop.png", full_page=True)

        # The reports in the menu: no page types usage; the page views report lists the commune's page only.
        main_menu(page).get_by_role("button", name="Báo cáo").click()
        expect(main_menu(page).get_by_role("link", name="Nhật ký hoạt động")).to_be_visible()
        page.wait_for_timeout(400)
        reports = main_menu(page).inner_text()
        assert "Nhật ký hoạt động" in reports and "Thống kê loại trang" not in reports
        screenshot(page, "commune-editor-reports-menu-desktop.png")
        page.goto(f"{live_server.url}/admin/hitcount/hitcount/")
        expect(page.locator("main")).to_contain_text(TITLES["a"])
        assert TITLES["b"] not in shown(page)

        page.goto(f"{live_server.url}/admin/")
        expect(page.locator("main")).to_contain_text("Số liệu của")
        assert TITLES["b"] not in shown(page)
        screenshot(page, "commune-editor-dashboard-desktop.png", full_page=True)
        assert page.problems == []

    with chromium_page(viewport=PHONE) as page:
        log_in(page, live_server.url, "bientap-tanphong", PASSWORD)
        page.goto(f"{live_server.url}/admin/pages/{news_index_a}/")
        expect(page.locator("main")).to_contain_text(TITLES["a"])
        screenshot(page, "commune-editor-explorer-phone.png", full_page=True)
        page.goto(f"{live_server.url}/admin/")
        assert TITLES["b"] not in shown(page)
        screenshot(page, "commune-editor-dashboard-phone.png", full_page=True)
