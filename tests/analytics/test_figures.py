"""The access counter's figures: exact across midnight and the week boundary, offset, pruning, rollups."""

import datetime
from ipaddress import ip_address

import pytest
from django.core.management import call_command
from django.utils import timezone
from hitcount.models import Hit, HitCount
from wagtail.models import Site

from analytics.management.commands.analytics_prune import prune_hits
from analytics.models import AnalyticsSettings, DailySiteViews
from analytics.recording import record_view
from analytics.stats import compute_figures, daily_views, most_viewed
from delivery.text import vietnamese_number
from tests.analytics.conftest import BROWSER, local, visit

_next_ip = iter(range(1, 60000))


def view(page, when, site_id):
    n = next(_next_ip)
    assert record_view(page.content_type_id, page.pk, ip_address(f"198.18.{n // 250}.{n % 250 + 1}"), BROWSER,
                       site_id, now=when)


@pytest.fixture
def site_id(home_page):
    return Site.objects.get(is_default_site=True).pk


@pytest.fixture
def known_hits(news, other_news, site_id):
    """Hits around Monday 2 March 2026 00:00 in Asia/Ho_Chi_Minh (Sunday 17:00 UTC)."""
    view(news, local(2026, 2, 28, 12), site_id)            # Saturday: last week
    for minute in (40, 50, 59):
        view(news, local(2026, 3, 1, 23, minute), site_id)  # Sunday night: yesterday, last week
    view(other_news, local(2026, 3, 2, 0, 5), site_id)     # Monday 00:05 (still Sunday in UTC)
    view(news, local(2026, 3, 2, 0, 10), site_id)
    view(news, local(2026, 3, 2, 0, 28), site_id)          # two minutes before "now": online


def test_figures_just_after_midnight_on_monday(known_hits, site_id):
    figures = compute_figures(site_id, now=local(2026, 3, 2, 0, 30))
    assert figures == {"online": 1, "today": 3, "week": 3, "month": 6, "all_time": 7}


def test_figures_later_in_the_week_use_the_rollups(known_hits, site_id, other_news):
    view(other_news, local(2026, 3, 3, 9, 0), site_id)
    figures = compute_figures(site_id, now=local(2026, 3, 3, 10, 0))
    assert figures == {"online": 0, "today": 1, "week": 4, "month": 7, "all_time": 8}
    assert sorted(DailySiteViews.objects.values_list("date", "views")) == [
        (datetime.date(2026, 2, 28), 1), (datetime.date(2026, 3, 1), 3), (datetime.date(2026, 3, 2), 3),
    ]


def test_figures_just_before_midnight_on_sunday(known_hits, site_id):
    figures = compute_figures(site_id, now=local(2026, 3, 1, 23, 59, ))
    # Later hits are in the future of this "now" and not counted.
    assert figures["today"] == 3
    assert figures["week"] == 4  # Saturday and Sunday of the week from Monday 23 February
    assert figures["all_time"] == 4


def test_the_all_time_offset_is_added(known_hits, site_id):
    AnalyticsSettings.objects.create(site_id=site_id, all_time_offset=678_652)
    assert compute_figures(site_id, now=local(2026, 3, 2, 0, 30))["all_time"] == 678_659


def test_numbers_are_written_the_vietnamese_way():
    assert vietnamese_number(678659) == "678.659"
    assert vietnamese_number(1234567) == "1.234.567"
    assert vietnamese_number(363) == "363"


def test_most_viewed_and_daily_views(known_hits, site_id, news, other_news):
    now = local(2026, 3, 2, 0, 30)
    top = most_viewed(7, site_id, now=now)
    assert [(item["id"], item["views"]) for item in top] == [(news.pk, 6), (other_news.pk, 1)]
    assert top[0]["url"] == news.url
    assert daily_views(3, site_id, now=now) == [
        (datetime.date(2026, 2, 28), 1), (datetime.date(2026, 3, 1), 3), (datetime.date(2026, 3, 2), 3),
    ]


