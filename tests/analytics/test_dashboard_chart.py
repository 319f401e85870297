"""The dashboard's views chart at a glance: dates below, a round scale, figures on hover and for screen readers."""

import datetime
import re

import pytest
from django.core.cache import cache
from django.utils import timezone

from analytics.dashboard import chart_bars, chart_scale, scale_step
from tests.analytics.conftest import visit


@pytest.mark.parametrize(("peak", "top"), [(0, 4), (1, 4), (3, 4), (7, 8), (40, 40), (41, 80), (169, 200),
                                           (1248, 2000), (678659, 800000)])
def test_the_scale_ends_on_a_round_figure_above_the_peak(peak, top):
    assert scale_step(peak) * 4 == top


def thirty_days(views_of):
    first = datetime.date(2026, 11, 2)
    return [(first + datetime.timedelta(days=i), views_of(i)) for i in range(30)]


def test_bars_grow_with_views_and_dates_fall_on_today_and_every_week_before():
    bars, top = chart_bars(thirty_days(lambda i: i * 5))
    assert top == 200
    assert bars[0]["height"] == 0 and bars[-1]["height"] > bars[15]["height"] > 0
    labelled = [bar["day"].strftime("%d/%m") for bar in bars if bar["labelled"]]
    assert labelled == ["03/11", "10/11", "17/11", "24/11", "01/12"]
    assert [tick["value"] for tick in chart_scale(top)] == [0, 50, 100, 150, 200]


@pytest.mark.django_db
def test_dashboard_chart_has_dates_scale_hover_figures_and_a_table(admin_client, client, news, other_news):
    visit(client, news.url, ip="203.0.113.1")
    visit(client, news.url, ip="203.0.113.2")
    visit(client, other_news.url)
    cache.clear()
    html = admin_client.get("/admin/").content.decode()
    svg = re.search(r'<svg class="analytics-chart".*?</svg>', html, re.S).group(0)
    assert 'aria-hidden="true"' in svg
    assert svg.count("<rect") == 30
    today = timezone.localdate()
    assert f"<title>{today:%d/%m/%Y}: 3 lượt xem</title>" in svg
    texts = re.findall(r"<text[^>]*>([^<]+)</text>", svg)
    assert f"{today:%d/%m}" in texts  # today's date under the last bar
    assert {"0", "1", "2", "3", "4"} <= set(texts)  # the scale
    table = re.search(r'<table class="w-sr-only">.*?</table>', html, re.S).group(0)
    assert "Lượt xem mỗi ngày, 30 ngày qua" in table
    assert len(re.findall(r'<th scope="row">', table)) == 30
    assert f'<th scope="row">{today:%d/%m/%Y}</th><td>3</td>' in table
    assert "3 lượt xem trong 30 ngày; ngày cao nhất: 3 lượt xem." in html


@pytest.mark.django_db
def test_dashboard_says_so_when_there_are_no_views(admin_client):
    cache.clear()
    html = admin_client.get("/admin/").content.decode()
    assert "Chưa có lượt xem nào trong 30 ngày qua." in html and "<rect" not in html
