"""Redis or PostgreSQL lost: pages are still served, views counted exactly once, and no request hangs.

The Redis tests run a redis-server of their own and kill it, hang it (SIGSTOP)
and start it again empty, while the Django test client sends traffic. The
PostgreSQL tests put a TCP proxy between Django and the database and cut it.
"""

import json
import statistics
import time

import pytest
from django.core.cache import cache
from django.db import OperationalError, close_old_connections, connection, connections
from django.test import Client
from django.urls import path
from hitcount.models import Hit, HitCount
from redis import Redis

from analytics.pending import pending_views
from analytics.recording import reset_memos
from delivery.outages import database_outage
from delivery.page_cache import local_copies
from portal import urls as portal_urls
from portal.cache import reset_breakers
from portal.env import cache_config
from tests.analytics.conftest import BROWSER
from tests.conftest import ensure_wagtail_base_rows
from tests.newsroom.conftest import add_news
from tests.portal.services import RedisServer, TcpProxy

BREAKER_SECONDS = 1.0
PROXY = "10.0.0.2"  # the site's reverse proxy, trusted to give the visitor's address
needs_redis_server = pytest.mark.skipif(RedisServer.binary is None, reason="needs the redis-server program")
needs_postgresql = pytest.mark.skipif(connection.vendor != "postgresql",
                                      reason="the database is cut through a TCP proxy to PostgreSQL")


@pytest.fixture(autouse=True)
def clean_state(settings):
    settings.PAGE_CACHE_ENABLED = True
    settings.ANALYTICS_SHOW_PAGE_VIEWS = False
    settings.ANALYTICS_TRUSTED_PROXIES = ["10.0.0.0/8"]
    forget_everything()
    yield
    forget_everything()


def forget_everything():
    cache.clear()
    reset_memos()
    reset_breakers()
    local_copies.clear()
    database_outage.reset()


@pytest.fixture
def redis_server():
    server = RedisServer().start()
    yield server
    server.stop()


@pytest.fixture
def redis_cache(settings, monkeypatch, redis_server):
    """The production cache configuration (portal.env.cache_config), on a Redis the test may kill."""
    monkeypatch.setenv("REDIS_URL", redis_server.url)
    monkeypatch.setenv("REDIS_BREAKER_SECONDS", str(BREAKER_SECONDS))
    settings.CACHES = {"default": cache_config(key_prefix="hdnd-lost-services")}
    forget_everything()
    yield redis_server
    redis_server.stop()


@pytest.fixture
def pages(conference, news_index):
    return [conference, add_news(news_index, "HĐND tỉnh giám sát việc giải quyết kiến nghị cử tri")]


def visitor_ip(n):
    return f"198.51.{100 + n // 250}.{n % 250 + 1}"


def visit(client, page, visitor):
    return client.get(page.url, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=visitor_ip(visitor),
                      HTTP_USER_AGENT=BROWSER)


def hits_of(page):
    return Hit.objects.filter(hitcount__content_type_id=page.content_type_id, hitcount__object_pk=page.pk).count()


def total_of(page):
    return HitCount.objects.filter(content_type_id=page.content_type_id, object_pk=page.pk).values_list(
        "hits", flat=True).first() or 0


def redis_keys(server):
    return Redis.from_url(server.url, socket_timeout=1).dbsize()


# --- Redis -----------------------------------------------------------------------------------


@needs_redis_server
@pytest.mark.django_db
def test_views_are_counted_exactly_once_while_redis_dies_and_comes_back_empty(client, redis_cache, pages):
    # Twenty visitors read both pages, each page twice in a row; half of them come back later.
    traffic = [(page, visitor) for visitor in range(10) for page in pages for _ in range(2)]
    traffic += [(page, visitor) for visitor in range(5, 15) for page in pages for _ in range(2)]
    traffic += [(page, visitor) for visitor in range(20) for page in pages for _ in range(2)]
    kill_at, restart_at = 30, 80  # in the middle of the first and of the second group
    served = []
    for n, (page, visitor) in enumerate(traffic):
        if n == kill_at:
            redis_cache.kill()
        if n == restart_at:
            redis_cache.start()  # keeps nothing on disk: empty
            time.sleep(BREAKER_SECONDS + 0.1)  # the breaker tries Redis again
        response = visit(client, page, visitor)
        served.append((n, response.status_code, response.get("X-Page-Cache")))
        assert response.status_code == 200, served[-1]
        assert page.title in response.content.decode()

    # Both pages were rendered once, then served from the cache, Redis or not.
    assert [cached for _n, _status, cached in served].count("miss") == 2
    assert redis_keys(redis_cache) > 0  # the last part really went through the restarted Redis
    distinct = {(page.pk, visitor) for page, visitor in traffic}
    assert Hit.objects.count() == len(distinct) == 40
    for page in pages:
        assert hits_of(page) == total_of(page) == 20


