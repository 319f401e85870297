"""News pages and conference reports as readers and editors meet them."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from councils.models import MemberDirectoryPage
from home.models import HomePage
from newsroom.models import ConferencePage, NewsIndexPage, NewsPage
from tests.newsroom.conftest import add_news, at


def test_tree_rules_keep_the_site_sane(home_page, news_index):
    assert NewsIndexPage.can_create_at(home_page)
    assert MemberDirectoryPage.can_create_at(home_page)
    assert NewsPage.can_create_at(news_index) and ConferencePage.can_create_at(news_index)
    assert not NewsPage.can_create_at(home_page)
    assert not ConferencePage.can_create_at(home_page)
    news = add_news(news_index, "Tin một")
    assert not NewsPage.can_create_at(news)
    assert not NewsIndexPage.can_create_at(news)
    assert set(HomePage.allowed_subpage_models()) == {NewsIndexPage, MemberDirectoryPage}


def test_publication_date_defaults_to_first_publication(news_index):
    page = add_news(news_index, "Tin không ngày")
    assert page.date is not None
    assert abs((page.date - page.first_published_at).total_seconds()) < 1
    chosen = add_news(news_index, "Tin có ngày", date=at(2021, 3, 1))
    assert chosen.date == at(2021, 3, 1)


def test_index_lists_live_children_newest_first_twelve_a_page(client, news_index):
    for day in range(1, 15):
        add_news(news_index, f"Tin ngày {day:02d}", date=at(2024, 1, day))
    add_news(news_index, "Bản nháp", date=at(2024, 2, 1), publish=False)
    html = client.get("/tin-tuc/").content.decode()
    assert "Bản nháp" not in html
    assert html.index("Tin ngày 14") < html.index("Tin ngày 13")
    assert "Tin ngày 03" in html and "Tin ngày 02" not in html
    second = client.get("/tin-tuc/?page=2").content.decode()
    assert "Tin ngày 02" in second and "Tin ngày 01" in second and "Tin ngày 14" not in second


@pytest.mark.parametrize("value, status", [
    ("abc", 400), ("0", 400), ("-1", 400), ("1.5", 400), ("%00", 400), ("99999999999999999999", 400), ("9999", 404),
])
def test_bad_page_numbers_are_400_and_pages_past_the_end_404(client, news_index, value, status):
    add_news(news_index, "Tin duy nhất")
    assert client.get(f"/tin-tuc/?page={value}").status_code == status


def test_numbered_pagination_elides_the_middle(client, news_index):
    for i in range(12 * 9):
        add_news(news_index, f"Tin số {i}", date=at(2023, 1, 1) + datetime.timedelta(hours=i))
    html = client.get("/tin-tuc/").content.decode()
    assert 'aria-current="page">1<' in html
    assert "page=2" in html and "page=3" in html and "…" in html and "page=9" in html
    assert "page=6" not in html


def test_index_filters_by_category_tag_council_year_and_month(client, news_index, category, merger):
    tagged = add_news(news_index, "Tin có thẻ", date=at(2023, 6, 2))
    tagged.tags.add("tiếp xúc cử tri")
    tagged.save_revision().publish()
    add_news(news_index, "Tin giám sát", date=at(2022, 5, 4), category=category)
    add_news(news_index, "Tin huyện cũ", date=at(2022, 7, 1), council=merger["district"])

    def titles(query):
        html = client.get(f"/tin-tuc/?{query}").content.decode()
        return {t for t in ["Tin có thẻ", "Tin giám sát", "Tin huyện cũ"] if t in html}

    assert titles("category=giam-sat") == {"Tin giám sát"}
    assert titles("tag=tiep-xuc-cu-tri") == {"Tin có thẻ"}
    assert titles(f"council={merger['district'].slug}") == {"Tin huyện cũ"}
    assert titles("year=2022") == {"Tin giám sát", "Tin huyện cũ"}
    assert titles("year=2022&month=5") == {"Tin giám sát"}
    for unknown in ["category=khong-co", "council=khong-co"]:
        assert client.get(f"/tin-tuc/?{unknown}").status_code == 404, unknown
    for malformed in ["year=abc", "month=13&year=2022", "month=5", "tag=%3Cscript%3E", "year=1800"]:
        response = client.get(f"/tin-tuc/?{malformed}")
        assert response.status_code == 400, malformed
        assert "Yêu cầu không hợp lệ" in response.content.decode()


def test_dissolved_councils_stay_in_the_council_filter(client, news_index, merger):
    add_news(news_index, "Tin huyện cũ", council=merger["district"])
    html = client.get("/tin-tuc/").content.decode()
    assert f'value="{merger["district"].slug}"' in html


def test_rss_and_atom_feeds_are_valid_and_list_the_latest_twenty(client, news_index):
    for i in range(22):
        add_news(news_index, f"Tin {i:02d}", date=at(2024, 3, 1) + datetime.timedelta(days=i), summary=f"Tóm tắt {i}")
    add_news(news_index, "Nháp không lên RSS", publish=False)
    rss = client.get("/tin-tuc/rss/")
    assert rss.status_code == 200 and "rss" in rss["Content-Type"]
    channel = ET.fromstring(rss.content).find("channel")
    items = channel.findall("item")
    assert len(items) == 20
    assert items[0].find("title").text == "Tin 21"
    assert items[0].find("link").text.startswith("http://testserver/tin-tuc/")
    assert "Nháp" not in rss.content.decode()
    atom = client.get("/tin-tuc/atom/")
    assert atom.status_code == 200 and "atom" in atom["Content-Type"]
    root = ET.fromstring(atom.content)
    entries = root.findall("{http://www.w3.org/2005/Atom}entry")
    assert len(entries) == 20
    assert entries[0].find("{http://www.w3.org/2005/Atom}title").text == "Tin 21"


def test_private_and_scheduled_pages_are_not_listed_anywhere(client, news_index):
    private = add_news(news_index, "Tin nội bộ")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    scheduled = NewsPage(title="Tin hẹn giờ", go_live_at=timezone.now() + datetime.timedelta(days=3))
    news_index.add_child(instance=scheduled)
    scheduled.save_revision().publish()  # with a future go-live, Wagtail only schedules it
    scheduled.refresh_from_db()
    assert not scheduled.live
    add_news(news_index, "Tin công khai")
    for url in ["/tin-tuc/", "/tin-tuc/rss/", "/tin-tuc/atom/", "/tim-kiem/?q=tin", "/sitemap.xml"]:
        html = client.get(url).content.decode()
        assert "Tin nội bộ" not in html and "Tin hẹn giờ" not in html, url
    assert "Tin công khai" in client.get("/tin-tuc/").content.decode()


def test_news_page_shows_hero_byline_tags_and_council(client, news_index, merger):
    from tests.factories import make_image

    page = add_news(news_index, "Tiếp xúc cử tri xã Mới", council=merger["commune"], byline="Minh Thu - Quốc Huy",
                    hero_image=make_image("Ảnh chính"), hero_caption="Cử tri phát biểu", hero_credit="Quốc Huy",
                    summary="Cử tri nêu 12 kiến nghị.")
    page.tags.add("cử tri")
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    assert "<h1 class=\"article__title\">Tiếp xúc cử tri xã Mới</h1>" in html
    assert "Cử tri phát biểu" in html and "Quốc Huy" in html
    assert "Minh Thu - Quốc Huy" in html
    assert "#cử tri" in html
    assert merger["commune"].name in html


def test_sitemap_and_robots(client, news_index):
    page = add_news(news_index, "Tin sơ đồ")
    sitemap = client.get("/sitemap.xml")
    assert sitemap.status_code == 200 and f"http://testserver{page.url}" in sitemap.content.decode()
    robots = client.get("/robots.txt")
    assert robots.status_code == 200
    assert "Sitemap: http://testserver/sitemap.xml" in robots.content.decode()
    assert "Disallow: /admin/" in robots.content.decode()


def test_root_page_is_not_a_place_for_news(db):
    assert not NewsPage.can_create_at(Page.get_first_root_node())


def test_a_draft_saved_from_code_gets_the_ascii_address(news_index):
    from newsroom.models import NewsPage

    page = NewsPage(title="Hội nghị giao ban Thường trực HĐND huyện", live=False)
    news_index.add_child(instance=page)  # Wagtail's minimal_clean, not full_clean
    assert page.slug == "hoi-nghi-giao-ban-thuong-truc-hdnd-huyen"