def test_pruning_keeps_totals_and_figures(known_hits, site_id, news):
    now = local(2026, 3, 3, 10, 0)
    before = compute_figures(site_id, now=now)
    total_before = HitCount.objects.get(object_pk=news.pk).hits
    assert prune_hits(days=1, batch_size=2, now=now) == 4  # Saturday and Sunday rows
    assert Hit.objects.count() == 3
    assert HitCount.objects.get(object_pk=news.pk).hits == total_before == 6
    assert compute_figures(site_id, now=now) == before


def test_prune_command_uses_the_retention_setting(news, site_id, settings):
    from django.utils import timezone

    view(news, timezone.now() - datetime.timedelta(days=120), site_id)
    view(news, timezone.now() - datetime.timedelta(days=10), site_id)
    call_command("analytics_prune")
    assert Hit.objects.count() == 1
    assert HitCount.objects.get().hits == 2
    settings.ANALYTICS_RETENTION_DAYS = 5
    call_command("analytics_prune")
    assert Hit.objects.count() == 0
    assert compute_figures(site_id)["all_time"] == 2


def test_generator_writes_hits_totals_and_rollups(news, other_news, site_id):
    call_command("analytics_generate_hits", count=500, days=10, stdout=open("/dev/null", "w"))
    assert Hit.objects.count() == 500
    assert sum(HitCount.objects.values_list("hits", flat=True)) == 500
    assert compute_figures(site_id)["all_time"] == 500
    call_command("analytics_generate_hits", count=300, days=10, seed=2, stdout=open("/dev/null", "w"))
    assert compute_figures(site_id)["all_time"] == 800


def test_every_page_shows_the_access_counter(client, news, site_id):
    AnalyticsSettings.objects.create(site_id=site_id, all_time_offset=678_658)
    html = visit(client, news.url).content.decode()
    assert "Thống kê truy cập" in html
    for label in ("Đang online", "Hôm nay", "Trong tuần", "Tất cả"):
        assert label in html
    assert "678.658" in html  # figures are cached briefly: this view is not in them yet


def test_the_page_view_count_is_shown_when_the_setting_says_so(client, news, settings):
    visit(client, news.url)
    assert "lượt xem" not in visit(client, news.url).content.decode()
    settings.ANALYTICS_SHOW_PAGE_VIEWS = True
    assert "Trang này: 1 lượt xem" in visit(client, news.url).content.decode()


def test_home_page_lists_the_most_read_pages(client, news, home_page):
    visit(client, news.url)
    from django.core.cache import cache

    cache.clear()
    html = visit(client, "/", ip="203.0.113.99").content.decode()
    assert "Đọc nhiều nhất 7 ngày qua" in html
    assert news.title in html


# --- rankings are never staler than what readers may see ----------------------------------


def make_private_section(home_page, kind="password"):
    """A news section behind a password (or for one group of users only)."""
    from django.contrib.auth.models import Group
    from wagtail.models import PageViewRestriction

    from newsroom.models import NewsIndexPage

    section = NewsIndexPage(title="Tin nội bộ", slug="tin-noi-bo")
    home_page.add_child(instance=section)
    section.save_revision().publish()
    restriction = PageViewRestriction.objects.create(page=section, restriction_type=kind, password="mat-khau")
    if kind == PageViewRestriction.GROUPS:
        restriction.groups.add(Group.objects.create(name="Văn phòng"))
    return section


def unpublish(page, home_page):
    page.unpublish()


def put_behind_a_password(page, home_page):
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(page=page, restriction_type="password", password="mat-khau")


def restrict_to_a_group(page, home_page):
    from django.contrib.auth.models import Group
    from wagtail.models import PageViewRestriction

    restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.add(Group.objects.create(name="Lãnh đạo"))


def delete(page, home_page):
    page.delete()


def move_under_a_private_section(page, home_page):
    page.move(make_private_section(home_page), pos="last-child")


def move_under_a_group_section(page, home_page):
    from wagtail.models import PageViewRestriction

    page.move(make_private_section(home_page, PageViewRestriction.GROUPS), pos="last-child")


