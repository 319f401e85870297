"""The sites compared: every site's figures side by side in the API, and as bars in the admin."""

import re
from ipaddress import ip_address

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import GroupPagePermission, Page, Site

from analytics.admin_comparison import chart_rows
from analytics.models import AnalyticsSettings
from analytics.recording import record_view
from tests.analytics.conftest import BROWSER, local

# Wednesday 4 March 2026, 10:00 in Asia/Ho_Chi_Minh: the week began on Monday the 2nd.
NOW = local(2026, 3, 4, 10, 0)
_next_ip = iter(range(1, 60000))


@pytest.fixture(autouse=True)
def fixed_now(monkeypatch):
    monkeypatch.setattr(timezone, "now", lambda: NOW)


def add_site(name, hostname):
    root = Page.get_first_root_node().add_child(instance=Page(title=name, slug=hostname.split(".")[0]))
    return Site.objects.create(hostname=hostname, port=80, root_page=root, site_name=name)


def views(site, count, when):
    page = site.root_page
    for _ in range(count):
        n = next(_next_ip)
        assert record_view(page.content_type_id, page.pk, ip_address(f"198.18.{n // 250}.{n % 250 + 1}"),
                           BROWSER, site.pk, now=when)


@pytest.fixture
def sites(home_page):
    province = Site.objects.get(is_default_site=True)
    province.site_name = "HĐND tỉnh Thử Nghiệm"
    province.save()
    tan_phong = add_site("HĐND xã Tân Phong", "xa-tan-phong.hdnd.example.vn")
    hoa_binh = add_site("HĐND phường Hòa Bình", "phuong-hoa-binh.hdnd.example.vn")
    views(tan_phong, 1, local(2026, 1, 10, 9))   # long ago: all time only
    views(tan_phong, 2, local(2026, 2, 20, 9))   # in the last 30 days, before this week
    views(tan_phong, 3, local(2026, 3, 4, 8))    # today
    views(hoa_binh, 7, local(2026, 3, 2, 15))    # Monday: this week
    views(province, 1, local(2026, 3, 4, 9))     # today
    AnalyticsSettings.objects.create(site=tan_phong, all_time_offset=1000)
    return {"province": province, "tan_phong": tan_phong, "hoa_binh": hoa_binh}


def compared(client):
    response = client.get("/api/v2/stats/?site=all")
    assert response.status_code == 200
    return response.json()["sites"]


def test_the_api_compares_every_site_most_viewed_first(client, sites):
    assert compared(client) == [
        {"site": {"id": sites["hoa_binh"].pk, "name": "HĐND phường Hòa Bình"},
         "today": 0, "week": 7, "all_time": 7, "views_last_30_days": 7},
        {"site": {"id": sites["tan_phong"].pk, "name": "HĐND xã Tân Phong"},
         "today": 3, "week": 3, "all_time": 1006, "views_last_30_days": 5},
        {"site": {"id": sites["province"].pk, "name": "HĐND tỉnh Thử Nghiệm"},
         "today": 1, "week": 1, "all_time": 1, "views_last_30_days": 1},
    ]


def test_the_comparison_agrees_with_each_sites_own_counter(client, sites):
    for item in compared(client):
        own = client.get(f"/api/v2/stats/?site={item['site']['id']}").json()
        assert (own["today"], own["week"], own["all_time"]) == (item["today"], item["week"], item["all_time"])


def test_the_comparison_matches_the_openapi_document(client, sites):
    from tests.api.test_openapi import openapi, validate

    document = openapi(client)
    validate(document, "/api/v2/stats/", client.get("/api/v2/stats/?site=all").json())
    site = next(p for p in document["paths"]["/api/v2/stats/"]["get"]["parameters"] if p["name"] == "site")
    assert {"type": "string", "enum": ["all"]} in site["schema"]["anyOf"]


def test_the_comparison_is_cached_briefly(client, sites):
    before = compared(client)
    views(sites["province"], 50, local(2026, 3, 4, 9, 30))
    assert compared(client) == before


def queries_of_a_comparison(client):
    # A first answer rolls up yesterday and warms Wagtail's own site lookup: not what is measured here.
    compared(client)
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        answer = compared(client)
    assert len(answer) == Site.objects.count()
    return len(queries)


def test_the_query_count_does_not_grow_with_the_number_of_sites(client, sites):
    three = queries_of_a_comparison(client)
    for n in range(9):
        views(add_site(f"HĐND xã Số {n}", f"xa-so-{n}.hdnd.example.vn"), n % 3 + 1, local(2026, 3, 4, 9))
    assert queries_of_a_comparison(client) == three
    assert three <= 12