@needs_redis_server
@pytest.mark.django_db
def test_a_hung_redis_costs_one_request_the_socket_timeout_and_the_next_ones_a_few_milliseconds(
        client, redis_cache, pages):
    page = pages[0]
    visit(client, page, 0)
    assert visit(client, page, 0)["X-Page-Cache"] == "hit"
    redis_cache.hang()
    try:
        started = time.perf_counter()
        first = visit(client, page, 1)
        first_seconds = time.perf_counter() - started
        durations = []
        for visitor in range(2, 22):
            started = time.perf_counter()
            response = visit(client, page, visitor)
            durations.append(time.perf_counter() - started)
            assert response.status_code == 200 and response["X-Page-Cache"] == "hit"
    finally:
        redis_cache.resume()
    assert first.status_code == 200 and page.title in first.content.decode()
    assert first_seconds < 1.5  # one socket timeout (0.5 s), not a hung worker
    assert statistics.median(durations) < 0.05, durations  # the breaker answers "miss" at once

    time.sleep(BREAKER_SECONDS + 0.1)
    again = visit(client, page, 1)  # counted during the hang, by the database: not counted again
    assert again.status_code == 200
    cache.set("lost-services:probe", "back", 30)
    assert cache.get("lost-services:probe") == "back"  # Redis answers again
    assert hits_of(page) == total_of(page) == 22


@needs_redis_server
@pytest.mark.django_db
def test_a_publish_while_redis_hangs_shows_once_redis_is_back(client, redis_cache, pages,
                                                             django_capture_on_commit_callbacks):
    page = pages[0]
    visit(client, page, 0)
    assert visit(client, page, 0)["X-Page-Cache"] == "hit"
    redis_cache.hang()
    try:
        with django_capture_on_commit_callbacks(execute=True):
            page.title = "Hội nghị đổi tên khi Redis treo"
            page.save_revision().publish()
        during = visit(client, page, 1)
    finally:
        redis_cache.resume()
    assert "Hội nghị đổi tên khi Redis treo" in during.content.decode()
    time.sleep(BREAKER_SECONDS + 0.1)
    # Redis came back with the content version of before the publish; that lost write is undone.
    after = visit(client, page, 2)
    assert after.status_code == 200
    assert "Hội nghị đổi tên khi Redis treo" in after.content.decode()


@needs_redis_server
@pytest.mark.django_db
def test_the_beacon_still_counts_once_and_lets_requests_through_while_redis_is_away(redis_cache, pages, settings):
    settings.ANALYTICS_BEACON_RATE_LIMIT = 3
    page = pages[1]

    def beacon(client, visitor):
        return client.post("/api/v2/hits/", data=json.dumps({"page": page.pk}), content_type="text/plain",
                           REMOTE_ADDR=visitor_ip(visitor), HTTP_USER_AGENT=BROWSER)

    with_redis = [beacon(Client(), 1).status_code for _ in range(5)]
    assert with_redis == [202, 202, 202, 429, 429]  # the limit is counted in Redis
    redis_cache.kill()
    without = [beacon(Client(), 2).status_code for _ in range(5)]
    assert without == [202] * 5  # a limit that cannot be counted lets the request through
    assert hits_of(page) == total_of(page) == 2  # and each visitor is still counted once


@pytest.mark.django_db
def test_the_database_check_of_a_new_visitor_travels_with_the_write(pages):
    """The default path: still one statement on PostgreSQL for a counted view, none for a repeated one."""
    from ipaddress import ip_address

    from django.test.utils import CaptureQueriesContext

    from analytics.recording import record_view

    page = pages[1]
    record_view(page.content_type_id, page.pk, ip_address("203.0.113.1"), BROWSER, None)  # the counter's id
    with CaptureQueriesContext(connection) as counted:
        assert record_view(page.content_type_id, page.pk, ip_address("203.0.113.2"), BROWSER, None)
    with CaptureQueriesContext(connection) as repeated:
        assert not record_view(page.content_type_id, page.pk, ip_address("203.0.113.2"), BROWSER, None)
    cache.clear()  # as after a Redis restart: the database still knows
    with CaptureQueriesContext(connection) as after_restart:
        assert not record_view(page.content_type_id, page.pk, ip_address("203.0.113.2"), BROWSER, None)
    statements = [q["sql"] for q in counted.captured_queries if not q["sql"].upper().startswith(
        ("SAVEPOINT", "RELEASE SAVEPOINT"))]
    assert len(statements) == (1 if connection.vendor == "postgresql" else 3)
    assert repeated.captured_queries == []
    assert len(after_restart.captured_queries) >= 1
    assert hits_of(page) == total_of(page) == 2


