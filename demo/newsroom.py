"""Demo content for the newsroom: news and conference reports of tỉnh Sông Lam.

Builds on the council directory's demo (councils/demo.py), whose councils and
members it looks up by slug: news of the province, of the communes formed on
1 July 2025 and, in the archive, of the councils that ended that day.

The 32 news items are generated from a compact table (date, title, council,
category, tags, members, place, summary) and a few paragraph templates per
category; the three conference reports are written out, and between them use
every block of the article body.

Idempotent: pages are looked up by slug under their parent and only created
when missing; a second run adds no rows and no revisions. New pages are saved
as drafts and published through a revision, as an editor would.
"""

import datetime
import json
from collections import Counter
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from django.utils.text import slugify

from councils.demo import (
    HONG_LINH,
    LAM_GIANG,
    LAM_SON,
    LAM_SON_TOWNSHIP,
    SONG_LAM,
    TAN_HOA,
    TAN_PHONG,
    TAN_PHONG_DISTRICT,
    member_slug,
)
from councils.models import Council, CouncilMember, MemberDirectoryPage
from councils.text import fold
from newsroom.models import (
    ConferenceChair,
    ConferencePage,
    NewsCategory,
    NewsIndexPage,
    NewsPage,
    NewsPageMember,
    NewsPageTag,
    NewsTag,
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


# Leading members, by name as in councils/demo.py (looked up by their slug).
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

# --- Helpers -----------------------------------------------------------------------------


def page_slug(title):
    return slugify(fold(title))[:80].strip("-")


def names_text(names):
    names = list(names)
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " và " + names[-1]


def credit_of(byline):
    """The photographer of a byline "Writer - Photographer" (or the writer when alone)."""
    return byline.split(" - ")[-1].strip()


def statistic_block(label, value, unit="", scope="", period="", breakdown=()):
    return {"type": "statistic", "value": {
        "label": label, "value": str(value), "unit": unit, "scope": scope, "period": period,
        "breakdown": [{"label": part, "value": str(part_value)} for part, part_value in breakdown],
    }}


def paragraph(html):
    return {"type": "paragraph", "value": html}


def photo_block(image, caption, credit, members=()):
    return {"type": "photo", "value": {"image": image.pk, "caption": caption, "credit": credit,
                                       "members": [m.pk for m in members]}}


def speech(kind, text, member=None, name="", attribution=""):
    return {"type": "speech", "value": {
        "speaker": member.pk if member else None, "speaker_name": name, "attribution": attribution,
        "kind": kind, "text": text if text.startswith("<") else f"<p>{text}</p>",
    }}


def heading(text, level="h2"):
    return {"type": "heading", "value": {"text": text, "level": level}}


def quote(text, attribution):
    return {"type": "quote", "value": {"text": text, "attribution": attribution}}


def conclusion(member, text, directives):
    return {"type": "conclusion", "value": {
        "presiding_member": member.pk, "presiding_name": "", "attribution": "",
        "text": f"<p>{text}</p>", "directives": list(directives),
    }}


def tag_items(names):
    tags = []
    for name in names:
        tag = NewsTag.objects.filter(name=name).first() or NewsTag.objects.create(name=name)
        tags.append(NewsPageTag(tag=tag))
    return tags


def member_links(members):
    return [NewsPageMember(member=member, sort_order=i) for i, member in enumerate(members)]


class Directory:
    """Councils and members of the directory demo, fetched by slug on first use."""

    def __init__(self):
        self.councils = {c.slug: c for c in Council.objects.all()}
        self._members = {}

    def council(self, slug):
        return self.councils[slug]

    def member(self, name):
        slug = member_slug(name)
        if slug not in self._members:
            self._members[slug] = CouncilMember.objects.get(slug=slug)
        return self._members[slug]

    def members(self, names):
        return [self.member(name) for name in names]


# --- Loader ------------------------------------------------------------------------------


def ensure_categories(ctx):
    categories = {}
    for slug, name, description in CATEGORIES:
        category = NewsCategory.objects.filter(slug=slug).first()
        if category is None:
            category = NewsCategory.objects.create(slug=slug, name=name, description=description)
            ctx.note_created(category)
            ctx.log(f"Created news category: {name}")
        categories[slug] = category
    return categories


def ensure_sections(ctx, province):
    """Tin tức and Hội nghị under home, and the directory after them in the menu."""
    news, _ = ctx.ensure_child_page(ctx.home, NewsIndexPage, NEWS_INDEX["slug"], title=NEWS_INDEX["title"],
                                    intro=NEWS_INDEX["intro"], show_in_menus=True)
    conferences, _ = ctx.ensure_child_page(ctx.home, NewsIndexPage, CONFERENCE_INDEX["slug"],
                                           title=CONFERENCE_INDEX["title"], intro=CONFERENCE_INDEX["intro"],
                                           show_in_menus=True)
    directory = MemberDirectoryPage.objects.child_of(ctx.home).first()
    if directory is None:
        ctx.ensure_child_page(ctx.home, MemberDirectoryPage, DIRECTORY["slug"], title=DIRECTORY["title"],
                              intro=DIRECTORY["intro"], council=province, show_in_menus=True)
    else:
        # The menu reads Trang chủ · Tin tức · Hội nghị · Đại biểu: the directory follows the news.
        conferences.refresh_from_db()
        if directory.path < conferences.path:
            directory.move(conferences, pos="right")
            ctx.log("Moved the member directory after the news sections.")
    news.refresh_from_db()
    conferences.refresh_from_db()
    return news, conferences


def story_body(ctx, story, index, nth, members, council, byline):
    """Two to four paragraphs, maybe a figure or a photo; ``nth`` is the story's rank in its category."""
    names = names_text(m.full_name for m in members)
    several = len(members) > 1
    fill = {"when": day_text(story.when), "place": story.place,
            "people": f"{'các đồng chí' if several else 'đồng chí'} {names}",
            "delegates": f"{'các đại biểu' if several else 'đại biểu'} {names}",
            "council": council.short_name or council.name}
    # The summary is printed under the title: the body goes on from it.
    body = [paragraph(f"<p>{INTROS[story.category][nth % 2].format(**fill)}</p>"),
            paragraph(f"<p>{MIDDLES[story.category][(nth + 1) % 2]}</p>")]
    if story.statistic:
        body.append(statistic_block(*story.statistic))
    elif index % 3 == 0:
        image = ctx.image(f"{story.title} (ảnh 2)", width=1200, height=800)
        body.append(photo_block(image, f"Các đại biểu tại {story.place}", credit_of(byline), members[:3]))
    if nth % 3 != 1 or story.statistic:
        body.append(paragraph(f"<p>{CLOSINGS[story.category][nth // 2 % 2].format(**fill)}</p>"))
    return json.dumps(body, ensure_ascii=False)


def ensure_news(ctx, index_page, directory, categories):
    existing = set(index_page.get_children().values_list("slug", flat=True))
    seen = Counter()
    for i, story in enumerate(STORIES):
        nth = seen[story.category]
        seen[story.category] += 1
        slug = page_slug(story.title)
        if slug in existing:
            continue
        council = directory.council(story.council)
        members = directory.members(story.members)
        byline = BYLINES[i % len(BYLINES)]
        ctx.ensure_child_page(
            index_page, NewsPage, slug,
            title=story.title, date=story.when, first_published_at=story.when, summary=story.summary,
            hero_image=ctx.image(story.title, width=1200, height=800),
            hero_caption=CAPTIONS[story.category].format(place=story.place), hero_credit=credit_of(byline),
            body=story_body(ctx, story, i, nth, members, council, byline), byline=byline,
            category=categories[story.category], council=council,
            tagged_items=tag_items(story.tags), member_links=member_links(members),
        )


# --- Conference reports ------------------------------------------------------------------


def district_conference(ctx, d, title):
    """HĐND huyện Tân Phong, 04/5/2022: the year's supervision reviewed, twelve contributions."""
    khai, thuy, thien, bang = d.members((KHAI, THUY, THIEN, BANG))
    photo = ctx.image(f"{title} – quang cảnh", width=1200, height=800)
    discussion = [
        (d.member(VINH), "", "", "Đề nghị UBND huyện sớm bố trí kinh phí sửa chữa 2,5 km đường giao thông nội "
         "đồng thôn Hòa Bình mà cử tri đã kiến nghị qua hai kỳ họp."),
        (d.member(TRUONG), "", "", "Thị trấn Lam Sơn đã thực hiện 4 cuộc giám sát; kiến nghị giao Thường trực "
         "HĐND các xã, thị trấn cùng giám sát việc thu hồi đất để tránh chồng chéo."),
        (d.member(DUNG), "", "", "Việc hỗ trợ giống cây trồng cho hộ nghèo ở thôn Thịnh Đạt còn chậm; đề nghị "
         "Ban Kinh tế - Xã hội đưa nội dung này vào chương trình giám sát năm 2022."),
        (d.member(HAI), "", "", "Cần hướng dẫn cụ thể cho HĐND cấp xã về quy trình ban hành kết luận giám sát và "
         "theo dõi việc thực hiện kiến nghị sau giám sát."),
        (d.member(NGAN), "", "", "Đề nghị tăng thời lượng giám sát thực tế tại cơ sở, bớt nghe báo cáo qua văn "
         "bản; đại biểu cần được cung cấp tài liệu sớm hơn."),
        (bang, "", "", "UBND huyện tiếp thu các kiến nghị; đã chỉ đạo rà soát 38 kiến nghị sau giám sát, trong "
         "đó 31 kiến nghị đã giải quyết xong, 7 kiến nghị đang triển khai."),
        (d.member(TOAN), "", "", "Kinh nghiệm của huyện trong giám sát chuyên đề về đầu tư công cần được nhân "
         "rộng; đề nghị phối hợp chặt chẽ với Ban Kinh tế - Ngân sách HĐND tỉnh."),
        (None, "Ông Hà Văn Lực", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Tân Phong",
         "Mặt trận sẵn sàng phối hợp giám sát; đề nghị mời đại diện Ban Thanh tra nhân dân các xã tham gia các "
         "đoàn giám sát tại địa phương."),
        (None, "Bà Nguyễn Thị Thoa", "Chủ tịch HĐND xã Lam Thủy",
         "Xã đã chuyển từ giám sát dàn trải sang chọn chuyên đề; kiến nghị Thường trực HĐND huyện tổ chức tập "
         "huấn kỹ năng giám sát cho đại biểu mới."),
        (None, "Ông Lò Văn Phúc", "Trưởng phòng Tài chính – Kế hoạch huyện",
         "Phòng sẽ cung cấp đầy đủ số liệu thu, chi ngân sách theo quý để các Ban HĐND chủ động giám sát."),
        (None, "Bà Trần Thị Mến", "Chủ tịch HĐND xã Phong Mỹ",
         "Đề nghị giao chỉ tiêu giải quyết kiến nghị cử tri cho từng cơ quan và công khai kết quả tại kỳ họp."),
        (None, "Ông Quàng Văn Tấn", "Chủ tịch HĐND xã Tân Thịnh",
         "Việc chất vấn tại kỳ họp xã còn hình thức; cần lựa chọn vấn đề nóng, mời đúng người trả lời."),
    ]
    body = [
        paragraph("<p>Sáng ngày 04/5/2022, Thường trực HĐND huyện Tân Phong tổ chức hội nghị tổng kết công tác "
                  "giám sát năm 2021, triển khai chương trình giám sát năm 2022. Đồng chí Võ Đình Khải, Bí thư "
                  "Huyện ủy, Chủ tịch HĐND huyện và đồng chí Lê Thị Bích Thủy, Phó Chủ tịch HĐND huyện chủ trì "
                  "hội nghị.</p>"),
        photo_block(photo, "Quang cảnh hội nghị", "Quốc Huy", [khai, thuy]),
        speech("opening", "Năm 2021 là năm đầu nhiệm kỳ, vừa tổ chức bầu cử vừa phòng, chống dịch COVID-19; "
               "hoạt động giám sát vẫn được duy trì và có nhiều đổi mới. Đề nghị các đại biểu thẳng thắn đánh "
               "giá, chỉ rõ những việc làm được và chưa làm được.", member=thuy),
        heading("Kết quả công tác giám sát năm 2021"),
        speech("report", "Thường trực, các Ban HĐND huyện đã thực hiện 16 cuộc giám sát, khảo sát; HĐND các xã, "
               "thị trấn thực hiện 70 cuộc. Các kiến nghị sau giám sát cơ bản được tiếp thu, giải quyết.",
               member=thien),
        statistic_block("cuộc giám sát, khảo sát", 16, "", "cấp huyện", "năm 2021",
                        (("giám sát", 15), ("khảo sát", 1))),
        statistic_block("cuộc giám sát, khảo sát", 70, "", "cấp xã", "năm 2021",
                        (("giám sát", 58), ("khảo sát", 12))),
        paragraph("<p>Hội nghị đánh giá chất lượng giám sát từng bước được nâng lên, nội dung tập trung vào những "
                  "vấn đề cử tri quan tâm như đầu tư xây dựng cơ bản, quản lý đất đai, chính sách an sinh xã hội. "
                  "Tuy vậy, việc theo dõi thực hiện kiến nghị sau giám sát ở một số xã chưa thường xuyên.</p>"),
        quote("Giám sát phải đến nơi đến chốn; kiến nghị sau giám sát phải được theo dõi đến khi giải quyết xong.",
              "Đồng chí Võ Đình Khải, Chủ tịch HĐND huyện"),
        heading("Ý kiến thảo luận"),
        paragraph("<p>Hội nghị đã nghe 12 ý kiến thảo luận của đại biểu HĐND huyện, Thường trực HĐND các xã, thị "
                  "trấn và các cơ quan liên quan.</p>"),
        *[speech("discussion", text, member=m, name=name, attribution=attr) for m, name, attr, text in discussion],
        conclusion(
            khai,
            "Kết luận hội nghị, đồng chí Chủ tịch HĐND huyện ghi nhận các ý kiến tâm huyết, trách nhiệm và đề nghị "
            "các cơ quan, đơn vị tập trung thực hiện các nhiệm vụ sau.",
            [
                "Các Ban HĐND huyện chọn chuyên đề giám sát năm 2022 sát thực tiễn, ưu tiên đầu tư công và đất đai.",
                "UBND huyện chỉ đạo giải quyết dứt điểm 7 kiến nghị sau giám sát còn tồn đọng trước ngày "
                "30/9/2022.",
                "Thường trực HĐND các xã, thị trấn lập sổ theo dõi kiến nghị sau giám sát, báo cáo định kỳ 6 tháng.",
                "Văn phòng HĐND và UBND huyện tổ chức tập huấn kỹ năng giám sát cho đại biểu HĐND cấp xã trong "
                "quý III/2022.",
            ],
        ),
    ]
    return {
        "date": at(2022, 5, 4, 16), "start": at(2022, 5, 4, 8), "location": "Hội trường UBND huyện Tân Phong",
        "theme": "Tổng kết công tác giám sát năm 2021, triển khai chương trình giám sát năm 2022",
        "council": d.council(TAN_PHONG_DISTRICT), "category": SUPERVISION,
        "summary": "Thường trực HĐND huyện Tân Phong tổng kết công tác giám sát năm 2021: 16 cuộc giám sát, khảo "
                   "sát ở cấp huyện và 70 cuộc ở cấp xã; hội nghị nghe 12 ý kiến thảo luận.",
        "participants": "Thường trực HĐND huyện, lãnh đạo các Ban HĐND huyện; đại biểu HĐND tỉnh Lam Giang ứng cử "
                        "tại huyện Tân Phong; lãnh đạo UBND huyện, Ủy ban MTTQ Việt Nam huyện; Thường trực HĐND "
                        "các xã, thị trấn và Trưởng các phòng, ban chuyên môn thuộc UBND huyện.",
        "byline": "Minh Thu - Quốc Huy", "chairs": [khai, thuy],
        "tags": ("giám sát", "hội nghị", "tổng kết"), "members": [khai, thuy, thien, bang],
        "body": body,
    }


def province_conference(ctx, d, title):
    """HĐND tỉnh Sông Lam, October 2026: the standing committee meets the communes' councils."""
    lam, nguyet, khanh, toan, nguyen = d.members((LAM, NGUYET, KHANH, TOAN, NGUYEN))
    khai, thuy = d.members((KHAI, THUY))
    photo = ctx.image(f"{title} – quang cảnh", width=1200, height=800)
    body = [
        paragraph("<p>Sáng ngày 08/10/2026, Thường trực HĐND tỉnh Sông Lam tổ chức hội nghị giao ban với Thường "
                  "trực HĐND các xã, phường quý III năm 2026, theo hình thức trực tiếp kết hợp trực tuyến đến "
                  "các điểm cầu cấp xã.</p>"),
        photo_block(photo, "Các đồng chí Thường trực HĐND tỉnh chủ trì hội nghị", "Bảo Ngọc", [lam, nguyet, khanh]),
        speech("opening", "Sau hơn một năm vận hành chính quyền địa phương hai cấp, HĐND các xã, phường đã đi vào "
               "nền nếp. Hội nghị hôm nay cần chỉ ra những vướng mắc cụ thể để tháo gỡ ngay trong quý IV.",
               member=lam),
        heading("Hoạt động 9 tháng năm 2026"),
        speech("report", "Thường trực HĐND tỉnh đã tổ chức thành công kỳ họp thứ nhất và kỳ họp thứ hai khóa XIX; "
               "các Ban HĐND tỉnh thực hiện 14 cuộc giám sát, khảo sát; cử tri gửi 1.248 ý kiến, kiến nghị.",
               member=nguyet),
        statistic_block("cuộc giám sát, khảo sát", 14, "", "cấp tỉnh", "9 tháng năm 2026",
                        (("giám sát", 11), ("khảo sát", 3))),
        statistic_block("ý kiến, kiến nghị cử tri", 1248, "", "cấp tỉnh", "9 tháng năm 2026",
                        (("đã giải quyết, trả lời", 1031), ("đang giải quyết", 217))),
        heading("Tham luận và thảo luận"),
        speech("contribution", "Xã Tân Phong lập sổ theo dõi từng kiến nghị cử tri, giao rõ người, rõ việc, rõ "
               "thời hạn; kết quả được công khai tại nhà văn hóa các thôn.", member=khai),
        speech("contribution", "Phường Lam Sơn thí điểm cho cử tri gửi kiến nghị qua ứng dụng trên điện thoại; "
               "mỗi tháng Thường trực HĐND phường tổng hợp, chuyển UBND phường giải quyết.", member=thuy),
        speech("discussion", "Đề nghị các xã, phường gửi báo cáo quyết toán ngân sách đúng hạn để Ban Kinh tế - "
               "Ngân sách kịp thẩm tra trước kỳ họp cuối năm.", member=toan),
        speech("discussion", "UBND tỉnh sẽ ban hành hướng dẫn thống nhất về phân cấp nhiệm vụ chi cho cấp xã trong "
               "tháng 11/2026.", member=nguyen),
        speech("discussion", "Nhiều xã vùng cao thiếu công chức giúp việc HĐND; đề nghị tỉnh sớm bố trí biên chế và "
               "tập huấn nghiệp vụ.", name="Ông Lò Văn Hưng", attribution="Chủ tịch HĐND xã Nậm Khao"),
        quote("Chính quyền gần dân hơn thì HĐND càng phải nghe dân kỹ hơn.",
              "Đồng chí Lương Đình Khánh, Phó Chủ tịch HĐND tỉnh"),
        speech("closing", "Cảm ơn các đồng chí đã tham dự; Văn phòng tiếp thu đầy đủ các ý kiến để hoàn thiện kết "
               "luận hội nghị.", member=khanh),
        conclusion(
            lam,
            "Kết luận hội nghị, đồng chí Chủ tịch HĐND tỉnh đề nghị HĐND các cấp tập trung vào các nhiệm vụ trọng "
            "tâm của quý IV năm 2026.",
            [
                "Thường trực HĐND các xã, phường chuẩn bị chu đáo kỳ họp cuối năm, gửi tài liệu đến đại biểu trước "
                "ít nhất 7 ngày.",
                "UBND tỉnh ban hành hướng dẫn phân cấp nhiệm vụ chi cho cấp xã trong tháng 11/2026.",
                "Các Ban HĐND tỉnh đôn đốc giải quyết 217 kiến nghị cử tri còn lại, báo cáo tại kỳ họp cuối năm.",
                "Văn phòng Đoàn ĐBQH và HĐND tỉnh tổ chức tập huấn nghiệp vụ cho công chức giúp việc HĐND cấp xã.",
            ],
        ),
    ]
    return {
        "date": at(2026, 10, 8, 15), "start": at(2026, 10, 8, 8), "location": "Trung tâm Hội nghị tỉnh Sông Lam",
        "theme": "Đánh giá hoạt động của HĐND các cấp 9 tháng năm 2026, triển khai nhiệm vụ quý IV",
        "council": d.council(SONG_LAM), "category": ACTIVITY,
        "summary": "Thường trực HĐND tỉnh giao ban với Thường trực HĐND các xã, phường: 14 cuộc giám sát, khảo "
                   "sát cấp tỉnh và 1.248 ý kiến, kiến nghị cử tri trong 9 tháng năm 2026.",
        "participants": "Thường trực HĐND tỉnh, lãnh đạo các Ban HĐND tỉnh; lãnh đạo UBND tỉnh, Ủy ban MTTQ Việt Nam "
                        "tỉnh; Thường trực HĐND các xã, phường dự tại điểm cầu tỉnh và các điểm cầu cấp xã.",
        "byline": "Văn Tâm - Bảo Ngọc", "chairs": [lam, nguyet, khanh],
        "tags": ("hội nghị", "giao ban", "cử tri"), "members": [lam, nguyet, khanh, toan, khai, thuy],
        "body": body,
    }


def commune_conference(ctx, d, title):
    """HĐND xã Tân Phong, July 2026: how voters' petitions were answered in the first half of the year."""
    khai, vinh, bang, dung, hai = d.members((KHAI, VINH, BANG, DUNG, HAI))
    photo = ctx.image(f"{title} – quang cảnh", width=1200, height=800)
    body = [
        paragraph("<p>Chiều ngày 23/7/2026, Thường trực HĐND xã Tân Phong tổ chức hội nghị đánh giá kết quả giải "
                  "quyết ý kiến, kiến nghị cử tri 6 tháng đầu năm 2026. Dự hội nghị có đại diện Ủy ban MTTQ Việt "
                  "Nam xã, các Bí thư chi bộ, Trưởng thôn của 14 thôn trong xã.</p>"),
        photo_block(photo, "Quang cảnh hội nghị tại Hội trường UBND xã Tân Phong", "Đức Trung", [khai, vinh, bang]),
        speech("opening", "Cử tri gửi gắm nhiều kỳ vọng vào chính quyền xã sau sắp xếp; mỗi kiến nghị chưa được "
               "trả lời là một lần người dân phải chờ.", member=vinh),
        heading("Kết quả giải quyết kiến nghị"),
        speech("report", "UBND xã đã tiếp nhận 86 ý kiến, kiến nghị; 61 kiến nghị đã giải quyết, 19 kiến nghị "
               "đang giải quyết, 6 kiến nghị vượt thẩm quyền đã chuyển các sở, ngành của tỉnh.", member=bang),
        statistic_block("ý kiến, kiến nghị cử tri", 86, "", "cấp xã", "6 tháng đầu năm 2026",
                        (("đã giải quyết", 61), ("đang giải quyết", 19), ("chuyển cấp tỉnh", 6))),
        speech("contribution", "Ban Kinh tế - Xã hội đã giám sát 3 công trình kênh mương; 1,2 km kênh thôn Hòa "
               "Thuận đã khởi công, phần còn lại cần bố trí vốn năm 2027.", member=dung),
        speech("discussion", "Đề nghị công khai tiến độ giải quyết từng kiến nghị trên bảng tin của thôn và trang "
               "thông tin điện tử của xã.", member=hai),
        speech("discussion", "Người dân thôn Thịnh Vượng mong sớm có đèn chiếu sáng trên tuyến đường liên thôn.",
               name="Ông Đinh Văn Thắng", attribution="Trưởng thôn Thịnh Vượng"),
        speech("discussion", "Mặt trận sẽ cùng Thường trực HĐND giám sát việc trả lời kiến nghị cử tri và thông tin "
               "lại cho Nhân dân.", name="Bà Hà Thị Lan", attribution="Chủ tịch Ủy ban MTTQ Việt Nam xã Tân Phong"),
        quote("Trả lời cử tri không chỉ bằng văn bản mà bằng công trình, việc làm cụ thể.",
              "Đồng chí Võ Đình Khải, Chủ tịch HĐND xã"),
        conclusion(
            khai,
            "Kết luận hội nghị, đồng chí Chủ tịch HĐND xã đề nghị UBND xã và các thôn tập trung thực hiện các nội "
            "dung sau.",
            [
                "UBND xã giải quyết dứt điểm 19 kiến nghị đang giải quyết trước kỳ họp cuối năm 2026.",
                "Văn phòng HĐND và UBND xã đôn đốc các sở, ngành trả lời 6 kiến nghị đã chuyển cấp tỉnh.",
                "Các Trưởng thôn niêm yết kết quả giải quyết kiến nghị tại nhà văn hóa thôn.",
            ],
        ),
    ]
    return {
        "date": at(2026, 7, 23, 17), "start": at(2026, 7, 23, 14), "location": "Hội trường UBND xã Tân Phong",
        "theme": "Đánh giá kết quả giải quyết ý kiến, kiến nghị cử tri 6 tháng đầu năm 2026",
        "council": d.council(TAN_PHONG), "category": VOTERS,
        "summary": "Trong 6 tháng đầu năm 2026, xã Tân Phong đã giải quyết 61 trong số 86 ý kiến, kiến nghị của "
                   "cử tri; hội nghị giao 3 nhiệm vụ cho các kiến nghị còn lại.",
        "participants": "Thường trực HĐND xã, lãnh đạo các Ban HĐND xã; lãnh đạo UBND xã, Ủy ban MTTQ Việt Nam xã; "
                        "Bí thư chi bộ và Trưởng thôn của 14 thôn.",
        "byline": "Hoài An - Đức Trung", "chairs": [khai, vinh],
        "tags": ("cử tri", "hội nghị", "kiến nghị"), "members": [khai, vinh, bang, dung, hai],
        "body": body,
    }


CONFERENCES = [
    ("Hội nghị tổng kết công tác giám sát năm 2021", district_conference),
    ("Hội nghị giao ban Thường trực HĐND tỉnh với Thường trực HĐND các xã, phường quý III năm 2026",
     province_conference),
    ("Hội nghị đánh giá kết quả giải quyết kiến nghị cử tri 6 tháng đầu năm 2026", commune_conference),
]


def ensure_conferences(ctx, index_page, directory, categories):
    existing = set(index_page.get_children().values_list("slug", flat=True))
    for title, build in CONFERENCES:
        slug = page_slug(title)
        if slug in existing:
            continue
        spec = build(ctx, directory, title)
        hero = ctx.image(title, width=1200, height=800)
        ctx.ensure_child_page(
            index_page, ConferencePage, slug,
            title=title, date=spec["date"], first_published_at=spec["date"], start=spec["start"],
            location=spec["location"], theme=spec["theme"], participants=spec["participants"],
            summary=spec["summary"], hero_image=hero, hero_caption="Các đại biểu dự hội nghị",
            hero_credit=credit_of(spec["byline"]), byline=spec["byline"],
            body=json.dumps(spec["body"], ensure_ascii=False),
            category=categories[spec["category"]], council=spec["council"],
            tagged_items=tag_items(spec["tags"]), member_links=member_links(spec["members"]),
            chairs=[ConferenceChair(member=m, sort_order=i) for i, m in enumerate(spec["chairs"])],
        )


def load_demo_content(ctx):
    """News sections, categories, 32 news items and 3 conference reports; needs the councils' demo."""
    directory = Directory()
    categories = ensure_categories(ctx)
    news, conferences = ensure_sections(ctx, directory.council(SONG_LAM))
    ensure_news(ctx, news, directory, categories)
    ensure_conferences(ctx, conferences, directory, categories)
