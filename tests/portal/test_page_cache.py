"""The whole-page cache (delivery/page_cache.py): served from memory, yet never stale and still counted."""

import socket

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from hitcount.models import Hit, HitCount

from analytics.live import forget_rendered
from analytics.recording import reset_memos
from councils.models import Organization
from tests.analytics.conftest import BROWSER
from tests.newsroom.conftest import add_news

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_ENABLED = True
    settings.ANALYTICS_SHOW_PAGE_VIEWS = False
    cache.clear()
    reset_memos()
    yield settings
    cache.clear()
    reset_memos()


def get(client, url, ip="203.0.113.45", **extra):
    return client.get(url, REMOTE_ADDR=ip, HTTP_USER_AGENT=BROWSER, **extra)


def views_of(page):
    return HitCount.objects.filter(content_type_id=page.content_type_id, object_pk=page.pk).values_list(
        "hits", flat=True).first() or 0


def test_second_request_is_served_from_the_cache_with_few_queries(client, conference):
    first = get(client, conference.url)
    assert first.status_code == 200 and first["X-Page-Cache"] == "miss"
    with CaptureQueriesContext(connection) as ctx:
        second = get(client, conference.url)
    assert second["X-Page-Cache"] == "hit"
    assert second.content.decode().count(conference.title) == first.content.decode().count(conference.title)
    assert "Minh Thu - Quốc Huy" in second.content.decode()
    # The content version, and the dedupe check of the database when the cache is per process.
    assert len(ctx.captured_queries) <= 3, [q["sql"] for q in ctx.captured_queries]


def test_views_served_from_the_cache_are_counted_once_per_visitor(client, conference):
    get(client, conference.url, ip="203.0.113.1")
    assert get(client, conference.url, ip="203.0.113.2")["X-Page-Cache"] == "hit"
    assert get(client, conference.url, ip="203.0.113.2")["X-Page-Cache"] == "hit"
    assert get(client, conference.url, ip="198.51.100.7")["X-Page-Cache"] == "hit"
    assert views_of(conference) == 3
    assert Hit.objects.count() == 3
    # Crawlers get the cached page but are not counted.
    robot = client.get(conference.url, REMOTE_ADDR="203.0.113.9", HTTP_USER_AGENT="Googlebot/2.1")
    assert robot.status_code == 200 and views_of(conference) == 3


def test_cached_page_shows_the_current_access_counter(client, conference):
    get(client, conference.url, ip="203.0.113.1")
    for n in range(2, 6):
        get(client, conference.url, ip=f"203.0.113.{n}")
    # As when the cached figures and this process's copy of the counter's HTML expire.
    cache.delete(f"analytics:figures:{conference.get_site().pk}")
    forget_rendered()
    html = get(client, conference.url, ip="203.0.113.99").content.decode()
    counter = html[html.index('class="access-stats"'):]
    # Five views before this one: the figures were read after the cache entry was made.
    assert "<dd>5</dd>" in counter


def test_publish_shows_at_once(client, conference):
    get(client, conference.url)
    revision = conference.save_revision()
    conference.title = "Hội nghị đã sửa tên"
    revision = conference.save_revision()
    revision.publish()
    response = get(client, conference.url)
    assert response["X-Page-Cache"] == "miss"
    assert "Hội nghị đã sửa tên" in response.content.decode()


def test_unpublish_move_and_delete_show_at_once(client, conference, news_index, home_page):
    other = add_news(news_index, "Tin khác")
    url = other.url
    assert get(client, url).status_code == 200
    assert get(client, url)["X-Page-Cache"] == "hit"
    other.unpublish()
    assert get(client, url).status_code == 404

    third = add_news(news_index, "Tin thứ ba")
    old_url = third.url
    get(client, old_url)
    third.move(home_page, pos="last-child")
    moved = get(client, old_url)  # Wagtail leaves a redirect to the new place
    assert moved.status_code == 301 and moved["Location"].endswith("/tin-thu-ba/")

    index_url = news_index.url
    assert conference.title in get(client, index_url).content.decode()
    conference_url = conference.url
    get(client, conference_url)
    conference.delete()
    assert get(client, conference_url).status_code == 404
    assert conference.title not in get(client, index_url).content.decode()


def test_member_and_organization_edits_show_at_once(client, conference, district_chair, merger):
    get(client, conference.url)
    district_chair.full_name = "Đinh Minh Hải"
    district_chair.save()
    assert "Đinh Minh Hải" in get(client, conference.url).content.decode()

    Organization.objects.filter(pk=merger["commune_standing"].pk).get().save()
    assert get(client, conference.url)["X-Page-Cache"] == "miss"


