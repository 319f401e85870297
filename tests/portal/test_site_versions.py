"""Per-site content versions: a publish on one commune's site leaves the other sites' cached pages alone.

A province installation serves the province portal and its communes' sites from one page cache.
Every cached page is kept under its site's content version (delivery.versions): a commune's
publish moves that commune's version, and the province's, whose home lists the communes' news;
never another commune's. What every site may show (a member, a council) moves all of them.
"""

import io

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.utils import timezone, translation
from wagtail.models import Site

from analytics.recording import reset_memos
from councils.models import CouncilMember
from newsroom.models import NewsIndexPage, NewsPage
from tests.analytics.conftest import BROWSER
from tests.factories import make_council

PROVINCE = "hdnd.songlam.test"
HOST_A = "xa-tan-phong.hdnd.songlam.test"
HOST_B = "phuong-lam-son.hdnd.songlam.test"

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings, wagtail_base_rows):
    settings.PAGE_CACHE_ENABLED = True
    settings.ALLOWED_HOSTS = [".songlam.test", "testserver"]
    cache.clear()
    reset_memos()
    yield settings
    cache.clear()
    reset_memos()


def add_council_site(**options):
    with translation.override("vi"):
        call_command("add_council_site", stdout=io.StringIO(), port=80, **options)


@pytest.fixture
def province_with_communes():
    make_council("Hội đồng nhân dân tỉnh Sông Lam", level="province", kind="province", slug="tinh-song-lam")
    add_council_site(council="tinh-song-lam", hostname=PROVINCE)
    for name, host in (("Tân Phong", HOST_A), ("Lam Sơn", HOST_B)):
        add_council_site(name=name, kind="commune" if host == HOST_A else "ward", parent="tinh-song-lam",
                         hostname=host)
    return {host: Site.objects.get(hostname=host) for host in (PROVINCE, HOST_A, HOST_B)}


def news_index(site):
    return NewsIndexPage.objects.descendant_of(site.root_page).get(slug="tin-tuc")


def publish_news(site, title):
    page = NewsPage(title=title, date=timezone.now(), summary="Tóm tắt.")
    news_index(site).add_child(instance=page)
    page.save_revision().publish()
    return page


def get(client, host, path="/"):
    return client.get(path, HTTP_HOST=host, HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="203.0.113.7")


def cached_state(client, sites, paths=("/", "/tin-tuc/", "/api/v2/pages/")):
    """Each site's pages, asked twice: the second answer says whether it came from the cache."""
    state = {}
    for host in sites:
        for path in paths:
            get(client, host, path)
            state[host, path] = get(client, host, path)["X-Page-Cache"]
    return state


def test_a_publish_on_one_commune_leaves_the_other_communes_pages_in_the_cache(client, province_with_communes):
    sites = province_with_communes
    for host in sites:
        publish_news(sites[host], f"Tin đầu tiên của {host}")
    assert set(cached_state(client, sites).values()) == {"hit"}

    page = publish_news(sites[HOST_A], "Xã Tân Phong họp Thường trực HĐND tháng 12")

    after = {key: get(client, *key) for key in [(h, p) for h in sites for p in ("/", "/tin-tuc/", "/api/v2/pages/")]}
    # Commune B's pages are still served from the cache: nothing of theirs changed.
    assert {p: after[HOST_B, p]["X-Page-Cache"] for p in ("/", "/tin-tuc/", "/api/v2/pages/")} == \
        {"/": "hit", "/tin-tuc/": "hit", "/api/v2/pages/": "hit"}
    # Commune A's are made again, with the new report in them.
    for path in ("/", "/tin-tuc/", "/api/v2/pages/"):
        assert after[HOST_A, path]["X-Page-Cache"] == "miss", path
        assert page.title in after[HOST_A, path].content.decode(), path
    # The province's home lists its communes' news: it is made again too.
    assert after[PROVINCE, "/"]["X-Page-Cache"] == "miss"


def test_an_api_answer_naming_other_sites_is_made_again_when_any_of_them_changes(client, province_with_communes):
    sites = province_with_communes
    path = "/api/v2/pages/?site=" + ",".join(str(site.pk) for site in sites.values())
    get(client, PROVINCE, path)
    first = get(client, PROVINCE, path)
    assert first.status_code == 200 and first["X-Page-Cache"] == "hit"
    publish_news(sites[HOST_B], "Phường Lam Sơn tiếp xúc cử tri")
    assert get(client, PROVINCE, path)["X-Page-Cache"] == "miss"


def test_a_draft_saved_leaves_every_site_in_the_cache(client, province_with_communes):
    sites = province_with_communes
    page = publish_news(sites[HOST_A], "Tin đã đăng")
    assert set(cached_state(client, sites).values()) == {"hit"}
    page.title = "Tiêu đề đang sửa, chưa đăng"
    page.save_revision()  # a draft: readers still see the published page
    keys = [(host, path) for host in sites for path in ("/", "/tin-tuc/", "/api/v2/pages/")]
    assert {key: get(client, *key)["X-Page-Cache"] for key in keys} == dict.fromkeys(keys, "hit")
    assert "Tiêu đề đang sửa" not in get(client, HOST_A, "/tin-tuc/").content.decode()


def test_what_every_site_may_show_moves_every_site(client, province_with_communes):
    sites = province_with_communes
    assert set(cached_state(client, sites).values()) == {"hit"}
    member = CouncilMember.objects.create(full_name="Đinh Minh Hà", live=True)
    member.save_revision().publish()
    assert {host: get(client, host)["X-Page-Cache"] for host in sites} == dict.fromkeys(sites, "miss")


def test_site_settings_move_only_their_site(client, province_with_communes):
    from home.models import PortalSettings

    sites = province_with_communes
    assert set(cached_state(client, sites, paths=("/",)).values()) == {"hit"}
    settings_a = PortalSettings.for_site(sites[HOST_A])
    settings_a.phone = "0238 3844 123"
    settings_a.save()
    assert {host: get(client, host)["X-Page-Cache"] for host in sites} == {PROVINCE: "hit", HOST_A: "miss",
                                                                          HOST_B: "hit"}
    assert "0238 3844 123" in get(client, HOST_A).content.decode()
