"""The seams between Wagtail and our code: per-request memos, compact JSON, live parts of cached pages.

None of them replaces anything of Wagtail's (portal/restrictions.py, delivery/): readers
get the memoised answers, the admin Wagtail's own.
"""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import PageViewRestriction

from analytics.recording import reset_memos
from tests.analytics.conftest import BROWSER
from tests.newsroom.conftest import add_news

pytestmark = pytest.mark.django_db


def site_queries(ctx):
    return [q["sql"] for q in ctx.captured_queries if "wagtailcore_site" in q["sql"]]


def test_wagtail_asks_the_database_for_the_site_once_per_content_version(client, conference):
    client.get(conference.url, HTTP_USER_AGENT=BROWSER)
    with CaptureQueriesContext(connection) as ctx:
        page = client.get(conference.url, HTTP_USER_AGENT=BROWSER)
        listing = client.get("/api/v2/pages/?type=newsroom.ConferencePage")
    assert page.status_code == 200 and listing.status_code == 200
    assert conference.title in page.content.decode()
    assert site_queries(ctx) == []  # Wagtail's routing, the API and the settings got the memoised site
    conference.save_revision().publish()  # a new content version: the site is looked up again, once
    with CaptureQueriesContext(connection) as ctx:
        client.get(conference.url, HTTP_USER_AGENT=BROWSER)
    assert len(site_queries(ctx)) == 1


def test_a_page_put_behind_a_password_leaves_menus_listings_sitemap_and_api_at_once(client, news_index):
    page = add_news(news_index, "Tin sắp thành nội bộ")
    assert page.title in client.get(news_index.url).content.decode()
    assert news_index.title in client.get("/").content.decode()  # in the main menu
    PageViewRestriction.objects.create(page=news_index, restriction_type="password", password="x")
    home = client.get("/").content.decode()
    assert page.title not in home and f'href="{news_index.url}"' not in home
    assert page.url not in client.get("/sitemap.xml").content.decode()
    assert page.pk not in {item["id"] for item in client.get("/api/v2/pages/").json()["items"]}


def test_an_editor_lifting_a_restriction_brings_its_pages_back_to_mirrors(client, admin_client, news_index):
    page = add_news(news_index, "Tin nội bộ rồi công khai")
    PageViewRestriction.objects.create(page=news_index, restriction_type="password", password="x")
    assert page.pk not in {item["id"] for item in client.get("/api/v2/pages/").json()["items"]}
    assert page.pk in {item["id"] for item in client.get("/api/v2/removals/").json()["items"]}
    # The editor's request reads the restrictions as they are, not as readers' memo last saw them.
    response = admin_client.post(reverse("wagtailadmin_pages:set_privacy", args=[news_index.pk]),
                                 {"restriction_type": "none"})
    assert response.status_code == 200
    assert not PageViewRestriction.objects.exists()
    assert page.pk in {item["id"] for item in client.get("/api/v2/pages/").json()["items"]}
    assert page.pk not in {item["id"] for item in client.get("/api/v2/removals/").json()["items"]}


@pytest.mark.parametrize("url", ["/api/v2/pages/", "/api/v2/council-members/", "/api/v2/councils/",
                                 "/api/v2/images/", "/api/v2/documents/", "/api/v2/removals/"])
def test_api_answers_are_compact_json(client, conference, url):
    response = client.get(url)
    assert response.status_code == 200
    assert b"\n" not in response.content and b'": ' not in response.content
    assert "items" in response.json()


def test_the_browsable_api_stays_indented_for_people(client, conference):
    response = client.get("/api/v2/pages/", HTTP_ACCEPT="text/html")
    assert response.status_code == 200
    assert "&quot;items&quot;: [" in response.content.decode()


def test_a_page_served_from_the_cache_is_the_page_as_rendered(client, settings, conference):
    settings.PAGE_CACHE_ENABLED = True
    settings.ANALYTICS_SHOW_PAGE_VIEWS = True
    cache.clear()
    reset_memos()
    try:
        rendered = client.get(conference.url, HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="203.0.113.5")
        served = client.get(conference.url, HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="203.0.113.5")
        assert (rendered["X-Page-Cache"], served["X-Page-Cache"]) == ("miss", "hit")
        assert served.content == rendered.content
        assert 'class="access-stats"' in served.content.decode()
    finally:
        cache.clear()
        reset_memos()


def test_the_beacon_pays_for_no_site_it_does_not_ask_for(client, news_index):
    page = add_news(news_index, "Tin được đếm")
    body = f'{{"page": {page.pk}}}'
    client.post("/api/v2/hits/", body, content_type="text/plain", HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="203.0.113.1")
    with CaptureQueriesContext(connection) as ctx:
        response = client.post("/api/v2/hits/", body, content_type="text/plain", HTTP_USER_AGENT=BROWSER,
                               REMOTE_ADDR="203.0.113.2")
    assert response.status_code == 202
    asked = [q["sql"] for q in ctx.captured_queries]
    assert not [sql for sql in asked if "portal_contentversion" in sql or "wagtailcore_site" in sql]
