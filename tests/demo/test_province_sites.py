"""The demo as a province installation: three commune sites on *.localhost, their news and members,
the archive of a dissolved district council imported into the commune that inherited it.

The demo is loaded once for the module, inside a transaction rolled back at the end (as in
tests/demo/test_newsroom.py); each test runs in a savepoint within it.
"""

import html

import pytest
from django.apps import apps
from wagtail.models import Revision, Site

from demo.commune_news import COMMUNE_STORIES
from home.models import PortalSettings
from newsroom.models import ConferencePage, NewsPage
from tests.demo.conftest import load

PORT = 8000
COMMUNES = {  # host: (council slug, council name, its chair)
    "xa-tan-phong.localhost": ("xa-tan-phong", "Hội đồng nhân dân xã Tân Phong", "Võ Đình Khải"),
    "phuong-lam-son.localhost": ("phuong-lam-son", "Hội đồng nhân dân phường Lam Sơn", "Lê Thị Bích Thủy"),
    "xa-song-hoa.localhost": ("xa-song-hoa", "Hội đồng nhân dân xã Sông Hoa", "Lò Văn Thạch"),
}
ARCHIVE_TITLES = {
    "Kỳ họp thứ Tám HĐND huyện Tân Phong khóa XXI thông qua 12 nghị quyết",
    "Thường trực HĐND huyện giám sát công tác tiếp công dân tại xã Phong Mỹ",
    "Đại biểu HĐND huyện Tân Phong tiếp xúc cử tri xã Tân Hòa",
    "Hội nghị tổng kết công tác giám sát năm 2024 của HĐND huyện Tân Phong",
}


@pytest.fixture
def localhost_subdomains(settings):
    """What ALLOWED_HOSTS needs for the communes' hosts (the test settings allow localhost only)."""
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, ".localhost"]


def get(client, host, path="/"):
    return client.get(path, HTTP_HOST=f"{host}:{PORT}", SERVER_PORT=str(PORT))


def text_of(response):
    assert response.status_code == 200
    return html.unescape(response.content.decode())


def titles_of(council_slug):
    return [story.title for story in COMMUNE_STORIES if story.council == council_slug]


@pytest.mark.django_db
def test_demo_makes_a_site_for_each_commune_on_its_own_localhost_host(demo):
    sites = Site.objects.filter(hostname__in=COMMUNES)
    assert sorted((site.hostname, site.port) for site in sites) == sorted((host, PORT) for host in COMMUNES)
    for site in sites:
        assert PortalSettings.for_site(site).council.slug == COMMUNES[site.hostname][0]
        assert not site.is_default_site
    # The loader says where they are.
    for host in COMMUNES:
        assert f"http://{host}:{PORT}/" in demo


@pytest.mark.django_db
def test_each_commune_home_shows_its_council_and_its_own_news_only(demo, client, localhost_subdomains):
    for host, (slug, council_name, _chair) in COMMUNES.items():
        page = text_of(get(client, host))
        assert council_name in page
        assert all(title in page for title in titles_of(slug))
        others = [title for other, _n, _c in COMMUNES.values() if other != slug for title in titles_of(other)]
        assert not any(title in page for title in others)


@pytest.mark.django_db
def test_each_commune_directory_lists_its_own_council_members(demo, client, localhost_subdomains):
    chairs = {chair for _slug, _name, chair in COMMUNES.values()}
    for host, (_slug, _name, chair) in COMMUNES.items():
        page = text_of(get(client, host, "/dai-bieu/"))
        assert chair in page
        assert not any(other in page for other in chairs - {chair})


@pytest.mark.django_db
def test_xa_tan_phong_holds_the_archive_of_the_dissolved_district_council(demo, client, localhost_subdomains):
    tan_phong = Site.objects.get(hostname="xa-tan-phong.localhost").root_page
    archive = NewsPage.objects.live().descendant_of(tan_phong).filter(council__slug="huyen-tan-phong")
    assert set(archive.values_list("title", flat=True)) == ARCHIVE_TITLES
    assert all(page.source_url.startswith("http://hdnd.tanphong.lamgiang.example.vn/") for page in archive)
    assert not NewsPage.objects.filter(source_url__gt="").exclude(pk__in=archive).exists()

    report = ConferencePage.objects.descendant_of(tan_phong).get(title__startswith="Hội nghị tổng kết")
    assert [chair.member.full_name for chair in report.chairs.all()] == ["Võ Đình Khải"]
    figures = [block.value for block in report.body if block.block_type == "statistic" and block.value["breakdown"]]
    assert [(f["value"], [p["value"] for p in f["breakdown"]]) for f in figures] == [(14, [12, 2])]
    assert any(block.block_type == "photo" for block in report.body)

    page = text_of(get(client, "xa-tan-phong.localhost", report.get_url_parts()[2]))
    assert "Võ Đình Khải" in page and "block-statistic" in page and "cuộc giám sát" in page


@pytest.mark.django_db
def test_province_home_lists_news_from_its_communes(demo, client):
    page = text_of(client.get("/"))
    section = page.split('class="home-communes"', 1)[1].split("</section>", 1)[0]
    for host, (slug, council_name, _chair) in COMMUNES.items():
        assert council_name in section
        assert f"http://{host}:{PORT}/tin-tuc/" in section
        assert any(title in section for title in titles_of(slug))


@pytest.mark.django_db
def test_second_load_changes_nothing_in_the_province_installation(demo):
    before = {model._meta.label: model.objects.count() for model in apps.get_models()}
    revisions = list(Revision.objects.values_list("pk", flat=True))
    load()
    assert {model._meta.label: model.objects.count() for model in apps.get_models()} == before
    assert list(Revision.objects.values_list("pk", flat=True)) == revisions
