"""A reader on a phone: the header's search box fits, works, and the first visit asks for nothing that is missing."""

import pytest

from tests.browser.admin_session import PHONE, chromium_page, needs_chromium, screenshot

pytestmark = [pytest.mark.browser, needs_chromium, pytest.mark.django_db(transaction=True)]


def assert_fits(page):
    widths = page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]")
    assert widths[0] <= widths[1], f"page scrolls sideways: {widths[0]}px wide in a {widths[1]}px window"


@pytest.mark.parametrize("width", [360, PHONE["width"]])
def test_header_search_on_a_phone(live_server, portal_settings, conference, width):
    with chromium_page(viewport={"width": width, "height": 800}) as page:
        failed = []
        page.on("response", lambda r: r.status >= 400 and failed.append(f"{r.status} {r.url}"))
        page.goto(live_server.url + "/")
        page.wait_for_load_state("networkidle")
        assert_fits(page)
        box = page.get_by_role("searchbox", name="Tìm kiếm trên cổng thông tin")
        assert box.is_visible()
        bounds = box.bounding_box()
        assert bounds["x"] >= 0 and bounds["x"] + bounds["width"] <= width and bounds["height"] >= 44
        button = page.locator(".site-search__button")
        assert button.bounding_box()["x"] + button.bounding_box()["width"] <= width
        if width == PHONE["width"]:
            screenshot(page, "site-home-phone.png")
        # The browser asks for /favicon.ico on its own; nothing answers 404, nothing errs. (Fetched, not
        # opened: Chromium's own viewer for an image styles itself inline, which the site's policy refuses.)
        assert page.request.get(live_server.url + "/favicon.ico").status == 200
        assert failed == [] and page.problems == []

        page.goto(live_server.url + conference.get_url_parts()[2])
        assert_fits(page)
        if width == PHONE["width"]:
            screenshot(page, "site-conference-phone.png", full_page=True)
        box = page.get_by_role("searchbox", name="Tìm kiếm trên cổng thông tin")
        box.fill("giam sat")
        box.press("Enter")
        page.wait_for_url("**/tim-kiem/?q=giam+sat")
        assert conference.title in page.locator("main").inner_text()
