"""Readers' pages in headless Chromium at phone width: nothing scrolls sideways, the key parts show.

Skipped where Playwright (the Python package) or Debian's Chromium at /usr/bin/chromium is missing.
Playwright runs only inside each test body, after the fixtures have touched the database: its
event loop in this thread would make Django refuse synchronous queries.
"""

import datetime
import os
from contextlib import contextmanager

import pytest

from tests.factories import make_council

pytest.importorskip("playwright")
from playwright.sync_api import sync_playwright  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
PHONE = {"width": 390, "height": 844}

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason=f"needs Chromium at {CHROMIUM}"),
    # The live server reads from its own connection, so the data must be committed; conftest.py
    # recreates Wagtail's root rows after each flush.
    pytest.mark.django_db(transaction=True),
]


@contextmanager
def phone_page():
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport=PHONE)
            page.set_default_timeout(10_000)
            yield page
        finally:
            browser.close()


def path_of(wagtail_page):
    return wagtail_page.get_url_parts()[2]


def assert_fits_the_phone(page):
    widths = page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]")
    assert widths[0] <= widths[1], f"page scrolls sideways: {widths[0]}px wide in a {widths[1]}px window"


def assert_nav_usable(page):
    links = page.locator(".site-nav a")
    assert links.count() >= 3  # home, the sections in the menu, search
    for i in range(links.count()):
        link = links.nth(i)
        assert link.is_visible()
        box = link.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], link.inner_text()
        assert box["height"] >= 44, f"{link.inner_text()!r} is {box['height']}px high"
    for name in ("Tin tức", "Đại biểu"):
        assert page.locator(".site-nav a", has_text=name).is_visible()


def test_conference_report_on_a_phone(live_server, conference, directory, district_chair):
    url = live_server.url + path_of(conference)
    with phone_page() as page:
        assert page.goto(url).status == 200
        assert_fits_the_phone(page)
        assert_nav_usable(page)
        figure = page.locator(".block-statistic__value").first
        assert figure.is_visible()
        assert figure.inner_text() == "16"
        assert page.locator(".block-statistic__breakdown").first.is_visible()
        speaker = page.locator(".block-speech .speaker__name", has_text=district_chair.full_name).first
        assert speaker.is_visible()
        assert page.locator(".block-conclusion").is_visible()


def test_member_directory_of_a_dissolved_council_on_a_phone(live_server, directory, news_index, merger,
                                                           district_chair):
    # Real names run long, and the council picker lists them all: it must still fit.
    make_council("Hội đồng nhân dân thị trấn Nông trường Sông Lam Thượng", level="commune", kind="township",
                 parent=merger["province"], dissolved=datetime.date(2025, 7, 1))
    url = f"{live_server.url}{path_of(directory)}?council={merger['district'].slug}"
    with phone_page() as page:
        assert page.goto(url).status == 200
        assert_fits_the_phone(page)
        assert_nav_usable(page)
        assert page.locator("#filter-council").is_visible()
        card = page.locator(".member-card", has_text=district_chair.full_name).first
        assert card.is_visible()