def test_editors_and_other_methods_bypass_the_cache(client, conference, admin_user):
    get(client, conference.url)
    assert get(client, conference.url)["X-Page-Cache"] == "hit"
    client.force_login(admin_user)
    response = get(client, conference.url)
    assert response.status_code == 200 and "X-Page-Cache" not in response
    client.logout()
    head = client.head(conference.url, REMOTE_ADDR="203.0.113.45", HTTP_USER_AGENT=BROWSER)
    assert "X-Page-Cache" not in head


def test_cached_responses_keep_the_security_headers(client, conference, settings):
    get(client, conference.url)
    response = get(client, conference.url)
    assert response["X-Page-Cache"] == "hit"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"]


def test_not_found_and_bad_requests_are_not_kept(client, home_page):
    assert get(client, "/khong-co-trang-nay/").status_code == 404
    assert "X-Page-Cache" not in get(client, "/khong-co-trang-nay/")
    bad = get(client, "/api/v2/pages/?limit=abc")
    assert bad.status_code == 400 and "X-Page-Cache" not in bad


def test_api_answers_are_cached_with_validators_and_invalidated(client, conference):
    url = "/api/v2/pages/?type=newsroom.ConferencePage&fields=*"
    first = get(client, url)
    assert first["X-Page-Cache"] == "miss"
    second = get(client, url)
    assert second["X-Page-Cache"] == "hit" and second.content == first.content
    assert second["ETag"] == first["ETag"] and second["Cache-Control"] == first["Cache-Control"]
    assert get(client, url, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304

    conference.title = "Tiêu đề mới của hội nghị"
    conference.save_revision().publish()
    third = get(client, url)
    assert third["X-Page-Cache"] == "miss" and "Tiêu đề mới của hội nghị" in third.content.decode()
    assert third["ETag"] != first["ETag"]


def redis_reachable():
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=0.5).close()
        return True
    except OSError:
        return False


@pytest.mark.skipif(not redis_reachable(), reason="needs Redis on 127.0.0.1:6379")
def test_with_redis_the_version_comes_with_the_entry(client, conference, settings,
                                                     django_capture_on_commit_callbacks):
    settings.CACHES = {"default": {"BACKEND": "django_redis.cache.RedisCache",
                                   "LOCATION": "redis://127.0.0.1:6379/14", "KEY_PREFIX": "hdnd-page-cache-test"}}
    redis_cache = cache  # the same proxy, now to Redis
    redis_cache.clear()
    try:
        get(client, conference.url)
        with CaptureQueriesContext(connection) as ctx:
            hit = get(client, conference.url)
        assert hit["X-Page-Cache"] == "hit"
        # No SQL at all: the version and the page come from Redis, the visitor was seen already.
        assert ctx.captured_queries == []

        with django_capture_on_commit_callbacks(execute=True):
            conference.title = "Đổi tên khi dùng Redis"
            conference.save_revision().publish()
        after = get(client, conference.url)
        assert after["X-Page-Cache"] == "miss" and "Đổi tên khi dùng Redis" in after.content.decode()
    finally:
        redis_cache.clear()


def test_api_answers_kept_per_requested_format(conference):
    from django.test import Client

    url = f"/api/v2/pages/{conference.pk}/"
    browser = get(Client(), url, HTTP_ACCEPT="text/html,application/xhtml+xml")
    assert browser["Content-Type"].startswith("text/html")  # REST framework's browsable page
    app = Client()
    as_json = get(app, url, HTTP_ACCEPT="application/json")
    assert as_json["Content-Type"].startswith("application/json") and as_json.json()["id"] == conference.pk
    again = get(app, url, HTTP_ACCEPT="application/json")
    assert again["X-Page-Cache"] == "hit" and again.json()["id"] == conference.pk
    assert get(Client(), url, HTTP_ACCEPT="text/html")["Content-Type"].startswith("text/html")



def test_a_password_form_made_for_one_client_is_not_served_to_others(client, conference):
    from django.test import Client
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(page=conference, restriction_type=PageViewRestriction.PASSWORD,
                                       password="bi-mat")
    client.cookies["csrftoken"] = "a" * 32  # a client that already has Django's CSRF cookie
    first = get(client, conference.url)
    assert first.status_code == 200 and "csrfmiddlewaretoken" in first.content.decode()
    assert "X-Page-Cache" not in first  # not kept: the form holds this client's CSRF token
    second = get(Client(), conference.url, ip="198.51.100.3")
    assert second.status_code == 200 and "X-Page-Cache" not in second
    assert second.cookies.get("csrftoken")  # its own token, in a cookie of its own
