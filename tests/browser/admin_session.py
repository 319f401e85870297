"""Chromium for the admin tests: a browser, an editor logged in through the login form.

Playwright runs only inside a test body, after the fixtures have touched the database: its
event loop in this thread would make Django refuse synchronous queries.
"""

import os
from contextlib import contextmanager

import pytest
from django.test import override_settings

pytest.importorskip("playwright")
from playwright.sync_api import sync_playwright  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
# Screenshots for people to look at (not compared by the tests); kept out of the repository.
SCREENSHOTS = os.environ.get("SCREENSHOT_DIR", "/tmp/hdnd-screenshots")

needs_chromium = pytest.mark.skipif(not os.path.exists(CHROMIUM), reason=f"needs Chromium at {CHROMIUM}")


def is_refusal_note(text):
    """Chromium's console note for an answer of 400 or more: those are judged from ``page.refused``."""
    return text.startswith("Failed to load resource: the server responded with a status of")


@contextmanager
def chromium_page(viewport=DESKTOP, timeout=15_000):
    """A fresh browser tab; console errors and failed requests are collected on ``page.problems``,
    answers of 400 and more on ``page.refused``, every URL it asked for on ``page.requested``."""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport=viewport, locale="vi-VN")
            page.set_default_timeout(timeout)
            page.problems, page.requested, page.refused = [], [], []
            page.on("request", lambda r: page.requested.append(r.url))
            page.on("response", lambda r: r.status >= 400 and page.refused.append((r.request.method, r.status, r.url)))
            page.on("console", lambda m: m.type == "error" and not is_refusal_note(m.text)
                    and page.problems.append(m.text))
            # A request cut short because the page moved on (an autosave as "Publish" is clicked) is no fault.
            page.on("requestfailed", lambda r: "ERR_ABORTED" not in (r.failure or "")
                    and page.problems.append(f"failed: {r.url} ({r.failure})"))
            yield page
        finally:
            browser.close()


def log_in(page, base_url, username, password):
    page.goto(base_url + "/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("button[type=submit]")
    page.wait_for_url(base_url + "/admin/")


def screenshot(page, name, full_page=False):
    os.makedirs(SCREENSHOTS, exist_ok=True)
    page.screenshot(path=os.path.join(SCREENSHOTS, name), full_page=full_page)


def show_tab_of(page, selector):
    """Open the editor's tab (Nội dung, Quảng bá...) that holds this field."""
    panel_id = page.locator(f'[role="tabpanel"]:has({selector})').get_attribute("id")
    page.locator(f'[role="tab"][href="#{panel_id}"]').click()


def outside_requests(page, base_url):
    """What the tab fetched from anywhere but the site under test (data: and blob: URLs are local)."""
    return [url for url in page.requested
            if not url.startswith((base_url, "data:", "blob:", "about:"))]


def front_end_settings(live_server):
    """The reference front end, served by the live server at /frontend/, as every site's preview front end."""
    return override_settings(WAGTAIL_HEADLESS_PREVIEW={
        "CLIENT_URLS": {"default": f"{live_server.url}/frontend/"}, "REDIRECT_ON_PREVIEW": True,
    })


def open_front_end_preview(page):
    """The editor opens the preview panel, picks the partner's front end, and it shows the draft.

    Wagtail loads each new preview in a fresh iframe beside the old one and swaps them when it has
    loaded, so the front end is found by its address rather than by the iframe's id.
    """
    mode = page.locator("#id_preview_mode")
    page.wait_for_timeout(500)  # the admin reopens the side panel the editor left open
    if not mode.is_visible():
        page.locator("[data-side-panel-toggle=preview]").click()
    for _choice in range(3):
        # A mode picked while the panel's first preview still loads can be overtaken by it: pick again.
        if mode.input_value() == "headless":
            mode.select_option("")
        mode.select_option("headless")
        for _wait in range(50):
            for frame in page.frames:
                if "/frontend/?" in frame.url and frame.locator(".fe-preview-banner").count():
                    return frame
            page.wait_for_timeout(200)
    screenshot(page, "preview-panel-not-shown.png")
    raise AssertionError(f"the front end did not show the draft: {[frame.url for frame in page.frames]}")
