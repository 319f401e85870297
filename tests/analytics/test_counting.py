"""Which views count, and how a visitor is recognised without a session or a stored address."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.contrib.sessions.models import Session
from django.db import connection
from django.test import RequestFactory, override_settings
from hitcount.models import BlacklistIP, BlacklistUserAgent, Hit, HitCount

from analytics.recording import record_from_response, record_view
from analytics.visitors import client_ip, is_robot, stored_ip
from councils.models import CouncilMember
from delivery.scope import RequestScope
from newsroom.models import NewsPage
from tests.analytics.conftest import BROWSER, visit


def hits_of(obj):
    content_type = ContentType.objects.get_for_model(obj)
    return HitCount.objects.filter(content_type=content_type, object_pk=obj.pk).values_list("hits", flat=True).first()


def test_a_visitor_is_counted_once_per_page_and_window(client, news, other_news):
    for _ in range(3):
        assert visit(client, news.url).status_code == 200
    visit(client, other_news.url)
    assert hits_of(news) == 1
    assert hits_of(other_news) == 1
    assert Hit.objects.count() == 2


def test_a_view_counts_again_after_the_window(client, news, monkeypatch):
    import datetime

    from django.core.cache import cache
    from django.utils import timezone

    visit(client, news.url)
    cache.clear()  # what the window's expiry does to the cache
    later = timezone.now() + datetime.timedelta(minutes=31)
    monkeypatch.setattr(timezone, "now", lambda: later)
    visit(client, news.url)
    assert hits_of(news) == 2


def test_views_are_counted_on_the_specific_page(client, news):
    visit(client, news.url)
    counter = HitCount.objects.get()
    assert counter.content_type == ContentType.objects.get_for_model(NewsPage)
    assert counter.object_pk == news.pk


def test_home_page_is_counted(client, home_page):
    visit(client, "/")
    assert hits_of(home_page) == 1


def test_a_member_page_counts_the_member_not_the_directory(client, directory, district_chair):
    response = visit(client, f"/dai-bieu/{district_chair.slug}/")
    assert response.status_code == 200
    assert hits_of(district_chair) == 1
    assert HitCount.objects.get().content_type == ContentType.objects.get_for_model(CouncilMember)
    assert hits_of(directory) is None


def test_the_directory_and_other_uncounted_pages_are_not_counted(client, directory, news_index):
    visit(client, "/dai-bieu/")
    visit(client, news_index.url)
    assert HitCount.objects.count() == 0


@pytest.mark.parametrize("agent", [
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/126.0 Safari/537.36",
    "python-requests/2.32",
    "",
])
def test_crawlers_and_headless_browsers_are_not_counted(client, news, agent):
    assert visit(client, news.url, agent=agent).status_code == 200
    assert Hit.objects.count() == 0


def test_real_browsers_are_not_taken_for_robots():
    assert not is_robot(BROWSER)
    assert not is_robot("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
                        "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1")


def test_head_requests_are_not_counted(client, news):
    response = client.head(news.url, REMOTE_ADDR="203.0.113.45", HTTP_USER_AGENT=BROWSER)
    assert response.status_code == 200
    assert Hit.objects.count() == 0


def test_error_responses_are_not_counted(client, news):
    assert visit(client, news.url + "khong-co/").status_code == 404
    news.unpublish()
    assert visit(client, news.url).status_code == 404
    assert Hit.objects.count() == 0


def test_previews_are_not_counted(news):
    request = RequestFactory().get(news.url, REMOTE_ADDR="203.0.113.45", HTTP_USER_AGENT=BROWSER)
    RequestScope.of(request).counted_page = news  # what analytics' before_serve_page hook does
    response = news.serve(request)
    response.render()
    request.is_preview = True  # what Wagtail's preview sets
    assert not record_from_response(request, response)
    assert Hit.objects.count() == 0


def test_an_admin_preview_is_not_counted(admin_client, news):
    response = admin_client.get(f"/admin/pages/{news.pk}/view_draft/", REMOTE_ADDR="203.0.113.45",
                                HTTP_USER_AGENT=BROWSER)
    assert response.status_code == 200
    assert Hit.objects.count() == 0


def test_logged_in_editors_are_not_counted(client, news):
    editor = get_user_model().objects.create_superuser("bientap", "bientap@example.vn", "mat-khau-dai-123")
    client.force_login(editor)
    visit(client, news.url)
    assert Hit.objects.count() == 0


@override_settings(ANALYTICS_IGNORE_EDITORS=False)
def test_editors_are_counted_when_the_setting_says_so(client, news):
    editor = get_user_model().objects.create_superuser("bientap", "bientap@example.vn", "mat-khau-dai-123")
    client.force_login(editor)
    visit(client, news.url)
    assert Hit.objects.count() == 1


def test_blocked_address_ranges_and_browsers_are_not_counted(client, news):
    BlacklistIP.objects.create(ip="198.51.100.0/24")
    BlacklistIP.objects.create(ip="2001:db8:bad::/48")
    BlacklistUserAgent.objects.create(user_agent="MonitoringTool")
    visit(client, news.url, ip="198.51.100.7")
    visit(client, news.url, ip="2001:db8:bad::1")
    visit(client, news.url, agent=BROWSER + " MonitoringTool/1.0")
    assert Hit.objects.count() == 0
    visit(client, news.url, ip="198.51.101.7")
    assert Hit.objects.count() == 1


def test_no_database_session_is_created_for_visitors(client, news, home_page):
    response = visit(client, news.url)
    visit(client, "/")
    assert Hit.objects.count() == 2
    assert Session.objects.count() == 0
    assert "sessionid" not in response.cookies


def test_a_spoofed_forwarded_for_from_an_untrusted_peer_is_ignored(client, news):
    visit(client, news.url, ip="203.0.113.45", HTTP_X_FORWARDED_FOR="192.0.2.1")
    visit(client, news.url, ip="203.0.113.45", HTTP_X_FORWARDED_FOR="192.0.2.2")
    assert Hit.objects.count() == 1
    assert Hit.objects.get().ip == "203.0.113.0"


@override_settings(ANALYTICS_TRUSTED_PROXIES=["10.0.0.0/8"])
def test_forwarded_for_is_read_from_a_trusted_proxy(client, news):
    visit(client, news.url, ip="10.0.0.5", HTTP_X_FORWARDED_FOR="192.0.2.1")
    visit(client, news.url, ip="10.0.0.5", HTTP_X_FORWARDED_FOR="198.51.100.9")
    assert sorted(Hit.objects.values_list("ip", flat=True)) == ["192.0.2.0", "198.51.100.0"]


@override_settings(ANALYTICS_TRUSTED_PROXIES=["10.0.0.0/8"])
def test_a_client_cannot_put_an_address_in_front_of_the_proxy_chain():
    meta = {"REMOTE_ADDR": "10.0.0.5", "HTTP_X_FORWARDED_FOR": "1.2.3.4, 203.0.113.45, 10.0.0.9"}
    assert str(client_ip(meta)) == "203.0.113.45"
    assert str(client_ip({"REMOTE_ADDR": "203.0.113.45", "HTTP_X_FORWARDED_FOR": "1.2.3.4"})) == "203.0.113.45"
    assert str(client_ip({"REMOTE_ADDR": "10.0.0.5", "HTTP_X_FORWARDED_FOR": "[2001:db8::7]:443"})) == "2001:db8::7"


def test_ipv6_visitors_are_told_apart(client, news):
    visit(client, news.url, ip="2001:db8:1:2::45")
    visit(client, news.url, ip="2001:db8:1:2::46")
    visit(client, news.url, ip="2001:db8:1:2::45")
    assert hits_of(news) == 2
    assert set(Hit.objects.values_list("ip", flat=True)) == {"2001:db8:1::"}


def test_no_raw_address_is_stored(client, news):
    visit(client, news.url, ip="203.0.113.45")
    visit(client, news.url, ip="2001:db8:1:2::45")
    with connection.cursor() as cursor:
        cursor.execute("SELECT ip, session, user_agent FROM hitcount_hit")
        stored = " ".join(" ".join(row) for row in cursor.fetchall())
    assert "203.0.113.45" not in stored
    assert "2001:db8:1:2::45" not in stored
    assert stored_ip(client_ip({"REMOTE_ADDR": "203.0.113.45"})) == "203.0.113.0"


def test_the_visitor_key_changes_every_day():
    import datetime

    from analytics.visitors import visitor_key

    day = datetime.date(2026, 3, 2)
    assert visitor_key("203.0.113.45", BROWSER, day) == visitor_key("203.0.113.45", BROWSER, day)
    assert visitor_key("203.0.113.45", BROWSER, day) != visitor_key("203.0.113.45", BROWSER,
                                                                     day + datetime.timedelta(days=1))


def statements(captured):
    """SQL statements run, without the savepoints a test's own transaction adds."""
    return [q["sql"] for q in captured.captured_queries
            if not q["sql"].upper().startswith(("SAVEPOINT", "RELEASE SAVEPOINT", "BEGIN", "COMMIT"))]