def most_read_on_home_page(client):
    html = visit(client, "/", ip="203.0.113.200").content.decode()
    start = html.find('class="most-viewed"')
    return html[start:html.index("</section>", start)] if start >= 0 else ""


def most_viewed_in_api(client):
    data = client.get("/api/v2/stats/").json()["most_viewed"]
    return data["last_7_days"], data["last_30_days"]


@pytest.mark.parametrize("withdraw", [unpublish, put_behind_a_password, restrict_to_a_group, delete,
                                      move_under_a_private_section, move_under_a_group_section])
def test_a_page_withdrawn_leaves_every_ranking_at_once(client, news, other_news, home_page, settings,
                                                       django_capture_on_commit_callbacks, withdraw):
    settings.PAGE_CACHE_ENABLED = True  # as in production: whole pages and API answers cached too
    settings.ANALYTICS_RANKING_CACHE_SECONDS = 3600
    for n in range(3):
        visit(client, news.url, ip=f"203.0.113.{n + 1}")
    visit(client, other_news.url, ip="203.0.113.9")
    # Every cache warm: the ranking, the home page and the stats answer.
    assert news.title in most_read_on_home_page(client)
    assert visit(client, "/", ip="203.0.113.200")["X-Page-Cache"] == "hit"
    week, month = most_viewed_in_api(client)  # the home page is counted too: it was just read
    assert [item["id"] for item in week][:2] == [news.pk, other_news.pk] and month == week
    news_url = news.url

    with django_capture_on_commit_callbacks(execute=True):  # as the editor's transaction commits
        withdraw(news, home_page)

    listed = most_read_on_home_page(client)
    assert news.title not in listed and news_url not in listed
    assert other_news.title in listed  # the rest of the list stays
    for items in most_viewed_in_api(client):
        assert news.pk not in [item["id"] for item in items] and other_news.pk in [item["id"] for item in items]
        assert all(news.title != item["title"] for item in items)


def test_the_ranking_shows_titles_and_addresses_as_they_are_now(client, news, other_news, settings):
    settings.ANALYTICS_RANKING_CACHE_SECONDS = 3600
    visit(client, news.url)
    assert most_viewed_in_api(client)[0][0]["title"] == news.title
    news.title, news.slug = "Tên mới của tin", "ten-moi"
    news.save_revision().publish()
    news.refresh_from_db()
    top = most_viewed_in_api(client)[0][0]
    assert (top["title"], top["url"]) == ("Tên mới của tin", news.url)


def test_withdrawn_pages_leave_room_for_the_next_ones(client, news_index, settings):
    from tests.newsroom.conftest import add_news

    settings.ANALYTICS_RANKING_CACHE_SECONDS = 3600
    pages = [add_news(news_index, f"Tin số {n}", date=timezone.now()) for n in range(4)]
    for rank, page in enumerate(pages):
        for n in range(4 - rank):
            visit(client, page.url, ip=f"203.0.113.{rank * 10 + n + 1}")
    assert [i["id"] for i in client.get("/api/v2/stats/?limit=2").json()["most_viewed"]["last_7_days"]] == [
        pages[0].pk, pages[1].pk]
    pages[0].unpublish()
    assert [i["id"] for i in client.get("/api/v2/stats/?limit=2").json()["most_viewed"]["last_7_days"]] == [
        pages[1].pk, pages[2].pk]


def test_reading_a_cached_ranking_costs_one_query_for_the_pages(client, news, other_news, home_page,
                                                               django_assert_max_num_queries):
    from django.test import RequestFactory

    from analytics.stats import cached_most_viewed

    visit(client, news.url)
    visit(client, other_news.url)
    site_id = Site.objects.get(is_default_site=True).pk
    request = RequestFactory().get("/", HTTP_HOST="testserver")
    cached_most_viewed(7, site_id, 5, request)  # warm: the ranking, Wagtail's site root paths
    with django_assert_max_num_queries(2):  # the live, public pages; the restrictions they are checked against
        items = cached_most_viewed(7, site_id, 5, request)
    assert len(items) == 2