@pytest.mark.parametrize("value", ["abc", "0", "-1", "ALL", "all,1", "1.5", "99999999999", "%D9%A1"])
def test_a_malformed_site_is_refused_in_vietnamese(client, home_page, value):
    response = client.get(f"/api/v2/stats/?site={value}")
    assert response.status_code == 400
    assert response.json() == {
        "message": 'site: Cần mã số của một trang web (số nguyên từ 1 đến 2147483647) hoặc "all".'}


def test_an_unknown_site_is_still_a_404(client, home_page):
    assert client.get("/api/v2/stats/?site=424242").status_code == 404


# --- the admin's chart --------------------------------------------------------------------------

CHART_URL = "/admin/analytics/sites/"


def bars(html):
    """{site name: (bar width, views)} as drawn."""
    rows = re.findall(r'data-site="([^"]+)" data-views="(\d+)">.*?class="analytics-comparison__bar"[^>]* '
                      r'width="([\d.]+)"', html, re.S)
    return {name: (float(width), int(shown)) for name, shown, width in rows}


def test_the_chart_draws_a_bar_per_site_longest_first(client, sites, admin_user):
    client.force_login(admin_user)
    response = client.get(CHART_URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert "So sánh lượt xem các đơn vị" in html
    drawn = bars(html)
    assert list(drawn) == ["HĐND phường Hòa Bình", "HĐND xã Tân Phong", "HĐND tỉnh Thử Nghiệm"]
    assert drawn["HĐND phường Hòa Bình"] == (640.0, 7)
    assert drawn["HĐND xã Tân Phong"] == (round(640 * 5 / 7, 1), 5)
    assert drawn["HĐND tỉnh Thử Nghiệm"] == (round(640 / 7, 1), 1)
    assert "5 lượt xem · hôm nay 3" in html
    # Screen readers get the same figures as a table.
    assert '<th scope="col">Đơn vị</th><th scope="col">30 ngày qua</th><th scope="col">Hôm nay</th>' in html
    assert '<th scope="row">HĐND xã Tân Phong</th><td>5</td><td>3</td>' in html


def commune_editor(django_user_model, site):
    group = Group.objects.create(name=f"Biên tập viên {site.site_name}")
    group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    GroupPagePermission.objects.create(group=group, page=site.root_page, permission_type="change")
    user = django_user_model.objects.create_user("bientap", "bientap@example.vn", "mat-khau-dai-1")
    user.groups.add(group)
    return user


def test_a_commune_editor_sees_only_their_own_site(client, sites, django_user_model):
    client.force_login(commune_editor(django_user_model, sites["tan_phong"]))
    response = client.get(CHART_URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert list(bars(html)) == ["HĐND xã Tân Phong"]
    assert "Hòa Bình" not in html and "tỉnh Thử Nghiệm" not in html


def test_the_provinces_office_given_the_permission_sees_every_site(client, sites, django_user_model):
    group = Group.objects.create(name="Văn phòng HĐND tỉnh")
    group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
                          Permission.objects.get(content_type__app_label="analytics", codename="view_dailysiteviews"))
    user = django_user_model.objects.create_user("vanphong", "vanphong@example.vn", "mat-khau-dai-1")
    user.groups.add(group)
    client.force_login(user)
    assert len(bars(client.get(CHART_URL).content.decode())) == 3


def test_the_permission_is_offered_in_the_group_editor(client, admin_user):
    client.force_login(admin_user)
    html = client.get("/admin/groups/new/").content.decode()
    permission = Permission.objects.get(content_type__app_label="analytics", codename="view_dailysiteviews")
    assert re.search(f'name="permissions" value="{permission.pk}"', html)


def test_an_editor_without_page_permissions_sees_no_site(client, sites, django_user_model):
    user = django_user_model.objects.create_user("khach", "khach@example.vn", "mat-khau-dai-1")
    user.user_permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    client.force_login(user)
    html = client.get(CHART_URL).content.decode()
    assert bars(html) == {} and "Bạn không được xem thống kê của đơn vị nào." in html


def test_past_twenty_sites_the_others_share_one_bar():
    items = [{"site": {"id": n, "name": f"Xã {n}"}, "views_last_30_days": 100 - n, "today": 1}
             for n in range(23)]
    rows = chart_rows(items)
    assert [row["name"] for row in rows[:20]] == [f"Xã {n}" for n in range(20)]
    assert len(rows) == 21
    assert (str(rows[20]["name"]), rows[20]["views"], rows[20]["today"], rows[20]["others"]) == (
        "các đơn vị khác", 80 + 79 + 78, 3, 3)


def test_the_dashboard_links_to_the_chart(client, sites, admin_user):
    client.force_login(admin_user)
    assert f'href="{CHART_URL}">So sánh lượt xem các đơn vị</a>' in client.get("/admin/").content.decode()