def test_a_counted_view_costs_one_statement_on_postgresql_and_two_elsewhere(news, settings):
    from ipaddress import ip_address

    settings.ANALYTICS_DATABASE_DEDUPE = False  # trusting a key the cache did not have (the opt-out)
    from django.test.utils import CaptureQueriesContext

    content_type_id = news.content_type_id
    record_view(content_type_id, news.pk, ip_address("203.0.113.1"), BROWSER, None)  # warms the counter id
    with CaptureQueriesContext(connection) as counted:
        assert record_view(content_type_id, news.pk, ip_address("203.0.113.2"), BROWSER, None)
    with CaptureQueriesContext(connection) as repeated:
        assert not record_view(content_type_id, news.pk, ip_address("203.0.113.2"), BROWSER, None)
    assert len(statements(counted)) == (1 if connection.vendor == "postgresql" else 2)
    assert statements(repeated) == []
    assert hits_of(news) == 2


def test_without_a_shared_cache_the_database_stops_a_second_worker_counting_again(news, settings):
    """Each worker has its own local-memory cache; the database check catches what it cannot see."""
    from ipaddress import ip_address

    from django.core.cache import cache
    from django.test.utils import CaptureQueriesContext

    settings.ANALYTICS_DATABASE_DEDUPE = None  # decided from the cache backend: local memory here
    content_type_id = news.content_type_id
    assert record_view(content_type_id, news.pk, ip_address("203.0.113.9"), BROWSER, None)
    cache.clear()  # what a second worker's cache would look like
    with CaptureQueriesContext(connection) as repeated:
        assert not record_view(content_type_id, news.pk, ip_address("203.0.113.9"), BROWSER, None)
    with CaptureQueriesContext(connection) as counted:
        assert record_view(content_type_id, news.pk, ip_address("203.0.113.10"), BROWSER, None)
    assert hits_of(news) == 2
    if connection.vendor == "postgresql":
        # Lock, check and write travel as one statement, for a new view and a repeated one alike.
        assert len(statements(counted)) == 1
        assert len(statements(repeated)) == 1
