"""What a commune's host serves never shows another commune's content: pages, API, feeds, sitemap, search, counter."""

from ipaddress import ip_address

import pytest
from django.core.cache import cache
from django.test import Client

from analytics.recording import record_view, reset_memos
from tests.analytics.conftest import BROWSER
from tests.council_sites import HOST_A, HOST_B, add_site_news, build_province

pytestmark = pytest.mark.django_db

A_TITLE = "Xã Tân Phong giám sát công trình nước sạch"
B_TITLE = "Phường Lam Sơn giám sát chợ đầu mối"


@pytest.fixture
def two_communes(settings, wagtail_base_rows):
    settings.ALLOWED_HOSTS = [".hdnd.songlam.test", "testserver"]
    reset_memos()
    cache.clear()  # figures are cached by site id, and ids come again after a test's rollback
    sites, _councils = build_province()
    pages = {"a": add_site_news(sites["a"], A_TITLE), "b": add_site_news(sites["b"], B_TITLE)}
    return sites, pages


def text(host, path):
    response = Client().get(path, HTTP_HOST=host, HTTP_USER_AGENT=BROWSER)
    assert response.status_code == 200, (host, path, response.status_code)
    return response.content.decode()


@pytest.mark.parametrize("path", ["/", "/tin-tuc/", "/tin-tuc/rss/", "/tim-kiem/?q=giam+sat",
                                  "/api/v2/pages/?type=newsroom.NewsPage&fields=title",
                                  "/api/v2/pages/?search=giam+sat"])
def test_a_communes_host_shows_its_own_news_and_never_another_communes(two_communes, path):
    a_sees, b_sees = text(HOST_A, path), text(HOST_B, path)
    assert A_TITLE in a_sees and B_TITLE not in a_sees
    assert B_TITLE in b_sees and A_TITLE not in b_sees


def test_a_communes_sitemap_lists_its_own_pages_only(two_communes):
    _sites, pages = two_communes
    a_sees, b_sees = text(HOST_A, "/sitemap.xml"), text(HOST_B, "/sitemap.xml")
    assert f"https://{HOST_A}/tin-tuc/{pages['a'].slug}/" in a_sees and pages["b"].slug not in a_sees
    assert f"https://{HOST_B}/tin-tuc/{pages['b'].slug}/" in b_sees and pages["a"].slug not in b_sees


def test_another_communes_page_is_not_found_on_a_communes_host(two_communes):
    sites, pages = two_communes
    assert Client().get(pages["b"].url_path[len(sites["b"].root_page.url_path) - 1:], HTTP_HOST=HOST_A,
                        HTTP_USER_AGENT=BROWSER).status_code == 404
    assert Client().get(f"/api/v2/pages/{pages['b'].pk}/", HTTP_HOST=HOST_A).status_code == 404


def test_each_communes_counter_counts_its_own_views(two_communes):
    sites, pages = two_communes
    for n in range(3):
        record_view(pages["a"].content_type_id, pages["a"].pk, ip_address(f"203.0.113.{n + 1}"), BROWSER, sites["a"].pk)
    record_view(pages["b"].content_type_id, pages["b"].pk, ip_address("198.51.100.1"), BROWSER, sites["b"].pk)
    stats_a = Client().get("/api/v2/stats/", HTTP_HOST=HOST_A).json()
    stats_b = Client().get("/api/v2/stats/", HTTP_HOST=HOST_B).json()
    assert (stats_a["site"]["id"], stats_a["today"], stats_a["all_time"]) == (sites["a"].pk, 3, 3)
    assert (stats_b["site"]["id"], stats_b["today"], stats_b["all_time"]) == (sites["b"].pk, 1, 1)
    assert [item["title"] for item in stats_a["most_viewed"]["last_7_days"]] == [A_TITLE]
