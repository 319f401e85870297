"""The benchmark's ceiling exists only under its own URLs and middleware (bench/settings.py)."""

import pytest
from django.conf import settings as django_settings
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36"


def bench_middleware():
    """MIDDLEWARE as bench/settings.py makes it (that module needs production's environment to import)."""
    replaced = {"delivery.page_cache.PageCacheMiddleware": "bench.middleware.BenchPageCacheMiddleware",
                "portal.restrictions.ReaderMemoMiddleware": "bench.middleware.BenchReaderMemoMiddleware"}
    return [replaced.get(name, name) for name in django_settings.MIDDLEWARE]


@pytest.mark.django_db
def test_the_product_has_no_ceiling(client, home_page):
    assert client.get("/bench/ok/").status_code == 404


@pytest.mark.django_db
def test_the_benchmark_serves_its_ceiling_past_the_page_cache_and_the_portal_through_it(client, home_page, settings):
    assert "delivery.page_cache.PageCacheMiddleware" in settings.MIDDLEWARE
    settings.ROOT_URLCONF = "bench.urls"
    settings.MIDDLEWARE = bench_middleware()
    settings.PAGE_CACHE_ENABLED = True
    cache.clear()

    for _ in range(2):
        with CaptureQueriesContext(connection) as ctx:
            ceiling = client.get("/bench/ok/", HTTP_USER_AGENT=BROWSER)
        assert ctx.captured_queries == []  # the cheapest answer: not even the content version
        assert ceiling.status_code == 200
        assert ceiling.content == b"ok"
        assert "X-Page-Cache" not in ceiling

    first = client.get("/", HTTP_USER_AGENT=BROWSER)
    second = client.get("/", HTTP_USER_AGENT=BROWSER)
    assert first.status_code == second.status_code == 200
    assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit")
    assert home_page.title in second.content.decode()
