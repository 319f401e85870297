"""The newsroom demo's texts: sections, categories, the table of 32 news items and their paragraph templates.

Data only; demo/newsroom.py turns it into pages."""

import datetime
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from demo.directory import (
    HONG_LINH,
    LAM_GIANG,
    LAM_SON,
    LAM_SON_TOWNSHIP,
    SONG_LAM,
    TAN_HOA,
    TAN_PHONG,
    TAN_PHONG_DISTRICT,
)

TZ = ZoneInfo("Asia/Ho_Chi_Minh")


def at(year, month, day, hour=8, minute=0):
    """An aware datetime in Vietnam's time zone."""
    return datetime.datetime(year, month, day, hour, minute, tzinfo=TZ)


def day_text(when):
    """"sáng ngày 04/5/2022": the way reports date an event."""
    part = "sáng" if when.hour < 12 else "chiều"
    return f"{part} ngày {when.day:02d}/{when.month}/{when.year}"



# --- Sections and categories -------------------------------------------------------------

NEWS_INDEX = {
    "slug": "tin-tuc", "title": "Tin tức",
    "intro": "<p>Hoạt động của Thường trực, các Ban, các Tổ đại biểu HĐND tỉnh Sông Lam và HĐND các xã, "
             "phường; cùng tư liệu của các Hội đồng đã kết thúc hoạt động ngày 01/7/2025.</p>",
}
CONFERENCE_INDEX = {
    "slug": "hoi-nghi", "title": "Hội nghị",
    "intro": "<p>Tường thuật các hội nghị, hội thảo do HĐND các cấp tổ chức: ai chủ trì, ai phát biểu, "
             "những con số được báo cáo và kết luận của hội nghị.</p>",
}
DIRECTORY = {
    "slug": "dai-bieu", "title": "Đại biểu",
    "intro": "<p>Đại biểu HĐND tỉnh Sông Lam, HĐND các xã, phường và các Hội đồng trước ngày 01/7/2025.</p>",
}

ACTIVITY, SUPERVISION, SESSION, VOTERS, CITIZENS = (
    "hoat-dong-hdnd", "giam-sat", "ky-hop", "tiep-xuc-cu-tri", "tiep-cong-dan",
)
CATEGORIES = [
    (ACTIVITY, "Hoạt động HĐND", "Hoạt động của Thường trực, các Ban và đại biểu HĐND."),
    (SUPERVISION, "Giám sát", "Các cuộc giám sát, khảo sát và kết quả thực hiện kiến nghị sau giám sát."),
    (SESSION, "Kỳ họp", "Kỳ họp thường lệ, chuyên đề và các nghị quyết được thông qua."),
    (VOTERS, "Tiếp xúc cử tri", "Đại biểu tiếp xúc cử tri; ý kiến, kiến nghị cử tri và việc trả lời."),
    (CITIZENS, "Tiếp công dân", "Thường trực HĐND tiếp công dân định kỳ và đột xuất."),
]

BYLINES = ["Minh Thu - Quốc Huy", "Thanh Hà", "Hoài An - Đức Trung", "Phương Linh", "Văn Tâm - Bảo Ngọc",
           "Ngọc Anh - Quốc Huy"]

# --- The news table ----------------------------------------------------------------------


@dataclass(frozen=True)
class Story:
    when: datetime.datetime
    title: str
    council: str
    category: str
    tags: tuple
    members: tuple
    place: str
    summary: str
    statistic: tuple = ()  # (label, value, unit, scope, period, ((part, value), ...))


