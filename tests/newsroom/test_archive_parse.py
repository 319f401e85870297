"""The small readers of the archive importer, one behaviour at a time (no database)."""

import datetime

import pytest

from newsroom.archive.body import local_image, plan_article
from newsroom.archive.html import main_element, parse_html, pieces
from newsroom.archive.parse import (
    Chair,
    find_date,
    is_caption,
    is_conference,
    number,
    parse_byline,
    parse_chairs,
    parse_count,
    parse_date_line,
    parse_figure,
)
from newsroom.archive.readers import Article


@pytest.mark.parametrize(("text", "expected"), [("16", 16), ("01", 1), ("1.250", 1250), ("3,5", None)])
def test_number_reads_leading_zeros_and_thousands_points(text, expected):
    assert number(text) == expected


def test_figure_with_its_parts_in_brackets():
    figure = parse_figure("Năm 2024, HĐND huyện tổ chức 16 cuộc (15 cuộc giám sát, 01 cuộc khảo sát) ở cấp huyện.")
    assert (figure.value, figure.unit, figure.label) == (16, "cuộc", "giám sát, khảo sát")
    assert figure.parts == (("giám sát", 15), ("khảo sát", 1))
    assert (figure.scope, figure.period) == ("cấp huyện", "năm 2024")
    assert figure.adds_up


def test_figure_with_its_parts_after_a_colon():
    figure = parse_figure("Thực hiện 16 cuộc giám sát, khảo sát: 15 giám sát, 01 khảo sát.")
    assert (figure.value, figure.unit, figure.label) == (16, "cuộc", "giám sát, khảo sát")
    assert figure.parts == (("giám sát", 15), ("khảo sát", 1))


def test_figure_unit_of_several_words_is_what_all_parts_begin_with():
    figure = parse_figure("Đoàn kiểm tra 45 hồ sơ (40 hồ sơ cấp giấy chứng nhận, 05 hồ sơ chuyển mục đích).")
    assert (figure.value, figure.unit) == (45, "hồ sơ")
    assert figure.parts == (("cấp giấy chứng nhận", 40), ("chuyển mục đích", 5))


def test_figure_whose_parts_do_not_add_up_is_found_but_flagged():
    figure = parse_figure("Đã thực hiện 20 cuộc (15 cuộc giám sát, 02 cuộc khảo sát).")
    assert figure.value == 20 and not figure.adds_up


@pytest.mark.parametrize("text", [
    "Hội nghị có 120 đại biểu tham dự.",
    "Hội nghị (lần thứ hai) diễn ra tại hội trường.",
    "Có 16 cuộc (giám sát và khảo sát).",
    "",
])
def test_no_figure_in_a_sentence_without_numbered_parts(text):
    assert parse_figure(text) is None


def test_count_of_contributions_with_and_without_diacritics():
    count = parse_count("Tại Hội nghị đã có 12 ý kiến thảo luận, tập trung vào đầu tư công.")
    assert (count.value, count.unit, count.label, count.parts) == (12, "ý kiến", "thảo luận", ())
    plain = parse_count("Tai hoi nghi da co 12 y kien thao luan cua dai bieu")
    assert (plain.value, plain.unit, plain.label) == (12, "y kien", "thao luan")


def test_count_stops_at_a_preposition_and_falls_back_to_the_unit():
    assert parse_count("Đại biểu tiếp nhận 09 kiến nghị của cử tri.").label == "kiến nghị"
    assert parse_count("Tiếp nhận 09 kiến nghị của cử tri.").value == 9
    assert parse_count("Hội nghị diễn ra trong 2 ngày.") is None


@pytest.mark.parametrize("text", [
    "Đ/c Nguyễn Văn An – Tỉnh ủy viên, Bí thư Huyện ủy, Chủ tịch HĐND huyện chủ trì.",
    "Đồng chí Nguyễn Văn An - Tỉnh ủy viên, Bí thư Huyện ủy, Chủ tịch HĐND huyện chủ trì hội nghị.",
    "Sáng nay, đồng chí Nguyễn Văn An, Tỉnh ủy viên, Bí thư Huyện ủy, Chủ tịch HĐND huyện chủ trì hội nghị.",
])
def test_chair_with_either_dash_or_a_comma(text):
    [chair] = parse_chairs(text)
    assert chair.name == "Nguyễn Văn An"
    assert chair.position == "Tỉnh ủy viên, Bí thư Huyện ủy, Chủ tịch HĐND huyện"


def test_two_chairs_and_a_chair_written_without_diacritics():
    assert parse_chairs("Đồng chí Võ Đình Khải, Chủ tịch HĐND huyện và đồng chí Lê Thị Bích Thủy, Phó Chủ tịch "
                        "HĐND huyện đồng chủ trì hội nghị.") == [
        Chair("Võ Đình Khải", "Chủ tịch HĐND huyện", "Đồng chí"),
        Chair("Lê Thị Bích Thủy", "Phó Chủ tịch HĐND huyện", "Đồng chí")]
    assert parse_chairs("Dong chi Nguyen Van An - Chu tich HDND huyen chu tri ky hop.") == [
        Chair("Nguyen Van An", "Chu tich HDND huyen", "Đồng chí")]


