"""A commune's editor reads their commune's views in the admin, not another commune's."""

import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from analytics.dashboard import AccessStatisticsPanel
from tests.commune_editors import TITLES, VIEWS, add_views, editor_of, two_communes


@pytest.fixture(autouse=True)
def provincial_hosts(settings, wagtail_base_rows):
    settings.ALLOWED_HOSTS = [".songlam.test", "testserver"]


@pytest.fixture
def communes(db):
    return two_communes()


@pytest.fixture
def editor_a(client, communes):
    sites, _news = communes
    client.force_login(editor_of(sites["a"], "bientap-tanphong"))
    return client


def figures_of(html):
    """{label: number} of the dashboard panel's figures ("Hôm nay" → 3)."""
    panel = html[html.index('id="analytics-access-statistics-content"'):]
    pairs = re.findall(r"<dt>([^<]+)</dt><dd[^>]*>([\d.]+)</dd>", panel)
    return {label: int(value.replace(".", "")) for label, value in pairs}


def test_page_views_report_lists_only_the_editors_commune(editor_a):
    html = editor_a.get("/admin/hitcount/hitcount/").content.decode()
    assert TITLES["a"] in html
    assert TITLES["b"] not in html


def test_page_views_report_export_holds_only_the_editors_commune(editor_a):
    response = editor_a.get("/admin/hitcount/hitcount/?export=csv")
    text = b"".join(response.streaming_content).decode() if response.streaming else response.content.decode()
    assert TITLES["a"] in text
    assert TITLES["b"] not in text


def test_dashboard_shows_the_editors_commune_figures_and_pages(editor_a, communes):
    html = editor_a.get("/admin/").content.decode()
    figures = figures_of(html)
    assert figures["Hôm nay"] == VIEWS["a"]
    assert figures["Tất cả"] == VIEWS["a"]
    assert TITLES["a"] in html
    assert TITLES["b"] not in html
    assert "Số liệu của Cổng thông tin điện tử HĐND xã Tân Phong." in html


def test_a_superuser_sees_every_commune(admin_client, communes):
    report = admin_client.get("/admin/hitcount/hitcount/").content.decode()
    dashboard = admin_client.get("/admin/").content.decode()
    for html in (report, dashboard):
        assert TITLES["a"] in html
        assert TITLES["b"] in html
    assert figures_of(dashboard)["Hôm nay"] == VIEWS["a"] + VIEWS["b"]
    assert "Số liệu của" not in dashboard


def test_an_editor_of_two_communes_sees_their_sum(client, communes):
    sites, _news = communes
    editor = editor_of(sites["a"], "bientap-hai-xa")
    editor.groups.add(*editor_of(sites["b"], "bientap-lamson").groups.all())
    client.force_login(editor)
    html = client.get("/admin/").content.decode()
    assert figures_of(html)["Hôm nay"] == VIEWS["a"] + VIEWS["b"]
    assert "Số liệu cộng chung của 2 đơn vị" in html


def test_the_panels_figures_take_the_same_queries_for_one_site_or_many(communes):
    sites, news = communes

    def queries(site_ids):
        cache.clear()
        panel = AccessStatisticsPanel(site_ids)
        with CaptureQueriesContext(connection) as captured:
            panel.get_context_data({})
        return len(captured)

    every = {sites["a"].pk, sites["b"].pk, sites["province"].pk}
    queries(every)  # warm what Wagtail and Django keep in memory (content types, sites' root paths)
    one = queries({sites["a"].pk})
    add_views(news["a"], sites["a"], 2)
    assert queries(every) == one


def test_an_editor_with_rights_on_the_trees_root_sees_the_installation_unnamed(client, communes):
    from tests.admin_users import make_editor

    client.force_login(make_editor())
    html = client.get("/admin/").content.decode()
    assert figures_of(html)["Hôm nay"] == VIEWS["a"] + VIEWS["b"]
    assert "Số liệu" not in html