# Leading members, by name as in demo/members.py (looked up by their slug).
LAM, NGUYET, KHANH = "Hoàng Trọng Lâm", "Phan Thị Minh Nguyệt", "Lương Đình Khánh"
TOAN, MAI, NHUNG, THINH = "Đặng Quốc Toản", "Vũ Thị Thanh Mai", "Quách Thị Hồng Nhung", "Ngô Đức Thịnh"
PHUONG, HANH, SANG, XUAN = "Trần Minh Phương", "Dương Thị Hạnh", "Vi Văn Sáng", "Cầm Thị Xuân"
NGHIA, BICH, NGUYEN, OANH = "Lê Hữu Nghĩa", "Phạm Thị Ngọc Bích", "Hồ Sỹ Nguyên", "Nguyễn Thị Kim Oanh"
CHIEN, GIANG = "Bùi Văn Chiến", "Đỗ Thị Hương Giang"
KHAI, THUY, VINH, BANG = "Võ Đình Khải", "Lê Thị Bích Thủy", "Phạm Quang Vinh", "Trịnh Công Bằng"
DUNG, HAI, TRUONG, NGAN = "Bùi Thị Dung", "Đoàn Văn Hải", "Mai Xuân Trường", "Tạ Thị Ngân"
TUONG, VAN, THIEN = "Nguyễn Hữu Tường", "Chu Thị Hải Vân", "Đinh Công Thiện"

