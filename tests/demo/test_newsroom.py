"""The newsroom's demo: news of tỉnh Sông Lam, its archive, and three conference reports.

The demo is loaded once for the module, inside a transaction rolled back at the
end (as Django's ``setUpTestData`` does); each test runs in a savepoint within it.
"""

import re

import pytest
from wagtail.models import Revision, Site

from councils.models import Council, CouncilLevel, MemberDirectoryPage
from demo.directory import DEMO_PROVINCE_SLUG
from demo.newsroom import ensure_sections
from demo.site import DemoContext
from newsroom.models import ConferencePage, NewsIndexPage, NewsPage
from tests.demo.conftest import load

BLOCK_TYPES = {"paragraph", "heading", "quote", "photo", "speech", "statistic", "conclusion"}


def province_home():
    """The province's home page (the communes' sites have theirs, with their own news)."""
    return Site.objects.get(is_default_site=True).root_page.specific


def news_pages():
    index = NewsIndexPage.objects.child_of(province_home()).get(slug="tin-tuc")
    return NewsPage.objects.exact_type(NewsPage).live().child_of(index)


@pytest.mark.django_db
def test_demo_has_thirty_news_items_over_eighteen_months(demo):
    pages = list(news_pages())
    assert len(pages) >= 30
    dates = sorted(page.date for page in pages)
    assert (dates[-1] - dates[0]).days >= 540
    assert all(page.summary and page.hero_image_id and page.byline and page.category_id for page in pages)
    assert all(page.tags.exists() and page.member_links.exists() for page in pages)
    assert all(2 <= sum(b.block_type == "paragraph" for b in page.body) <= 4 for page in pages)
    assert any(b.block_type == "statistic" for page in pages for b in page.body)
    assert any(b.block_type == "photo" for page in pages for b in page.body)
    # The archive: news of the councils that ended on 1 July 2025, province and communes after it.
    levels = {page.council.level for page in pages}
    assert levels == {CouncilLevel.PROVINCE, CouncilLevel.DISTRICT, CouncilLevel.COMMUNE}
    assert any(page.council.dissolved for page in pages)
    assert all(not page.has_unpublished_changes and page.revisions.count() == 1 for page in pages)


@pytest.mark.django_db
def test_demo_conference_reports_use_every_block(demo, client):
    reports = list(ConferencePage.objects.live().descendant_of(province_home()).order_by("start"))
    assert len(reports) == 3
    for report in reports:
        assert {block.block_type for block in report.body} == BLOCK_TYPES
        assert report.chairs.exists() and report.location and report.theme and report.participants
        speeches = [b.value for b in report.body if b.block_type == "speech"]
        assert len({s["kind"] for s in speeches}) >= 3
        assert any(s["speaker"] is None and s["speaker_name"] and s["attribution"] for s in speeches)
        for block in report.body:
            if block.block_type == "statistic" and block.value["breakdown"]:
                assert sum(p["value"] for p in block.value["breakdown"]) == block.value["value"]
    district = reports[0]
    assert district.council.level == CouncilLevel.DISTRICT and district.council.dissolved
    assert district.title == "Hội nghị tổng kết công tác giám sát năm 2021"
    assert sum(b.block_type == "speech" and b.value["kind"] == "discussion" for b in district.body) == 12
    assert {r.council.level for r in reports[1:]} == {CouncilLevel.PROVINCE, CouncilLevel.COMMUNE}

    response = client.get(district.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "block-statistic" in html and "cuộc giám sát, khảo sát" in html and "cấp xã" in html


@pytest.mark.django_db
def test_demo_menu_reads_news_conferences_delegates(demo, client):
    html = client.get("/").content.decode()
    nav = html.split('class="site-nav"', 1)[1].split("</nav>", 1)[0]
    labels = [re.sub(r"<[^>]+>", "", item).strip() for item in re.findall(r"<a [^>]*>(.*?)</a>", nav)]
    assert labels == ["Trang chủ", "Tin tức", "Hội nghị", "Đại biểu", "Tìm kiếm"]


@pytest.mark.django_db
def test_demo_moves_an_existing_directory_after_the_news_sections(demo):
    home = province_home()
    directory = MemberDirectoryPage.objects.child_of(home).get()
    directory.move(home, pos="first-child")
    ctx = DemoContext(site=Site.objects.get(is_default_site=True), home=home, log=lambda message: None)
    ensure_sections(ctx, Council.objects.get(slug=DEMO_PROVINCE_SLUG))
    slugs = [page.slug for page in home.get_children().in_menu()]
    assert slugs[:3] == ["tin-tuc", "hoi-nghi", "dai-bieu"]


@pytest.mark.django_db
def test_demo_second_load_creates_nothing(demo):
    counts = (NewsPage.objects.count(), ConferencePage.objects.count(), Revision.objects.count())
    load()
    assert (NewsPage.objects.count(), ConferencePage.objects.count(), Revision.objects.count()) == counts
