"""manage.py import_archive on the fixture archive of the dissolved HĐND huyện Sông Lam."""

import datetime
import io
import shutil
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import Page, Revision, Site

from councils.models import MemberDirectoryPage, OrganizationKind
from newsroom.models import ConferencePage, NewsIndexPage, NewsPage
from tests.factories import make_council, make_member, make_organization, make_term

FIXTURES = Path(__file__).parent / "fixtures" / "archive"
RSS, ATOM, WXR, PAGES = (FIXTURES / name for name in ("song-lam.rss", "song-lam.atom", "song-lam-wxr.xml",
                                                        "trang-luu"))


@pytest.fixture
def song_lam(home_page):
    """The district council dissolved on 1 July 2025 and the commune whose site inherited its archive."""
    province = make_council("Hội đồng nhân dân tỉnh Lam Giang", level="province", slug="tinh-lam-giang")
    district = make_council("Hội đồng nhân dân huyện Sông Lam", level="district", parent=province,
                            slug="huyen-song-lam", dissolved=datetime.date(2025, 7, 1))
    commune = make_council("Hội đồng nhân dân xã Lam Sơn", level="commune", parent=province, slug="xa-lam-son")
    commune.predecessors.add(district)
    term = make_term(district, number=20, start=datetime.date(2021, 6, 1), end=datetime.date(2025, 6, 30))
    standing = make_organization(district, OrganizationKind.STANDING_COMMITTEE, "Thường trực HĐND huyện")
    chair = make_member("Nguyễn Văn An", honorific="Đ/c", memberships=[
        {"organization": standing, "term": term, "role": "chair", "title": "Chủ tịch HĐND huyện"}])
    commune_home = Page(title="HĐND xã Lam Sơn", slug="xa-lam-son")
    Page.get_first_root_node().add_child(instance=commune_home)
    commune_home.save_revision().publish()
    Site.objects.create(hostname="xa-lam-son.localhost", port=80, root_page=commune_home, site_name="Xã Lam Sơn")
    index = NewsIndexPage(title="Tin tức", slug="tin-tuc")
    commune_home.add_child(instance=index)
    index.save_revision().publish()
    directory = MemberDirectoryPage(title="Đại biểu", slug="dai-bieu", council=commune)
    commune_home.add_child(instance=directory)
    directory.save_revision().publish()
    return {"district": district, "commune": commune, "index": index, "chair": chair}


def run(*args, **options):
    out = io.StringIO()
    call_command("import_archive", *[str(a) for a in args], stdout=out, **options)
    return out.getvalue()


def imported(source):
    return NewsPage.objects.get(source_url=source).specific


def test_rss_lands_under_the_successor_site_with_date_byline_statistic_photo_and_chair(song_lam):
    report = run(RSS, council="huyen-song-lam")

    report_page = imported("http://hdnd.songlam.example.vn/tin-tuc/hoi-nghi-tong-ket-giam-sat-2024.html")
    assert isinstance(report_page, ConferencePage)
    assert report_page.get_parent().pk == song_lam["index"].pk
    assert report_page.council == song_lam["district"]
    assert report_page.live
    assert timezone.localtime(report_page.date).date() == datetime.date(2025, 1, 10)
    assert report_page.byline == "Minh Thu"
    blocks = [(block.block_type, block.value) for block in report_page.body]
    statistics = [value for kind, value in blocks if kind == "statistic"]
    assert [(int(s["value"]), s["unit"], s["label"]) for s in statistics] == [
        (16, "cuộc", "giám sát, khảo sát"), (12, "ý kiến", "thảo luận")]
    assert [(p["label"], int(p["value"])) for p in statistics[0]["breakdown"]] == [("giám sát", 15),
                                                                                   ("khảo sát", 1)]
    photo = next(value for kind, value in blocks if kind == "photo")
    assert photo["caption"] == "Quang cảnh hội nghị"
    assert photo["image"].title == "Quang cảnh hội nghị"
    chair = report_page.chairs.get()
    assert chair.member == song_lam["chair"]
    assert chair.attribution == "Tỉnh ủy viên, Bí thư Huyện ủy, Chủ tịch HĐND huyện"

    voters = imported("http://hdnd.songlam.example.vn/tin-tuc/tiep-xuc-cu-tri-lam-thuy.html")
    assert type(voters) is NewsPage
    assert voters.byline == "Quốc Huy"
    assert "Tin, ảnh" not in str(voters.body)
    assert "Đã tạo 2, đã có 0, bỏ qua 1, cảnh báo 1; vào “Tin tức”." in report