STORIES = [
    # --- The archive: councils that ended on 1 July 2025 ---------------------------------
    Story(at(2025, 5, 28, 8), "HĐND huyện Tân Phong giám sát việc chuẩn bị sắp xếp đơn vị hành chính cấp xã",
          TAN_PHONG_DISTRICT, SUPERVISION, ("giám sát", "sắp xếp đơn vị hành chính"), (KHAI, THUY, THIEN),
          "UBND huyện Tân Phong",
          "Đoàn giám sát của Thường trực HĐND huyện Tân Phong làm việc với UBND huyện về việc bàn giao hồ sơ, "
          "tài sản, trụ sở và bố trí cán bộ khi sắp xếp các xã, thị trấn thành xã Tân Phong và phường Lam Sơn."),
    Story(at(2025, 6, 10, 8), "HĐND tỉnh Lam Giang tổ chức kỳ họp chuyên đề cuối cùng trước khi hợp nhất",
          LAM_GIANG, SESSION, ("kỳ họp", "nghị quyết", "sắp xếp đơn vị hành chính"), (LAM, TUONG, TOAN, PHUONG),
          "Hội trường HĐND tỉnh Lam Giang",
          "HĐND tỉnh Lam Giang khóa XVIII họp kỳ họp chuyên đề, thông qua các nghị quyết về ngân sách, đầu tư "
          "công và chuyển tiếp các chính sách của tỉnh sang tỉnh Sông Lam sau ngày 01/7/2025.",
          ("nghị quyết được thông qua", 12, "", "cấp tỉnh", "kỳ họp chuyên đề tháng 6/2025",
           (("nghị quyết quy phạm pháp luật", 7), ("nghị quyết cá biệt", 5)))),
    Story(at(2025, 6, 13, 14), "HĐND tỉnh Hồng Lĩnh thống nhất chủ trương hợp nhất với tỉnh Lam Giang",
          HONG_LINH, SESSION, ("kỳ họp", "sắp xếp đơn vị hành chính"), (KHANH, NGUYET, VAN, SANG),
          "Hội trường HĐND tỉnh Hồng Lĩnh",
          "Với 100% đại biểu có mặt tán thành, HĐND tỉnh Hồng Lĩnh khóa XVII thông qua nghị quyết về chủ trương "
          "hợp nhất tỉnh Hồng Lĩnh và tỉnh Lam Giang thành tỉnh Sông Lam."),
    Story(at(2025, 6, 17, 8), "Thường trực HĐND xã Tân Hòa tiếp công dân định kỳ tháng 6/2025",
          TAN_HOA, CITIZENS, ("tiếp công dân", "đất đai"), (VINH,), "trụ sở UBND xã Tân Hòa",
          "Buổi tiếp công dân cuối cùng của Thường trực HĐND xã Tân Hòa trước khi xã sáp nhập tiếp nhận bốn lượt "
          "công dân, chủ yếu phản ánh việc cấp giấy chứng nhận quyền sử dụng đất."),
    Story(at(2025, 6, 20, 8), "Kỳ họp cuối cùng của HĐND huyện Tân Phong khóa XXI",
          TAN_PHONG_DISTRICT, SESSION, ("kỳ họp", "nghị quyết", "ngân sách"), (KHAI, THUY, BANG, THIEN),
          "Hội trường UBND huyện Tân Phong",
          "HĐND huyện Tân Phong khóa XXI bế mạc kỳ họp cuối cùng, thông qua nghị quyết phê chuẩn quyết toán ngân "
          "sách năm 2024 và báo cáo tổng kết hoạt động của Hội đồng sau gần 60 năm xây dựng và phát triển."),
    Story(at(2025, 6, 25, 14), "Thị trấn Lam Sơn bàn giao hồ sơ, tài liệu cho phường Lam Sơn",
          LAM_SON_TOWNSHIP, ACTIVITY, ("sắp xếp đơn vị hành chính", "lưu trữ"), (TRUONG,),
          "trụ sở HĐND thị trấn Lam Sơn",
          "Thường trực HĐND thị trấn Lam Sơn hoàn thành việc chỉnh lý, bàn giao hồ sơ, nghị quyết và tài liệu "
          "các kỳ họp nhiệm kỳ 2021–2026 để lưu trữ tại phường Lam Sơn."),
    # --- The province and the new communes, from 1 July 2025 -----------------------------
    Story(at(2025, 7, 1, 8), "HĐND tỉnh Sông Lam chính thức đi vào hoạt động",
          SONG_LAM, ACTIVITY, ("sắp xếp đơn vị hành chính", "chính quyền hai cấp"), (LAM, NGUYET, KHANH),
          "Trung tâm Hội nghị tỉnh Sông Lam",
          "Tại lễ công bố nghị quyết hợp nhất tỉnh Lam Giang và tỉnh Hồng Lĩnh, Thường trực HĐND tỉnh Sông Lam "
          "ra mắt và nhận nhiệm vụ trong ngày đầu vận hành chính quyền địa phương hai cấp."),
    Story(at(2025, 7, 2, 8), "Kỳ họp thứ nhất HĐND xã Tân Phong kiện toàn các chức danh chủ chốt",
          TAN_PHONG, SESSION, ("kỳ họp", "chính quyền hai cấp"), (KHAI, VINH, DUNG),
          "Hội trường UBND xã Tân Phong",
          "HĐND xã Tân Phong khóa I họp kỳ họp thứ nhất, kiện toàn Thường trực HĐND, các Ban của HĐND và thông "
          "qua chương trình hoạt động đến hết nhiệm kỳ."),
    Story(at(2025, 7, 3, 8), "Kỳ họp thứ nhất HĐND phường Lam Sơn khóa I",
          LAM_SON, SESSION, ("kỳ họp", "chính quyền hai cấp"), (THUY, TRUONG, NGAN),
          "Hội trường UBND phường Lam Sơn",
          "HĐND phường Lam Sơn khóa I bầu Thường trực HĐND, Trưởng các Ban và thông qua quy chế làm việc của "
          "Hội đồng nhiệm kỳ 2021–2026."),
    Story(at(2025, 8, 12, 8), "Giám sát thu, chi ngân sách tại các xã mới sau sắp xếp",
          SONG_LAM, SUPERVISION, ("giám sát", "ngân sách"), (TOAN, NGHIA),
          "xã Tân Phong",
          "Ban Kinh tế - Ngân sách HĐND tỉnh giám sát việc lập, giao dự toán và quản lý thu, chi ngân sách tại "
          "các xã, phường sau sắp xếp, bắt đầu từ xã Tân Phong.",
          ("tỷ đồng dự toán thu ngân sách được giao", 49, "", "xã Tân Phong", "6 tháng cuối năm 2025",
           (("thu nội địa", 42), ("thu bổ sung từ ngân sách tỉnh", 7)))),
    Story(at(2025, 8, 27, 8), "Thường trực HĐND phường Lam Sơn tiếp công dân về bồi thường giải phóng mặt bằng",
          LAM_SON, CITIZENS, ("tiếp công dân", "giải phóng mặt bằng"), (THUY, TRUONG),
          "trụ sở HĐND phường Lam Sơn",
          "Bảy hộ dân tổ dân phố Bắc Sơn kiến nghị về đơn giá bồi thường khi mở rộng đường Lam Sơn – Tân Phong."),
    Story(at(2025, 9, 18, 8), "Khảo sát công tác chuẩn bị năm học mới tại vùng cao",
          SONG_LAM, SUPERVISION, ("khảo sát", "giáo dục"), (NHUNG, BICH),
          "xã Nậm Khao",
          "Ban Văn hóa - Xã hội HĐND tỉnh khảo sát cơ sở vật chất, đội ngũ giáo viên và việc tổ chức bán trú "
          "cho học sinh tại các trường phổ thông dân tộc bán trú."),
    Story(at(2025, 10, 9, 8), "Giám sát chương trình xây dựng nông thôn mới tại xã Tân Phong",
          TAN_PHONG, SUPERVISION, ("giám sát", "nông thôn mới"), (DUNG, VINH),
          "thôn Thịnh Vượng, xã Tân Phong",
          "Ban Kinh tế - Xã hội HĐND xã Tân Phong giám sát việc thực hiện các tiêu chí nông thôn mới nâng cao "
          "tại các thôn của ba xã cũ Tân Hòa, Tân Thịnh và Phong Mỹ."),
    Story(at(2025, 10, 22, 14), "Đại biểu HĐND tỉnh tiếp xúc cử tri trước kỳ họp cuối năm 2025",
          SONG_LAM, VOTERS, ("cử tri", "tiếp xúc cử tri"), (LAM, TOAN),
          "nhà văn hóa tổ dân phố Trung Sơn, phường Lam Sơn",
          "Cử tri phường Lam Sơn kiến nghị sớm ổn định bộ phận một cửa, sửa chữa tuyến đê bao sông Lam và bảo "
          "đảm chế độ cho cán bộ không chuyên trách sau sắp xếp."),
    Story(at(2025, 11, 5, 8), "Giám sát chính sách hỗ trợ đồng bào dân tộc thiểu số",
          SONG_LAM, SUPERVISION, ("giám sát", "dân tộc thiểu số"), (SANG, KHANH),
          "xã Mường Lầm",
          "Ban Dân tộc HĐND tỉnh giám sát việc thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã "
          "hội vùng đồng bào dân tộc thiểu số và miền núi tại các xã vùng cao."),
    Story(at(2025, 12, 10, 14), "HĐND tỉnh thông qua dự toán ngân sách năm 2026",
          SONG_LAM, SESSION, ("kỳ họp", "ngân sách", "nghị quyết"), (LAM, TOAN, NGHIA),
          "Trung tâm Hội nghị tỉnh Sông Lam",
          "Kỳ họp thường lệ cuối năm 2025 của HĐND tỉnh Sông Lam thông qua dự toán ngân sách năm 2026, kế hoạch "
          "đầu tư công trung hạn và nhiều nghị quyết quan trọng.",
          ("nghị quyết được thông qua", 21, "", "cấp tỉnh", "kỳ họp cuối năm 2025",
           (("nghị quyết quy phạm pháp luật", 14), ("nghị quyết cá biệt", 7)))),
    Story(at(2025, 12, 18, 8), "Giám sát công tác quản lý trật tự đô thị tại phường Lam Sơn",
          LAM_SON, SUPERVISION, ("giám sát", "trật tự đô thị"), (TRUONG, NGAN),
          "phường Lam Sơn",
          "HĐND phường Lam Sơn giám sát việc cấp phép xây dựng, xử lý vi phạm lấn chiếm vỉa hè và quản lý chợ "
          "tạm trên địa bàn phường."),
    Story(at(2026, 1, 14, 8), "Thường trực HĐND xã Tân Phong tiếp công dân định kỳ tháng 01/2026",
          TAN_PHONG, CITIZENS, ("tiếp công dân", "đất đai"), (KHAI, HAI),
          "trụ sở HĐND xã Tân Phong",
          "Các công dân thôn Đông Hòa và thôn Tân Lập kiến nghị về ranh giới đất sản xuất và việc cấp đổi giấy "
          "chứng nhận quyền sử dụng đất sau sắp xếp."),
    Story(at(2026, 2, 5, 8), "Thường trực HĐND tỉnh thăm, tặng quà Tết gia đình chính sách",
          SONG_LAM, ACTIVITY, ("an sinh xã hội", "Tết"), (NGUYET, OANH),
          "xã Hưng Lộc",
          "Nhân dịp Tết Nguyên đán Bính Ngọ, đoàn công tác của Thường trực HĐND tỉnh thăm hỏi, tặng quà các gia "
          "đình chính sách, hộ nghèo và người có công với cách mạng."),
    Story(at(2026, 3, 15, 14), "Cử tri tỉnh Sông Lam đi bầu cử đại biểu HĐND các cấp nhiệm kỳ 2026–2031",
          SONG_LAM, ACTIVITY, ("bầu cử", "cử tri"), (LAM, OANH),
          "khu vực bỏ phiếu số 3, phường Lam Sơn",
          "Ngày hội toàn dân diễn ra an toàn; 99,2% cử tri trong tỉnh đi bầu đại biểu Quốc hội khóa XVI và đại "
          "biểu HĐND tỉnh, xã, phường nhiệm kỳ 2026–2031.",
          ("khu vực bỏ phiếu", 1126, "", "toàn tỉnh", "ngày 15/3/2026", ())),
    Story(at(2026, 3, 27, 8), "Kỳ họp thứ nhất HĐND xã Tân Phong khóa II",
          TAN_PHONG, SESSION, ("kỳ họp", "nhiệm kỳ 2026–2031"), (KHAI, VINH, DUNG, HAI, BANG),
          "Hội trường UBND xã Tân Phong",
          "HĐND xã Tân Phong khóa II bầu Chủ tịch, Phó Chủ tịch HĐND, Trưởng các Ban và Chủ tịch UBND xã nhiệm "
          "kỳ 2026–2031."),
    Story(at(2026, 3, 27, 14), "Kỳ họp thứ nhất HĐND phường Lam Sơn khóa II",
          LAM_SON, SESSION, ("kỳ họp", "nhiệm kỳ 2026–2031"), (THUY, TRUONG, NGAN),
          "Hội trường UBND phường Lam Sơn",
          "Đồng chí Lê Thị Bích Thủy được bầu giữ chức Chủ tịch HĐND phường Lam Sơn khóa II, nhiệm kỳ "
          "2026–2031."),
    Story(at(2026, 3, 30, 8), "Kỳ họp thứ nhất HĐND tỉnh khóa XIX bầu các chức danh chủ chốt",
          SONG_LAM, SESSION, ("kỳ họp", "nhiệm kỳ 2026–2031"), (LAM, NGUYET, KHANH, TOAN, NHUNG, PHUONG, SANG),
          "Trung tâm Hội nghị tỉnh Sông Lam",
          "Đồng chí Hoàng Trọng Lâm tái đắc cử Chủ tịch HĐND tỉnh; HĐND tỉnh khóa XIX bầu các Phó Chủ tịch, "
          "Trưởng các Ban và thông qua chương trình giám sát năm 2026."),
    Story(at(2026, 4, 22, 8), "Đại biểu HĐND tỉnh khóa XIX tiếp xúc cử tri phường Lam Sơn",
          SONG_LAM, VOTERS, ("cử tri", "tiếp xúc cử tri"), (LAM, GIANG, THUY),
          "nhà văn hóa tổ dân phố Nam Sơn, phường Lam Sơn",
          "Tổ đại biểu đơn vị bầu cử số 1 báo cáo kết quả kỳ họp thứ nhất và nghe cử tri phản ánh về ngập úng "
          "đô thị, an toàn thực phẩm quanh trường học."),
    Story(at(2026, 5, 20, 8), "Giám sát công tác tiếp công dân, giải quyết khiếu nại ở cấp xã",
          SONG_LAM, SUPERVISION, ("giám sát", "khiếu nại, tố cáo"), (PHUONG, HANH),
          "xã Kim Lũy",
          "Ban Pháp chế HĐND tỉnh giám sát việc tiếp công dân, giải quyết khiếu nại, tố cáo tại các xã, phường "
          "trong năm đầu vận hành chính quyền địa phương hai cấp.",
          ("đơn khiếu nại, tố cáo đã tiếp nhận", 137, "", "cấp xã", "từ 01/7/2025 đến 30/4/2026",
           (("đã giải quyết", 118), ("đang giải quyết", 19)))),
    Story(at(2026, 6, 11, 14), "Cử tri xã Tân Phong kiến nghị sửa chữa kênh mương nội đồng",
          TAN_PHONG, VOTERS, ("cử tri", "thủy lợi"), (VINH, DUNG, BANG),
          "nhà văn hóa thôn Hòa Thuận, xã Tân Phong",
          "Tại buổi tiếp xúc trước kỳ họp giữa năm, cử tri thôn Hòa Thuận đề nghị sớm kiên cố hóa 3 km kênh "
          "tưới bị sạt lở sau mùa mưa năm 2025."),
    Story(at(2026, 7, 9, 8), "Phiên chất vấn về y tế cơ sở tại kỳ họp thứ hai HĐND tỉnh",
          SONG_LAM, SESSION, ("kỳ họp", "chất vấn", "y tế"), (KHANH, CHIEN, THINH),
          "Trung tâm Hội nghị tỉnh Sông Lam",
          "Các đại biểu chất vấn về tình trạng thiếu bác sĩ ở trạm y tế xã, cung ứng thuốc bảo hiểm y tế và lộ "
          "trình tự chủ của bệnh viện tuyến tỉnh.",
          ("lượt đại biểu chất vấn và tranh luận", 14, "", "", "kỳ họp thứ hai",
           (("chất vấn", 11), ("tranh luận", 3)))),
    Story(at(2026, 8, 19, 8), "Khảo sát bếp ăn bán trú tại các trường học trên địa bàn phường",
          LAM_SON, SUPERVISION, ("khảo sát", "an toàn thực phẩm", "giáo dục"), (NGAN,),
          "Trường Tiểu học Lam Sơn",
          "Ban Kinh tế - Xã hội HĐND phường Lam Sơn khảo sát điều kiện an toàn thực phẩm tại bếp ăn bán trú của "
          "các trường mầm non và tiểu học trước năm học mới."),
    Story(at(2026, 9, 10, 8), "Thường trực HĐND tỉnh tiếp công dân định kỳ tháng 9/2026",
          SONG_LAM, CITIZENS, ("tiếp công dân", "khiếu nại, tố cáo"), (NGUYET, HANH),
          "Trụ sở Tiếp công dân tỉnh Sông Lam",
          "Đồng chí Phan Thị Minh Nguyệt, Phó Chủ tịch HĐND tỉnh, tiếp công dân định kỳ, nghe phản ánh về bồi "
          "thường dự án đường ven sông Lam."),
    Story(at(2026, 10, 15, 8), "Giám sát tiến độ giải ngân vốn đầu tư công năm 2026",
          SONG_LAM, SUPERVISION, ("giám sát", "ngân sách", "đầu tư công"), (TOAN, MAI, NGUYEN),
          "Sở Tài chính tỉnh Sông Lam",
          "Ban Kinh tế - Ngân sách HĐND tỉnh đề nghị UBND tỉnh điều chuyển vốn từ các dự án chậm tiến độ sang "
          "các dự án có khả năng giải ngân tốt.",
          ("tỷ đồng vốn đầu tư công đã giải ngân", 2185, "", "cấp tỉnh", "đến ngày 30/9/2026",
           (("vốn ngân sách tỉnh", 1621), ("vốn ngân sách trung ương", 564)))),
    Story(at(2026, 11, 12, 8), "Giám sát chuyển đổi số tại bộ phận một cửa xã Tân Phong",
          TAN_PHONG, SUPERVISION, ("giám sát", "chuyển đổi số", "thủ tục hành chính"), (HAI, VINH),
          "bộ phận tiếp nhận và trả kết quả xã Tân Phong",
          "Ban Pháp chế HĐND xã Tân Phong giám sát việc giải quyết thủ tục hành chính trực tuyến và số hóa hồ sơ "
          "tại bộ phận một cửa."),
    Story(at(2026, 11, 25, 14), "Đại biểu HĐND phường Lam Sơn tiếp xúc cử tri trước kỳ họp cuối năm 2026",
          LAM_SON, VOTERS, ("cử tri", "tiếp xúc cử tri"), (THUY, TRUONG, NGAN),
          "nhà văn hóa tổ dân phố Lam Thủy, phường Lam Sơn",
          "Cử tri tổ dân phố Lam Thủy kiến nghị lắp đặt đèn chiếu sáng, nạo vét cống thoát nước và quản lý "
          "chặt hoạt động vận tải cát trên đê."),
]

