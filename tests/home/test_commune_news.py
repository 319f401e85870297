""""Tin từ cơ sở": the province home shows its communes' latest news, each with the commune's name."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from home.aggregate import COMMUNE_NEWS_ON_HOME
from tests.council_sites import HOST_A, PROVINCE_HOST, add_site_news, build_province
from tests.newsroom.conftest import at

HEADING = "Tin từ cơ sở"


@pytest.fixture(autouse=True)
def provincial_hosts(settings, wagtail_base_rows):
    settings.ALLOWED_HOSTS = [".songlam.test", "testserver"]


@pytest.fixture
def sites(db):
    sites, _councils = build_province()
    return sites


def home(client, host):
    response = client.get("/", HTTP_HOST=host, secure=True)
    assert response.status_code == 200
    return response.content.decode()


def commune_section(html):
    match = re.search(r'<section class="home-communes".*?</section>', html, re.S)
    return match.group(0) if match else ""


def test_province_home_shows_communes_latest_news_with_their_names_and_links(client, sites):
    news_a = add_site_news(sites["a"], "Xã Tân Phong giám sát chợ", date=at(2026, 5, 2))
    add_site_news(sites["b"], "Phường Lam Sơn tiếp xúc cử tri", date=at(2026, 5, 1))
    add_site_news(sites["province"], "Tỉnh họp kỳ họp thứ nhất", date=at(2026, 5, 3))

    section = commune_section(home(client, PROVINCE_HOST))

    assert HEADING in section
    assert section.index("Xã Tân Phong giám sát chợ") < section.index("Phường Lam Sơn tiếp xúc cử tri")
    assert "Hội đồng nhân dân xã Tân Phong" in section and "Hội đồng nhân dân phường Lam Sơn" in section
    assert f'href="{news_a.get_full_url()}"' in section and news_a.get_full_url().startswith(f"https://{HOST_A}/")
    assert "Tỉnh họp kỳ họp thứ nhất" not in section  # the province's own news is in "Tin mới"


def test_only_the_latest_few_are_shown(client, sites):
    for n in range(COMMUNE_NEWS_ON_HOME + 2):
        add_site_news(sites["a"], f"Tin xã số {n}", date=at(2026, 4, 1 + n))

    section = commune_section(home(client, PROVINCE_HOST))

    assert section.count('class="commune-news__item"') == COMMUNE_NEWS_ON_HOME
    assert "Tin xã số 0<" not in section and f"Tin xã số {COMMUNE_NEWS_ON_HOME + 1}<" in section


def test_a_commune_home_shows_neither_the_province_nor_another_commune(client, sites):
    add_site_news(sites["province"], "Tin của tỉnh")
    add_site_news(sites["b"], "Tin phường Lam Sơn")

    html = home(client, HOST_A)

    assert HEADING not in html
    assert "Tin của tỉnh" not in html and "Tin phường Lam Sơn" not in html


def test_drafts_and_private_pages_of_communes_stay_out(client, sites):
    add_site_news(sites["a"], "Nháp của xã", publish=False)
    private = add_site_news(sites["b"], "Tin riêng tư của phường")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="x")
    add_site_news(sites["b"], "Tin công khai của phường")

    section = commune_section(home(client, PROVINCE_HOST))

    assert "Tin công khai của phường" in section
    assert "Nháp của xã" not in section and "Tin riêng tư của phường" not in section


def queries_of_home(client):
    home(client, PROVINCE_HOST)  # warm what is kept per content version
    with CaptureQueriesContext(connection) as queries:
        home(client, PROVINCE_HOST)
    return len(queries)


def test_queries_do_not_grow_with_the_communes_news(client, sites):
    add_site_news(sites["a"], "Tin xã 1")
    add_site_news(sites["b"], "Tin phường 1")
    few = queries_of_home(client)
    for n in range(2, 5):
        add_site_news(sites["a"], f"Tin xã {n}")
        add_site_news(sites["b"], f"Tin phường {n}")
    assert queries_of_home(client) == few, few
