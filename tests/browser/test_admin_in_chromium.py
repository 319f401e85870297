"""What the admin's scripts draw is in Vietnamese too: block menus and buttons, side panels, dialogs.

Wagtail's client-side strings come from its JavaScript catalogue (/admin/jsi18n/, Django's
JavaScriptCatalog for the "wagtailadmin" package, merged with the djangojs catalogues on
LOCALE_PATHS: locale/wagtail_admin/vi/LC_MESSAGES/djangojs.po supplements Wagtail's own).
"""

import datetime

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from councils.models import CouncilMember
from tests.admin_english import english_in
from tests.admin_users import EDITOR_PASSWORD, make_editor
from tests.browser.admin_session import chromium_page, log_in, needs_chromium, outside_requests, screenshot

pytestmark = [pytest.mark.browser, needs_chromium, pytest.mark.django_db(transaction=True)]

# Everything a person reads or hears: the rendered text and the labels of controls.
READ_TEXT = """() => {
  const texts = document.body.innerText.split("\\n");
  for (const el of document.querySelectorAll("[aria-label], [title], [placeholder], [alt]")) {
    for (const name of ["aria-label", "title", "placeholder", "alt"]) {
      if (el.hasAttribute(name)) texts.push(el.getAttribute(name));
    }
  }
  return texts.map(t => t.replace(/\\s+/g, " ").trim()).filter(Boolean);
}"""


def english_on(page):
    return sorted(english_in(page.evaluate(READ_TEXT)))


def test_page_editor_scripts_speak_vietnamese(live_server, conference):
    editor = make_editor()
    CouncilMember.objects.update(modified=timezone.now() - datetime.timedelta(minutes=15))
    left = {}
    with chromium_page() as page:
        log_in(page, live_server.url, editor.username, EDITOR_PASSWORD)
        page.goto(f"{live_server.url}/admin/pages/{conference.pk}/edit/")
        page.locator("button.c-sf-add-button").first.wait_for()
        left["page editor"] = english_on(page)
        # The editor's script draws these once the form is set up: wait for them (a loaded CI machine is slow).
        expect(page.get_by_role("button", name="Thu gọn tất cả")).to_be_visible()
        expect(page.locator('button[title="Chuyển lên"]').first).to_be_attached()
        expect(page.locator('button[title="Nhân bản"]').first).to_be_attached()

        page.locator("button.c-sf-add-button").first.click()  # the block inserter
        page.wait_for_timeout(300)
        left["block inserter"] = english_on(page)
        screenshot(page, "admin-block-inserter.png")
        page.keyboard.press("Escape")

        toggles = page.locator("button.w-side-panel-toggle:visible")
        for index in range(toggles.count()):
            toggle = toggles.nth(index)
            name = toggle.get_attribute("aria-label")
            toggle.click()
            page.wait_for_timeout(300)
            left[f"side panel {name}"] = english_on(page)
        page.locator(".w-minimap__toggle").click()
        page.wait_for_timeout(200)
        left["minimap"] = english_on(page)

        page.keyboard.press("?")  # the keyboard shortcuts dialog
        page.wait_for_timeout(200)
        left["keyboard shortcuts"] = english_on(page)
        page.keyboard.press("Escape")

        page.goto(f"{live_server.url}/admin/snippets/councils/councilmember/")
        left["member list"] = english_on(page)
        assert "15 phút trước" in page.locator("main").inner_text().replace("\xa0", " ")
        page.goto(f"{live_server.url}/admin/")  # the dashboard: the editor's avatar, the chart
        screenshot(page, "admin-dashboard.png", full_page=True)
        assert outside_requests(page, live_server.url) == []
        assert page.problems == []
    left = {screen: strings for screen, strings in left.items() if strings}
    assert not left, "English left:\n" + "\n".join(f"{screen}: {strings}" for screen, strings in left.items())