# Paragraph templates by category: (opening, middle, closing) choices, picked in turn.
INTROS = {
    SUPERVISION: [
        "Buổi làm việc diễn ra {when} tại {place}, với sự tham gia của {people}.",
        "Đoàn làm việc {when} tại {place}; tham gia đoàn có {people}.",
    ],
    SESSION: [
        "Kỳ họp diễn ra {when} tại {place}; tham dự có {people}.",
        "Phiên họp diễn ra {when} tại {place}, với sự tham dự của {people}.",
    ],
    VOTERS: [
        "Buổi tiếp xúc diễn ra {when} tại {place}, với sự tham dự của {delegates}.",
        "Buổi tiếp xúc {when} tại {place} thu hút đông đảo cử tri; tham dự có {delegates}.",
    ],
    CITIZENS: [
        "Buổi tiếp công dân diễn ra {when} tại {place}, do {people} chủ trì.",
        "Tham gia tiếp công dân {when} tại {place} có {people}.",
    ],
    ACTIVITY: [
        "Sự kiện diễn ra {when} tại {place}, với sự tham dự của {people}.",
        "Hoạt động diễn ra {when} tại {place}, với sự tham gia của {people}.",
    ],
}
MIDDLES = {
    SUPERVISION: [
        "Qua nghe báo cáo và kiểm tra thực tế, đoàn ghi nhận nhiều kết quả tích cực, đồng thời chỉ ra những tồn "
        "tại: một số nhiệm vụ triển khai còn chậm, việc phối hợp giữa các cơ quan chưa chặt chẽ, hồ sơ lưu trữ "
        "chưa đầy đủ. Các thành viên đoàn đề nghị đơn vị được giám sát làm rõ nguyên nhân và trách nhiệm.",
        "Đại diện các cơ quan chuyên môn báo cáo kết quả thực hiện và những khó khăn, vướng mắc phát sinh. Các "
        "thành viên đoàn tập trung làm rõ việc sử dụng nguồn lực, tiến độ thực hiện và việc giải quyết kiến nghị "
        "của người dân có liên quan.",
    ],
    SESSION: [
        "Các đại biểu thảo luận, cho ý kiến vào các báo cáo, tờ trình và dự thảo nghị quyết; nhiều ý kiến sát "
        "thực tiễn, gắn với những vấn đề cử tri quan tâm như hạ tầng giao thông, việc làm, chất lượng khám chữa "
        "bệnh và giáo dục.",
        "Trước khi biểu quyết, các Ban của HĐND đã thẩm tra các báo cáo, tờ trình; những ý kiến còn khác nhau "
        "được cơ quan soạn thảo tiếp thu, giải trình ngay tại hội trường.",
    ],
    VOTERS: [
        "Cử tri đánh giá cao sự quan tâm của HĐND các cấp, đồng thời nêu nhiều ý kiến, kiến nghị về đường giao "
        "thông nội đồng, cấp giấy chứng nhận quyền sử dụng đất, nước sạch sinh hoạt và chế độ cho người hoạt "
        "động không chuyên trách sau sắp xếp.",
        "Nhiều ý kiến tập trung vào việc giải quyết thủ tục hành chính sau sắp xếp đơn vị hành chính, hỗ trợ sản "
        "xuất nông nghiệp, bảo đảm an ninh trật tự và vệ sinh môi trường tại khu dân cư.",
    ],
    CITIZENS: [
        "Các công dân phản ánh về bồi thường, hỗ trợ giải phóng mặt bằng, tranh chấp đất đai và chế độ chính "
        "sách. Lãnh đạo các cơ quan chuyên môn được mời dự đã trao đổi, giải thích chính sách, pháp luật liên "
        "quan đến từng vụ việc.",
        "Từng trường hợp được nghe trình bày trực tiếp; đại diện UBND và các cơ quan chuyên môn cung cấp thông "
        "tin về quá trình giải quyết và những nội dung còn vướng mắc.",
    ],
    ACTIVITY: [
        "Phát biểu tại đây, lãnh đạo HĐND nhấn mạnh yêu cầu đổi mới phương thức hoạt động, gần dân, sát dân, "
        "lắng nghe và phản ánh trung thực ý kiến, nguyện vọng của cử tri.",
        "Hoạt động được chuẩn bị chu đáo, bảo đảm trang trọng, tiết kiệm; các cơ quan liên quan phối hợp chặt "
        "chẽ, kịp thời tháo gỡ những vướng mắc phát sinh.",
    ],
}
CLOSINGS = {
    SUPERVISION: [
        "Kết luận buổi làm việc, đoàn đề nghị các đơn vị khẩn trương khắc phục hạn chế, báo cáo kết quả bằng văn "
        "bản trước kỳ họp tới của {council}.",
        "Những nội dung vượt thẩm quyền được tổng hợp, kiến nghị cấp có thẩm quyền xem xét; đoàn sẽ theo dõi việc "
        "thực hiện kiến nghị sau giám sát.",
    ],
    SESSION: [
        "Các nghị quyết được thông qua được đăng tải đầy đủ trên cổng thông tin để cử tri theo dõi, giám sát việc "
        "thực hiện.",
        "Bế mạc kỳ họp, chủ tọa đề nghị các cơ quan khẩn trương triển khai nghị quyết; mỗi đại biểu {council} "
        "thông tin kết quả kỳ họp đến cử tri nơi ứng cử.",
    ],
    VOTERS: [
        "Các ý kiến thuộc thẩm quyền được giải trình ngay tại buổi tiếp xúc; những ý kiến còn lại được tổng hợp, "
        "chuyển cơ quan có thẩm quyền trả lời cử tri theo quy định.",
        "Thường trực {council} sẽ theo dõi, đôn đốc việc trả lời và công khai kết quả giải quyết kiến nghị tại "
        "kỳ họp tới.",
    ],
    CITIZENS: [
        "Đối với vụ việc chưa được giải quyết dứt điểm, Thường trực HĐND đề nghị UBND cùng cấp kiểm tra, xác minh "
        "và trả lời công dân bằng văn bản trong thời hạn luật định.",
        "Thường trực {council} sẽ theo dõi kết quả giải quyết và thông báo cho công dân biết.",
    ],
    ACTIVITY: [
        "Hình ảnh và tư liệu của hoạt động được lưu tại Văn phòng {council}.",
        "Dịp này, {council} cũng ghi nhận, biểu dương những tập thể, cá nhân có nhiều đóng góp.",
    ],
}
CAPTIONS = {
    SUPERVISION: "Đoàn giám sát làm việc tại {place}",
    SESSION: "Quang cảnh kỳ họp tại {place}",
    VOTERS: "Cử tri phát biểu tại buổi tiếp xúc ở {place}",
    CITIZENS: "Tiếp công dân tại {place}",
    ACTIVITY: "Hoạt động tại {place}",
}
