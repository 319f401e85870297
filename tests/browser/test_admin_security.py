"""The admin under its Content-Security-Policy, in headless Chromium: an editor's day with no violation.

Signs in through the form (and so through the sign-in throttle), then opens the dashboard, a news
page's editor (date picker, inline panel, rich text, the image chooser, the preview) and a public
page while signed in (Wagtail's user bar). Any `securitypolicyviolation` or console report of a
refused resource fails the test. Skipped where Playwright or Chromium is missing.
"""

import json
import os

import pytest
from django.utils import timezone

from tests.browser.test_pages_in_chromium import CHROMIUM, CHROMIUM_ARGS
from tests.factories import make_image
from tests.newsroom.conftest import add_news

pytest.importorskip("playwright")
from playwright.sync_api import sync_playwright  # noqa: E402

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason=f"needs Chromium at {CHROMIUM}"),
    pytest.mark.django_db(transaction=True),
]

PASSWORD = "mat-khau-bien-tap-2026"
RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
});
"""


def violations(page, console):
    found = []
    for frame in page.frames:
        try:
            found += frame.evaluate("() => window.__cspViolations || []")
        except Exception:  # a frame that went away while navigating
            continue
    return found + [text for text in console if "Content Security Policy" in text or "Refused to" in text]


def test_the_admin_works_under_its_policy_with_no_violation(live_server, news_index, django_user_model):
    body = json.dumps([{"type": "paragraph", "value": "<p>Sáng nay, Thường trực HĐND tỉnh giám sát.</p>"}])
    news = add_news(news_index, "HĐND tỉnh giám sát công tác tiếp công dân", date=timezone.now(), body=body)
    make_image("Quang cảnh phiên họp")
    django_user_model.objects.create_superuser("bientap", "bientap@example.vn", PASSWORD)
    console = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.set_default_timeout(15_000)
            page.add_init_script(RECORD_VIOLATIONS)
            page.on("console", lambda message: console.append(message.text))

            page.goto(f"{live_server.url}/admin/login/")
            page.fill("#id_username", "bientap")
            page.fill("#id_password", PASSWORD)
            page.click("button[type=submit]")
            page.wait_for_url(f"{live_server.url}/admin/")
            assert page.locator(".w-dashboard, main").first.is_visible()
            found = violations(page, console)
            assert found == [], "\n".join(found)

            page.goto(f"{live_server.url}/admin/pages/{news.pk}/edit/")
            page.wait_for_selector("[data-contentpath=body]")
            # Rich text: type into the first paragraph's editor.
            editor = page.locator(".Draftail-Editor [contenteditable=true]").first
            editor.click()
            page.keyboard.type(" Nội dung bổ sung.")
            assert "Nội dung bổ sung." in editor.inner_text()
            # The date picker's inline script ran: the field has its chooser.
            page.locator("#id_date").click()
            page.locator(".xdsoft_datetimepicker >> visible=true").first.wait_for()
            page.keyboard.press("Escape")
            # The image chooser opens, lists the images, and the one picked shows in the form.
            page.locator("[data-contentpath=hero_image] [data-chooser-action-choose]").first.click()
            page.locator(".modal-dialog a", has_text="Quang cảnh phiên họp").first.click()
            page.locator("[data-contentpath=hero_image] [data-chooser-title]",
                         has_text="Quang cảnh phiên họp").wait_for()
            # The preview panel renders the public page inside the admin.
            page.locator("[data-side-panel-toggle=preview]").click()
            preview = page.frame_locator("#w-preview-iframe")
            preview.locator("h1").first.wait_for()
            page.wait_for_timeout(500)
            found = violations(page, console)
            assert found == [], "\n".join(found)

            page.goto(f"{live_server.url}/admin/images/")
            page.wait_for_selector(":text('Quang cảnh phiên họp')")
            page.goto(live_server.url + news.get_url_parts()[2])
            page.wait_for_selector("h1")
            page.wait_for_timeout(500)
            found = violations(page, console)
            assert found == [], "\n".join(found)
        except Exception:
            page.screenshot(path="/tmp/admin-csp-failure.png", full_page=True)
            raise
        finally:
            browser.close()