def test_report_names_what_could_not_be_read_and_the_rest_is_imported(song_lam):
    report = run(RSS, council="huyen-song-lam") + run(ATOM, council="huyen-song-lam")

    assert "lich-tiep-cong-dan.html" in report and "không có ngày" in report
    assert "ảnh ở xa, không tải về: http://hdnd.songlam.example.vn/uploads/2024/12/tiep-xuc-cu-tri.jpg" in report
    assert "cộng lại được 17" in report
    assert not NewsPage.objects.filter(source_url__contains="lich-tiep-cong-dan").exists()
    session = imported("http://hdnd.songlam.example.vn/tin-tuc/phien-hop-thang-3-2025.html")
    assert isinstance(session, ConferencePage)
    assert [block.block_type for block in session.body] == ["paragraph"] * 4  # 20 ≠ 15 + 2: kept as text
    assert "20 cuộc (15 cuộc giám sát, 02 cuộc khảo sát)" in str(session.body)
    assert not session.chairs.exists()  # no member of that name: kept as printed
    assert "Trần Thị Bình – Phó Chủ tịch HĐND huyện" in session.participants
    assert session.byline == "Văn phòng HĐND huyện"
    assert timezone.localtime(session.date) == timezone.make_aware(datetime.datetime(2025, 3, 20, 10))


def test_wordpress_export_imports_posts_only_and_matches_a_chair_written_without_diacritics(song_lam):
    run(WXR, council="huyen-song-lam")

    assert NewsPage.objects.filter(source_url__startswith="http://hdnd.songlam.example.vn/2024/").count() == 2
    session = imported("http://hdnd.songlam.example.vn/2024/07/ky-hop-thu-15/")
    assert isinstance(session, ConferencePage)
    assert session.chairs.get().member == song_lam["chair"]
    assert timezone.localtime(session.date) == timezone.make_aware(datetime.datetime(2024, 7, 18, 16, 45))
    assert session.byline == "quochuy"
    statistic = next(b.value for b in session.body if b.block_type == "statistic")
    assert (int(statistic["value"]), statistic["period"]) == (9, "6 tháng đầu năm 2024")
    assert [int(p["value"]) for p in statistic["breakdown"]] == [7, 2]
    photo = next(b.value for b in session.body if b.block_type == "photo")
    assert photo["caption"] == "Đại biểu biểu quyết thông qua nghị quyết"
    news = imported("http://hdnd.songlam.example.vn/2024/05/khao-sat-nuoc-sach/")
    assert type(news) is NewsPage and news.byline == "Lê Hằng"


def test_saved_pages_give_title_date_caption_and_closing_byline(song_lam):
    run(PAGES, council="huyen-song-lam")

    land = imported("http://hdnd.songlam.example.vn/tin-tuc/giam-sat-dat-dai-lam-son.html")
    assert land.title == "Giám sát quản lý đất đai tại thị trấn Lam Sơn"
    assert timezone.localtime(land.date).date() == datetime.date(2024, 9, 12)
    assert land.byline == "Nguyễn Văn Cường - Văn phòng HĐND huyện"
    photo = next(b.value for b in land.body if b.block_type == "photo")
    assert photo["caption"] == "Đoàn giám sát làm việc tại UBND thị trấn Lam Sơn"
    statistic = next(b.value for b in land.body if b.block_type == "statistic")
    assert (int(statistic["value"]), statistic["unit"]) == (45, "hồ sơ")
    assert "Trang chủ" not in str(land.body) and "Bản quyền" not in str(land.body)

    briefing = NewsPage.objects.get(source_url__endswith="hoi-nghi-giao-ban.html").specific
    assert isinstance(briefing, ConferencePage)
    assert briefing.title.startswith("Hội nghị giao ban Thường trực HĐND huyện")
    assert timezone.localtime(briefing.date).date() == datetime.date(2025, 3, 28)
    assert briefing.byline == "Hoàng Lan"
    assert briefing.chairs.get().member == song_lam["chair"]
    assert "Ngày 28/3/2025" not in str(briefing.body)


def test_a_rerun_creates_and_changes_nothing(song_lam):
    for source in (RSS, ATOM, WXR, PAGES):
        run(source, council="huyen-song-lam")
    counts = (Page.objects.count(), Revision.objects.count(), get_image_model().objects.count())
    modified = sorted(NewsPage.objects.values_list("pk", "modified"))

    report = "".join(run(source, council="huyen-song-lam") for source in (RSS, ATOM, WXR, PAGES))

    assert (Page.objects.count(), Revision.objects.count(), get_image_model().objects.count()) == counts
    assert sorted(NewsPage.objects.values_list("pk", "modified")) == modified
    assert report.count("[đã có]") == 7
    assert "Đã tạo 0" in report


def test_dry_run_writes_nothing_but_reports_the_same(song_lam):
    before = (Page.objects.count(), get_image_model().objects.count())

    report = run(RSS, council="huyen-song-lam", dry_run=True)

    assert (Page.objects.count(), get_image_model().objects.count()) == before
    assert "[sẽ tạo]" in report and "ảnh ở xa" in report and "Chạy thử" in report


def test_into_a_news_index_by_id_or_host_name(song_lam, news_index):
    run(ATOM, council="huyen-song-lam", into=news_index.pk)
    assert NewsPage.objects.get().get_parent().pk == news_index.pk
    NewsPage.objects.get().delete()
    run(ATOM, council="huyen-song-lam", into="xa-lam-son.localhost")
    assert NewsPage.objects.get().get_parent().pk == song_lam["index"].pk


