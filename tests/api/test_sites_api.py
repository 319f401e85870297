"""A province installation through the API: each site's members, and pages of several sites at once."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from tests.council_sites import HOST_A, HOST_B, PROVINCE_HOST, add_site_news, build_province, member_of

MEMBERS = "/api/v2/council-members/"
PAGES = "/api/v2/pages/"
NEWS = "/api/v2/pages/?type=newsroom.NewsPage"


@pytest.fixture(autouse=True)
def provincial_hosts(settings, wagtail_base_rows):
    settings.ALLOWED_HOSTS = [".songlam.test", "testserver"]


@pytest.fixture
def province(db):
    sites, councils = build_province()
    members = {key: member_of(council, name) for key, council, name in [
        ("province", councils["province"], "Trần Văn Tỉnh"),
        ("a", councils["a"], "Nguyễn Thị Tân Phong"),
        ("b", councils["b"], "Lê Văn Lam Sơn"),
    ]}
    return {"sites": sites, "councils": councils, "members": members}


def get(client, url, host, status=200):
    response = client.get(url, HTTP_HOST=host, secure=True)
    assert response.status_code == status, response.content[:300]
    return response.json()


def names(client, host, query=""):
    return {item["name"] for item in get(client, MEMBERS + query, host)["items"]}


# --- Members belong to councils ------------------------------------------------------------


def test_a_commune_host_lists_only_its_own_councils_members(client, province):
    assert names(client, HOST_A) == {"Nguyễn Thị Tân Phong"}
    assert names(client, HOST_B) == {"Lê Văn Lam Sơn"}


def test_the_province_host_lists_its_own_and_its_communes_members(client, province):
    assert names(client, PROVINCE_HOST) == {"Trần Văn Tỉnh", "Nguyễn Thị Tân Phong", "Lê Văn Lam Sơn"}
    assert names(client, PROVINCE_HOST, "?council=xa-tan-phong") == {"Nguyễn Thị Tân Phong"}


def test_council_filter_narrows_within_the_site_and_never_reaches_another_commune(client, province):
    assert names(client, HOST_A, "?council=phuong-lam-son") == set()
    other = province["members"]["b"]
    get(client, f"{MEMBERS}{other.pk}/", HOST_A, status=404)


def test_a_site_whose_directory_names_no_council_lists_every_member(client, province):
    from councils.models import MemberDirectoryPage

    directory = MemberDirectoryPage.objects.descendant_of(province["sites"]["a"].root_page).get()
    directory.council = None
    directory.save_revision().publish()

    assert names(client, HOST_A) == {"Trần Văn Tỉnh", "Nguyễn Thị Tân Phong", "Lê Văn Lam Sơn"}


def test_members_html_url_is_on_the_asking_sites_directory(client, province):
    item = get(client, MEMBERS, HOST_A)["items"][0]
    assert item["meta"]["html_url"].startswith(f"https://{HOST_A}/dai-bieu/")
    on_province = {i["name"]: i["meta"]["html_url"] for i in get(client, MEMBERS, PROVINCE_HOST)["items"]}
    assert on_province["Nguyễn Thị Tân Phong"].startswith(f"https://{PROVINCE_HOST}/dai-bieu/")


def test_a_commune_directory_page_shows_only_its_members(client, province):
    page = client.get("/dai-bieu/", HTTP_HOST=HOST_A, secure=True).content.decode()
    assert "Nguyễn Thị Tân Phong" in page
    assert "Lê Văn Lam Sơn" not in page and "Trần Văn Tỉnh" not in page


# --- Pages of several sites -----------------------------------------------------------------


def site_ids(province, *keys):
    return ",".join(str(province["sites"][key].pk) for key in keys)


def titles_and_sites(client, query, host=PROVINCE_HOST):
    items = get(client, f"{NEWS}&{query}" if query else NEWS, host)["items"]
    return {(item["title"], item["meta"]["site"]["hostname"]) for item in items}


@pytest.fixture
def news(province):
    for key, title in [("province", "Tin của tỉnh"), ("a", "Tin xã Tân Phong"), ("b", "Tin phường Lam Sơn")]:
        add_site_news(province["sites"][key], title)
    return province


def test_without_site_a_listing_is_the_requests_site_and_names_it(client, news):
    assert titles_and_sites(client, "", host=HOST_A) == {("Tin xã Tân Phong", HOST_A)}
    item = get(client, NEWS, HOST_A)["items"][0]
    site = news["sites"]["a"]
    assert item["meta"]["site"] == {"id": site.pk, "hostname": HOST_A, "name": site.site_name}


def test_site_reads_one_several_or_all_sites(client, news):
    assert titles_and_sites(client, f"site={site_ids(news, 'b')}", host=HOST_A) == {("Tin phường Lam Sơn", HOST_B)}
    assert titles_and_sites(client, f"site={site_ids(news, 'a', 'b')}") == {
        ("Tin xã Tân Phong", HOST_A), ("Tin phường Lam Sơn", HOST_B)}
    assert titles_and_sites(client, "site=all") == {
        ("Tin của tỉnh", PROVINCE_HOST), ("Tin xã Tân Phong", HOST_A), ("Tin phường Lam Sơn", HOST_B)}


def test_site_by_host_name_still_works(client, news):
    assert titles_and_sites(client, f"site={HOST_B}") == {("Tin phường Lam Sơn", HOST_B)}


def test_a_page_of_another_site_is_found_in_detail_only_when_that_site_is_asked_for(client, news):
    page = add_site_news(news["sites"]["b"], "Tin chi tiết")
    get(client, f"{PAGES}{page.pk}/", HOST_A, status=404)
    item = get(client, f"{PAGES}{page.pk}/?site={site_ids(news, 'b')}", HOST_A)
    assert item["meta"]["site"]["hostname"] == HOST_B


def test_drafts_and_private_pages_of_other_sites_stay_out(client, news):
    add_site_news(news["sites"]["a"], "Nháp xã", publish=False)
    private = add_site_news(news["sites"]["b"], "Riêng tư phường")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="x")

    titles = {title for title, _host in titles_and_sites(client, "site=all")}
    assert "Nháp xã" not in titles and "Riêng tư phường" not in titles


def test_an_unknown_site_is_a_404_naming_it_in_vietnamese(client, news):
    body = get(client, f"{NEWS}&site={site_ids(news, 'a')},99999", PROVINCE_HOST, status=404)
    assert body["message"] == "Không có trang web với mã số 99999."
    body = get(client, f"{NEWS}&site=khong-co.songlam.test", PROVINCE_HOST, status=404)
    assert "khong-co.songlam.test" in body["message"]


@pytest.mark.parametrize("value", ["1,,2", ",1", "all,1", "-1", "1;2", "a b", "1," + ",".join(["2"] * 100),
                                   "2147483648", "9223372036854775808", "1000000000,3000000000"])
def test_a_malformed_site_is_a_400_in_vietnamese(client, news, value):
    body = get(client, f"{NEWS}&site={value}", PROVINCE_HOST, status=400)
    assert "trang web" in body["message"] or "tên miền" in body["message"]


def test_a_site_named_twice_is_a_400(client, news):
    body = get(client, f"{NEWS}&site={site_ids(news, 'a', 'a')}", PROVINCE_HOST, status=400)
    assert body["message"] == "Một trang web được nêu hai lần."


def count_queries(client, url):
    client.get(url, HTTP_HOST=PROVINCE_HOST, secure=True)  # warm what is kept per content version
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, HTTP_HOST=PROVINCE_HOST, secure=True)
    assert response.status_code == 200
    return len(queries), len(response.json()["items"])


def test_queries_of_a_listing_across_sites_do_not_grow_with_its_items(client, news):
    url = f"{NEWS}&site=all&fields=*"
    few, listed = count_queries(client, url + "&limit=2")
    assert listed == 2
    for n in range(3):
        add_site_news(news["sites"]["a"], f"Tin thêm xã {n}")
        add_site_news(news["sites"]["b"], f"Tin thêm phường {n}")
    many, listed = count_queries(client, url + "&limit=6")
    assert listed == 6
    assert many == few <= 12, few
