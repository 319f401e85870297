"""What editors see: the dashboard panel and the reports."""

import csv
import io

from hitcount.models import BlacklistIP

from tests.analytics.conftest import visit


def test_dashboard_shows_figures_chart_and_top_pages(admin_client, client, news, other_news):
    visit(client, news.url, ip="203.0.113.1")
    visit(client, news.url, ip="203.0.113.2")
    visit(client, other_news.url)
    from django.core.cache import cache

    cache.clear()
    html = admin_client.get("/admin/").content.decode()
    assert "Thống kê truy cập" in html
    assert "<svg" in html and html.count("<rect") == 30
    assert news.title in html and other_news.title in html
    assert "Trong tháng" in html


def test_page_views_report_sorts_filters_and_exports(admin_client, client, news, other_news, home_page):
    visit(client, news.url, ip="203.0.113.1")
    visit(client, news.url, ip="203.0.113.2")
    visit(client, other_news.url)
    visit(client, "/")
    index = "/admin/hitcount/hitcount/"
    response = admin_client.get(index)
    assert response.status_code == 200
    html = response.content.decode()
    assert html.index(news.title) < html.index(other_news.title)
    from django.contrib.contenttypes.models import ContentType

    from home.models import HomePage

    home_type = ContentType.objects.get_for_model(HomePage).pk
    html = admin_client.get(f"{index}?type={home_type}").content.decode()
    assert home_page.title in html and news.title not in html
    html = admin_client.get(f"{index}?period=7d&o=3").content.decode()
    assert news.title in html
    export = admin_client.get(f"{index}?period=today&export=csv")
    assert export.status_code == 200
    rows = list(csv.reader(io.StringIO(b"".join(export.streaming_content).decode("utf-8-sig"))))
    assert len(rows) == 4
    titles = {row[0]: row for row in rows[1:]}
    assert titles[news.title][2:4] == ["2", "2"]


def test_page_views_report_shrugs_off_bad_parameters(admin_client, news):
    for query in ("period=forever", "type=abc", "o=xyz", "p=abc"):
        assert admin_client.get(f"/admin/hitcount/hitcount/?{query}").status_code in (200, 302)


def test_block_lists_are_listed_for_editors(admin_client):
    BlacklistIP.objects.create(ip="198.51.100.0/24")
    assert "198.51.100.0/24" in admin_client.get("/admin/hitcount/blacklistip/").content.decode()
    assert admin_client.get("/admin/hitcount/blacklistuseragent/").status_code == 200
    assert admin_client.get("/admin/analytics/partnerkey/").status_code == 200


def test_counters_cannot_be_edited_by_hand(admin_client, client, news):
    visit(client, news.url)
    from hitcount.models import HitCount

    counter = HitCount.objects.get()
    response = admin_client.get(f"/admin/hitcount/hitcount/edit/{counter.pk}/")
    assert response.status_code in (302, 403)  # Wagtail answers "permission denied" with a redirect
    assert response.status_code == 403 or response["Location"] == "/admin/"
