"""News of the three communes that have sites of their own (xã Tân Phong, phường Lam Sơn, xã Sông Hoa).

Written for the demo, in the style of a commune council's news: meetings with voters, supervision,
sessions. Each item: council slug, date, title, byline, paragraphs, and a figure or none.
"""

from dataclasses import dataclass

from demo.directory import LAM_SON, SONG_HOA, TAN_PHONG
from demo.stories import at


@dataclass(frozen=True)
class CommuneStory:
    council: str
    when: object
    title: str
    byline: str
    paragraphs: tuple
    statistic: tuple = ()  # arguments of demo.blocks.statistic_block


COMMUNE_STORIES = [
    # --- xã Tân Phong --------------------------------------------------------------------
    CommuneStory(
        TAN_PHONG, at(2026, 3, 27, 8), "Kỳ họp thứ nhất HĐND xã Tân Phong khóa II bầu các chức danh chủ chốt",
        "Văn phòng HĐND và UBND xã Tân Phong",
        ("Ngày 27/3/2026, HĐND xã Tân Phong khóa II, nhiệm kỳ 2026–2031 tiến hành kỳ họp thứ nhất tại Hội trường "
         "Trung tâm Phục vụ hành chính công xã.",
         "Kỳ họp đã bầu đồng chí Võ Đình Khải, Bí thư Đảng ủy xã, giữ chức Chủ tịch HĐND xã; đồng chí Phạm Quang "
         "Vinh giữ chức Phó Chủ tịch HĐND xã; bầu Trưởng Ban Kinh tế - Xã hội và Trưởng Ban Pháp chế."),
    ),
    CommuneStory(
        TAN_PHONG, at(2026, 8, 21, 14),
        "Ban Kinh tế - Xã hội HĐND xã Tân Phong giám sát công trình nước sạch thôn Thịnh Đạt",
        "Bùi Dung",
        ("Chiều 21/8/2026, Ban Kinh tế - Xã hội HĐND xã Tân Phong giám sát tiến độ công trình cấp nước sạch thôn "
         "Thịnh Đạt, hạng mục cử tri nhiều lần kiến nghị.",
         "Đoàn đề nghị UBND xã đôn đốc nhà thầu hoàn thành đường ống trước mùa khô, công khai giá nước với các hộ."),
        ("Hộ dân được cấp nước sạch", 412, "hộ", "thôn Thịnh Đạt", "năm 2026",
         (("Hộ đã đấu nối", 305), ("Hộ đang chờ đấu nối", 107))),
    ),
    CommuneStory(
        TAN_PHONG, at(2026, 11, 18, 8), "Đại biểu HĐND xã Tân Phong tiếp xúc cử tri trước kỳ họp cuối năm 2026",
        "Đoàn Hải",
        ("Sáng 18/11/2026, đại biểu HĐND xã Tân Phong đơn vị bầu cử số 1 tiếp xúc cử tri các thôn Đông Hòa, Tân Lập "
         "và Phong Quang.",
         "Cử tri kiến nghị sửa tuyến đường liên thôn bị sạt lở sau mưa lũ và sớm chi trả hỗ trợ giống cây trồng."),
    ),
    # --- phường Lam Sơn ------------------------------------------------------------------
    CommuneStory(
        LAM_SON, at(2026, 3, 27, 14), "HĐND phường Lam Sơn khóa II tổ chức kỳ họp thứ nhất",
        "Văn phòng HĐND và UBND phường Lam Sơn",
        ("Chiều 27/3/2026, HĐND phường Lam Sơn khóa II tổ chức kỳ họp thứ nhất, bầu đồng chí Lê Thị Bích Thủy giữ "
         "chức Chủ tịch HĐND phường, đồng chí Mai Xuân Trường giữ chức Phó Chủ tịch HĐND phường.",
         "Kỳ họp cũng quyết định thành lập Ban Kinh tế - Xã hội và Ban Pháp chế của HĐND phường."),
    ),
    CommuneStory(
        LAM_SON, at(2026, 9, 16, 8),
        "Thường trực HĐND phường Lam Sơn giám sát việc chỉnh trang vỉa hè tổ dân phố Bắc Sơn",
        "Tạ Ngân",
        ("Sáng 16/9/2026, Thường trực HĐND phường Lam Sơn giám sát việc chỉnh trang vỉa hè, thoát nước trên các "
         "tuyến phố của tổ dân phố Bắc Sơn.",
         "Đoàn đề nghị UBND phường lấy ý kiến người dân trước khi thi công và xử lý dứt điểm các điểm ngập cục bộ."),
        ("Tuyến phố được chỉnh trang", 9, "tuyến", "tổ dân phố Bắc Sơn", "năm 2026",
         (("Đã hoàn thành", 6), ("Đang thi công", 3))),
    ),
    CommuneStory(
        LAM_SON, at(2026, 11, 20, 19), "Đại biểu HĐND phường Lam Sơn tiếp xúc cử tri tổ dân phố Lam Thủy",
        "Tạ Ngân",
        ("Tối 20/11/2026, đại biểu HĐND phường Lam Sơn đơn vị bầu cử số 3 tiếp xúc cử tri tổ dân phố Lam Thủy.",
         "Cử tri đề nghị lắp đèn chiếu sáng ngõ xóm, tăng chuyến thu gom rác và sớm cấp giấy chứng nhận quyền sử "
         "dụng đất cho các hộ sau sắp xếp."),
    ),
    # --- xã Sông Hoa ---------------------------------------------------------------------
    CommuneStory(
        SONG_HOA, at(2026, 3, 28, 8), "Kỳ họp thứ nhất HĐND xã Sông Hoa khóa II",
        "Văn phòng HĐND và UBND xã Sông Hoa",
        ("Ngày 28/3/2026, HĐND xã Sông Hoa khóa II tổ chức kỳ họp thứ nhất; đồng chí Lò Văn Thạch được bầu giữ chức "
         "Chủ tịch HĐND xã, đồng chí Hà Thị Mai Hương giữ chức Phó Chủ tịch HĐND xã.",
         "Các đại biểu thống nhất chương trình giám sát năm 2026, tập trung vào giao thông nông thôn và giữ rừng."),
    ),
    CommuneStory(
        SONG_HOA, at(2026, 10, 7, 8), "HĐND xã Sông Hoa giám sát công tác bảo vệ rừng phòng hộ đầu nguồn",
        "Vi Sơn",
        ("Sáng 07/10/2026, Ban Kinh tế - Xã hội HĐND xã Sông Hoa giám sát việc giao khoán bảo vệ rừng phòng hộ tại "
         "thôn Bến Đá và thôn Sông Cầu.",
         "Đoàn đề nghị chi trả tiền khoán đúng hạn và bổ sung tổ tuần tra trong mùa khô."),
        ("Diện tích rừng giao khoán bảo vệ", 1250, "ha", "xã Sông Hoa", "năm 2026",
         (("Thôn Bến Đá", 730), ("Thôn Sông Cầu", 520))),
    ),
    CommuneStory(
        SONG_HOA, at(2026, 11, 24, 8), "Đại biểu HĐND xã Sông Hoa tiếp xúc cử tri thôn Hoa Lư",
        "Hà Hương",
        ("Sáng 24/11/2026, đại biểu HĐND xã Sông Hoa đơn vị bầu cử số 1 tiếp xúc cử tri thôn Hoa Lư trước kỳ họp "
         "cuối năm.",
         "Cử tri kiến nghị làm cầu tràn qua suối Hoa và mở lớp dạy nghề cho thanh niên người dân tộc thiểu số."),
    ),
]