def test_a_guest_who_did_not_chair_is_no_chair():
    assert parse_chairs("Dự hội nghị có đồng chí Trần Văn Bình - Phó Chủ tịch UBND huyện.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Tin, ảnh: Minh Thu", "Minh Thu"),
    ("Tin và ảnh: Quốc Huy", "Quốc Huy"),
    ("Nguyễn Văn A - Văn phòng HĐND huyện", "Nguyễn Văn A - Văn phòng HĐND huyện"),
    ("Nguyễn Văn A – Văn phòng HĐND huyện", "Nguyễn Văn A – Văn phòng HĐND huyện"),
    ("Hội nghị kết thúc - các đại biểu ra về.", None),
    ("Kinh tế - xã hội tiếp tục phát triển", None),
])
def test_byline_is_a_short_closing_line_with_a_name(text, expected):
    assert parse_byline(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Ngày 04/5/2022", datetime.date(2022, 5, 4)),
    ("Thứ Tư, 04/05/2022 08:30", datetime.date(2022, 5, 4)),
    ("04/05/2022", datetime.date(2022, 5, 4)),
    ("Sáng 04/5/2022, hội nghị khai mạc", None),
    ("Ngày 31/02/2022", None),
])
def test_date_line_is_a_line_that_is_only_a_date(text, expected):
    assert parse_date_line(text) == expected


def test_find_date_skips_impossible_dates():
    assert find_date("Cập nhật 31/02/2022, sửa 01/03/2022") == datetime.date(2022, 3, 1)


def test_conference_by_title_or_a_first_line_that_says_one_was_held():
    assert is_conference("Hội nghị tổng kết công tác giám sát")
    assert is_conference("Phien hop thuong ky thang 3")
    assert is_conference("Tin hoạt động", ["Sáng 10/01, Thường trực HĐND huyện tổ chức hội nghị giao ban."])
    assert not is_conference("Tiếp xúc cử tri", ["Đại biểu tiếp xúc cử tri trước kỳ họp cuối năm."])


def test_caption_is_a_short_line_right_under_a_photo():
    assert is_caption("Quang cảnh hội nghị", after_image=True)
    assert not is_caption("Quang cảnh hội nghị", after_image=False)
    assert not is_caption("Đại biểu thảo luận " * 20, after_image=True)


def test_html_pieces_keep_reading_order_and_split_image_from_its_caption():
    root = parse_html("<p>Mở đầu<p><img src='a.png'><br><em>Quang cảnh</em></p><h2>Kết quả</h2><script>x</script>")
    assert [(p.kind, p.text or p.src) for p in pieces(root)] == [
        ("text", "Mở đầu"), ("image", "a.png"), ("text", "Quang cảnh"), ("heading", "Kết quả")]


def test_main_element_is_the_article_else_the_largest_block_of_paragraphs():
    page = parse_html("<div><p>Trang chủ</p></div><div id='bai'><p>Đoạn một dài hơn.</p><p>Đoạn hai.</p></div>")
    assert main_element(page).attrs["id"] == "bai"
    page = parse_html("<nav><p>Menu dài dài dài dài dài dài dài dài dài dài dài</p></nav><article><p>Bài</p></article>")
    assert main_element(page).tag == "article"


def test_local_image_is_found_next_to_the_source_remote_is_not_fetched(tmp_path):
    (tmp_path / "anh").mkdir()
    (tmp_path / "anh" / "a.png").write_bytes(b"x")
    assert local_image("anh/a.png", tmp_path) == ((tmp_path / "anh" / "a.png").resolve(), None)
    assert local_image((tmp_path / "anh" / "a.png").as_uri(), "/elsewhere")[0] == (tmp_path / "anh" / "a.png")
    path, problem = local_image("https://cu.example.vn/a.jpg", tmp_path)
    assert path is None and "https://cu.example.vn/a.jpg" in problem
    assert local_image("anh/khong-co.png", tmp_path)[0] is None


def test_plan_keeps_a_figure_that_does_not_add_up_as_text_and_warns(tmp_path):
    article = Article(source="x", title="Phiên họp tháng 3", base=tmp_path, pieces=pieces(parse_html(
        "<p>Đã thực hiện 20 cuộc (15 cuộc giám sát, 02 cuộc khảo sát).</p><p>Tin: Hoàng Lan</p>")))
    plan = plan_article(article)
    assert plan.conference
    assert [block["type"] for block in plan.blocks] == ["paragraph"]
    assert plan.byline == "Hoàng Lan"
    assert len(plan.warnings) == 1 and "17" in plan.warnings[0]
