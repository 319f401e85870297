"""analytics with Wagtail alone: a page view is counted once per visitor, and the counter shows it."""

import re

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from hitcount.models import Hit, HitCount

BROWSER = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36"


def visit(client, page, ip):
    return client.get("/", REMOTE_ADDR=ip, HTTP_USER_AGENT=BROWSER)


def test_a_wagtail_page_is_counted_once_per_visitor_and_the_counter_shows_it(client, site_page):
    cache.clear()
    for ip in ("203.0.113.10", "203.0.113.10", "198.51.100.7"):
        assert visit(client, site_page, ip).status_code == 200
    content_type = ContentType.objects.get_for_model(site_page)
    assert HitCount.objects.get(content_type=content_type, object_pk=site_page.pk).hits == 2
    assert Hit.objects.count() == 2
    cache.clear()  # the counter's figures are cached for a few seconds
    html = visit(client, site_page, "192.0.2.1").content.decode()
    figures = dict(re.findall(r"<dt>([^<]+)</dt><dd>([^<]+)</dd>", html))
    # The page is drawn before its own view is recorded: the two visitors before this one.
    assert figures["Hôm nay"] == "2" and figures["Tất cả"] == "2"
    assert "Thống kê truy cập" in html


def test_robots_are_not_counted(client, site_page):
    cache.clear()
    client.get("/", REMOTE_ADDR="203.0.113.20", HTTP_USER_AGENT="Googlebot/2.1 (+http://www.google.com/bot.html)")
    assert Hit.objects.count() == 0


def test_the_sites_compared_report_draws_the_sites_views(client, site_page, admin_user):
    cache.clear()
    visit(client, site_page, "203.0.113.30")
    client.force_login(admin_user)
    html = client.get("/admin/analytics/sites/").content.decode()
    assert "So sánh lượt xem các đơn vị" in html
    assert re.search(r'data-views="1">.*?class="analytics-comparison__bar"[^>]* width="640(?:\.0)?"', html, re.S)