def test_redis_timeouts_and_breaker_come_from_the_environment(monkeypatch):
    from django.core.exceptions import ImproperlyConfigured

    monkeypatch.setenv("REDIS_URL", "redis://127.0.0.1:6379/0")
    options = cache_config()["OPTIONS"]
    assert options["CLIENT_CLASS"] == "portal.cache.CircuitBreakerClient"
    assert (options["SOCKET_CONNECT_TIMEOUT"], options["SOCKET_TIMEOUT"], options["BREAKER_SECONDS"]) == (
        0.25, 0.5, 5.0)
    monkeypatch.setenv("REDIS_SOCKET_TIMEOUT", "0.2")
    assert cache_config()["OPTIONS"]["SOCKET_TIMEOUT"] == 0.2
    monkeypatch.setenv("REDIS_SOCKET_TIMEOUT", "nửa giây")
    with pytest.raises(ImproperlyConfigured, match="REDIS_SOCKET_TIMEOUT must be a number"):
        cache_config()


def test_postgresql_connections_give_up_after_the_connect_timeout(monkeypatch, tmp_path):
    from portal.env import database_config

    monkeypatch.setenv("DATABASE_URL", "postgres://council:pw@db.internal:5432/hdnd")
    assert database_config(tmp_path / "unused.sqlite3")["OPTIONS"]["connect_timeout"] == 3
    monkeypatch.setenv("DB_CONNECT_TIMEOUT", "5")
    assert database_config(tmp_path / "unused.sqlite3")["OPTIONS"]["connect_timeout"] == 5


def test_the_log_says_once_that_redis_is_lost_without_its_password(settings, caplog):
    settings.CACHES = {"default": {"BACKEND": "django_redis.cache.RedisCache",
                                   "LOCATION": "redis://:mat-khau-bi-mat@127.0.0.1:1/0",
                                   "OPTIONS": {"CLIENT_CLASS": "portal.cache.CircuitBreakerClient",
                                               "IGNORE_EXCEPTIONS": True, "BREAKER_SECONDS": 60}}}
    reset_breakers()
    with caplog.at_level("WARNING", logger="portal.cache"):
        for n in range(50):
            assert cache.get(f"key-{n}") is None
            assert cache.add(f"key-{n}", 1) is None  # "could not tell", which the callers handle
    warnings = [record.getMessage() for record in caplog.records if record.name == "portal.cache"]
    assert len(warnings) == 1
    assert "redis://127.0.0.1:1/0 cannot be reached" in warnings[0] and "mat-khau" not in warnings[0]


# --- PostgreSQL ------------------------------------------------------------------------------


def failing_page(request):
    raise OperationalError("server closed the connection unexpectedly")


urlpatterns = [
    path("mat-ket-noi/", failing_page),
    path("api/v2/mat-ket-noi/", failing_page),
] + portal_urls.urlpatterns
handler500 = portal_urls.handler500


@pytest.mark.django_db
def test_a_view_that_loses_the_database_answers_503_not_500(client, settings):
    from django.core.signals import got_request_exception

    settings.ROOT_URLCONF = __name__
    client.raise_request_exception = False
    reported = []

    def receiver(**kwargs):
        reported.append(kwargs)

    got_request_exception.connect(receiver)
    try:
        page = client.get("/mat-ket-noi/")
        api = client.get("/api/v2/mat-ket-noi/")
    finally:
        got_request_exception.disconnect(receiver)
    assert page.status_code == 503 and page["Retry-After"] == "30"
    assert page["Content-Type"].startswith("text/html")
    assert "Tạm thời gián đoạn" in page.content.decode()
    assert api.status_code == 503 and api["Retry-After"] == "30"
    assert api.json() == {"message": "Cổng thông tin tạm thời gián đoạn. Xin vui lòng thử lại sau ít phút."}
    assert reported == []  # Django's 500 handling never saw it