@pytest.mark.parametrize(("options", "message"), [
    ({"council": "huyen-khong-co"}, "Không có hội đồng nhân dân nào có mã “huyen-khong-co”"),
    ({"council": "huyen-song-lam", "into": "999999"}, "Trang 999999 không phải là trang danh sách tin"),
    ({"council": "huyen-song-lam", "into": "xa-khong-co.localhost"},
     "Không có trang web nào có tên miền “xa-khong-co.localhost”"),
    ({"council": "huyen-song-lam", "collection": "Không có"}, "Không có thư mục ảnh nào tên “Không có”"),
    ({}, "Hãy cho tệp nguồn tin, tệp xuất hoặc thư mục cần đọc và --council"),
])
def test_unknown_council_index_or_collection_is_told_in_vietnamese(song_lam, options, message):
    with pytest.raises(CommandError, match=message):
        run(RSS, **options)
    assert not NewsPage.objects.exists()


def test_missing_or_unreadable_file_is_told_in_vietnamese(song_lam, tmp_path):
    with pytest.raises(CommandError, match="không có tệp hay thư mục này"):
        run(tmp_path / "khong-co.rss", council="huyen-song-lam")
    broken = tmp_path / "hong.rss"
    broken.write_text("<rss><channel><item>", encoding="utf-8")
    with pytest.raises(CommandError, match="không đọc được"):
        run(broken, council="huyen-song-lam")


def test_a_dissolved_council_with_two_successors_needs_into(song_lam):
    other = make_council("Hội đồng nhân dân xã Lam Thủy", level="commune", slug="xa-lam-thuy")
    other.predecessors.add(song_lam["district"])
    with pytest.raises(CommandError, match="--into"):
        run(RSS, council="huyen-song-lam")


def test_an_item_that_fails_leaves_no_half_made_page(song_lam, tmp_path, monkeypatch):
    shutil.copytree(FIXTURES, tmp_path / "archive")
    from newsroom.archive import importer

    def broken(*args):
        raise OSError("ổ đĩa đầy")

    monkeypatch.setattr(importer, "archive_image", broken)
    report = run(tmp_path / "archive" / "song-lam.rss", council="huyen-song-lam")

    assert "ổ đĩa đầy" in report
    assert not ConferencePage.objects.exists()  # the report with a photo: nothing of it is left
    assert NewsPage.objects.count() == 1  # the one without a local photo is imported


def test_imported_report_renders_and_is_in_the_api(song_lam, client, settings):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "xa-lam-son.localhost"]
    run(RSS, council="huyen-song-lam")
    page = imported("http://hdnd.songlam.example.vn/tin-tuc/hoi-nghi-tong-ket-giam-sat-2024.html")

    html = client.get(page.url, HTTP_HOST="xa-lam-son.localhost")
    assert html.status_code == 200
    text = html.content.decode()
    assert "giám sát, khảo sát" in text and "Nguyễn Văn An" in text and "Quang cảnh hội nghị" in text

    api = client.get(f"/api/v2/pages/{page.pk}/", HTTP_HOST="xa-lam-son.localhost")
    assert api.status_code == 200
    body = api.json()["body"]
    statistic = next(block["value"] for block in body if block["type"] == "statistic")
    assert statistic["value"] == 16 and statistic["breakdown"] == [{"label": "giám sát", "value": 15},
                                                                   {"label": "khảo sát", "value": 1}]
    assert any(block["type"] == "photo" and block["value"]["caption"] == "Quang cảnh hội nghị" for block in body)
    chair = api.json()["chairs"][0]
    assert chair["member"]["name"] == "Nguyễn Văn An"
    assert chair["position"] == "Tỉnh ủy viên, Bí thư Huyện ủy, Chủ tịch HĐND huyện"


def test_items_without_title_link_or_a_readable_date_are_skipped_with_the_reason(song_lam, tmp_path):
    feed = tmp_path / "cu.rss"
    feed.write_text("""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>
      <item><link>http://cu.example.vn/1</link><pubDate>Fri, 10 Jan 2025 09:30:00 +0700</pubDate></item>
      <item><title>Tin không có địa chỉ</title><pubDate>Fri, 10 Jan 2025 09:30:00 +0700</pubDate></item>
      <item><title>Tin ngày lạ</title><link>http://cu.example.vn/3</link><pubDate>hôm qua</pubDate></item>
    </channel></rss>""", encoding="utf-8")

    report = run(feed, council="huyen-song-lam")

    assert "http://cu.example.vn/1: không có tiêu đề" in report
    assert "Tin không có địa chỉ: không có đường dẫn, guid hay tệp để nhận ra bài" in report
    assert "không đọc được ngày “hôm qua”" in report
    assert "Đã tạo 0, đã có 0, bỏ qua 3" in report
    assert not NewsPage.objects.exists()