class LosesTheDatabaseMiddleware:
    """A middleware that needs the database (as sessions, redirects and sign-in throttling do)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        raise OperationalError("server closed the connection unexpectedly")


@pytest.mark.django_db
def test_a_middleware_that_loses_the_database_answers_503_not_500(client, settings):
    settings.MIDDLEWARE = [*settings.MIDDLEWARE, f"{__name__}.LosesTheDatabaseMiddleware"]
    client.raise_request_exception = False
    page = client.get("/tin-tuc/")
    api = client.get("/api/v2/pages/")
    assert page.status_code == 503 and page["Retry-After"] == "30"
    assert "Tạm thời gián đoạn" in page.content.decode()
    assert api.status_code == 503 and api.json()["message"].startswith("Cổng thông tin tạm thời gián đoạn")


@pytest.fixture
def wagtail_rows(transactional_db):
    """The rows Wagtail's migrations make, which an earlier transactional test's flush removed
    (as in tests/browser/conftest.py: serialized_rollback clashes with post_migrate's content types)."""
    ensure_wagtail_base_rows()


@pytest.fixture
def database_behind_proxy(settings, wagtail_rows):
    """The default connection goes through a proxy the test can cut; restored (and reconnected) after."""
    conn = connections["default"]
    saved = {key: conn.settings_dict.get(key) for key in ("HOST", "PORT")}
    saved_options = dict(conn.settings_dict.get("OPTIONS", {}))
    proxy = TcpProxy(saved["HOST"] or "127.0.0.1", int(saved["PORT"] or 5432)).start()
    conn.close()
    conn.settings_dict.update(HOST="127.0.0.1", PORT=str(proxy.port))
    conn.settings_dict["OPTIONS"] = {**saved_options, "connect_timeout": 2}
    settings.DATABASE_RETRY_SECONDS = 1
    settings.ANALYTICS_RETRY_SECONDS = 1
    yield proxy
    proxy.stop()
    conn.close()
    conn.settings_dict.update(saved)
    conn.settings_dict["OPTIONS"] = saved_options
    pending_views.clear()


def served(client, url, **extra):
    """One request as a WSGI server runs it: Django closes broken connections at its start and end."""
    close_old_connections()
    try:
        return client.get(url, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=visitor_ip(extra.pop("visitor", 0)),
                          HTTP_USER_AGENT=BROWSER, **extra)
    finally:
        close_old_connections()


@needs_postgresql
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("shared_cache", [False, True], ids=["local-memory cache", "redis"])
def test_while_postgresql_is_away_kept_pages_are_served_and_the_rest_answers_503(
        request, shared_cache, database_behind_proxy, pages):
    if shared_cache:
        if RedisServer.binary is None:
            pytest.skip("needs the redis-server program")
        request.getfixturevalue("redis_cache")
    client = Client()
    kept, other = pages
    assert served(client, kept.url)["X-Page-Cache"] == "miss"
    assert served(client, kept.url)["X-Page-Cache"] == "hit"

    database_behind_proxy.cut()
    page = served(client, kept.url, visitor=1)
    assert page.status_code == 200 and page["X-Page-Cache"] == "hit"
    assert kept.title in page.content.decode() and 'class="access-stats"' in page.content.decode()
    missing = served(client, other.url)
    assert missing.status_code == 503 and missing["Retry-After"] == "30"
    assert "Tạm thời gián đoạn" in missing.content.decode()
    api = served(client, "/api/v2/pages/?type=newsroom.NewsPage")
    assert api.status_code == 503 and api["Retry-After"] == "30"
    assert api.json()["message"].startswith("Cổng thông tin tạm thời gián đoạn")
    assert served(client, kept.url, visitor=2).status_code == 200
    assert pending_views.views  # the views of the kept page wait in memory

    database_behind_proxy.restore()
    time.sleep(1.1)  # DATABASE_RETRY_SECONDS and ANALYTICS_RETRY_SECONDS of this test
    assert served(client, other.url).status_code == 200
    assert served(client, "/api/v2/pages/?type=newsroom.NewsPage").status_code == 200
    assert served(client, kept.url, visitor=3).status_code == 200
    # Visitors 1 and 2, who came while the database was away, are counted now, once.
    assert served(client, kept.url, visitor=2).status_code == 200
    assert hits_of(kept) == total_of(kept) == 4
    assert not pending_views.views


@needs_postgresql
@pytest.mark.slow
@pytest.mark.django_db(transaction=True)
def test_a_database_host_that_does_not_answer_costs_a_request_the_connect_timeout_not_a_hang(
        database_behind_proxy, pages):
    client = Client()
    kept, other = pages
    served(client, kept.url)
    database_behind_proxy.blackhole()  # connections accepted, nothing answered
    started = time.perf_counter()
    missing = served(client, other.url)
    assert missing.status_code == 503
    assert time.perf_counter() - started < 4.5  # one connect_timeout of 2 s, not two, and no hang
    # Kept pages do not wait for it: the version read last stands in, the view waits in memory.
    started = time.perf_counter()
    assert served(client, kept.url, visitor=1).status_code == 200
    assert time.perf_counter() - started < 1
    database_behind_proxy.restore()
    time.sleep(1.1)
    assert served(client, other.url).status_code == 200
    assert hits_of(kept) == 2  # the view kept in memory is written
