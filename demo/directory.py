"""Demo content for the council directory: tỉnh Sông Lam after the 2025 reorganisation.

Everything here is fictional: the provinces, district, communes and people.
The shape follows the real reform. On 1 July 2025 the two-tier local
government began: district councils ended, provinces and communes merged.
Tỉnh Sông Lam was formed from tỉnh Lam Giang and tỉnh Hồng Lĩnh; huyện Tân
Phong (in Lam Giang) ended, and its communes merged into xã Tân Phong and
phường Lam Sơn. The 2026–2031 councils were elected on 15 March 2026.

This module holds the councils, their terms and bodies, and the helpers that describe a
member's posts; the members are in demo/members.py, the loader in demo/councils.py.
"""

import datetime

from councils.models import (
    CouncilKind,
    CouncilLevel,
    MembershipRole,
    OrganizationKind,
)

DEMO_PROVINCE_SLUG = "tinh-song-lam"

D = datetime.date
# The last day of district councils and of the merged provinces and communes.
LAST_DAY_BEFORE_REFORM = D(2025, 6, 30)
REFORM_DAY = D(2025, 7, 1)

# Slugs of the demo councils.
SONG_LAM = DEMO_PROVINCE_SLUG
LAM_GIANG = "tinh-lam-giang"
HONG_LINH = "tinh-hong-linh"
TAN_PHONG_DISTRICT = "huyen-tan-phong"
TAN_HOA = "xa-tan-hoa"
TAN_THINH = "xa-tan-thinh"
PHONG_MY = "xa-phong-my"
LAM_SON_TOWNSHIP = "thi-tran-lam-son"
LAM_THUY = "xa-lam-thuy"
TAN_PHONG = "xa-tan-phong"
LAM_SON = "phuong-lam-son"
SONG_HOA = "xa-song-hoa"

# --- Councils ----------------------------------------------------------------------------

COUNCILS = [
    # Listed so that a council's parent and predecessors come before it.
    {
        "slug": LAM_GIANG, "name": "Hội đồng nhân dân tỉnh Lam Giang", "short_name": "HĐND tỉnh Lam Giang",
        "level": CouncilLevel.PROVINCE, "kind": CouncilKind.PROVINCE, "dissolved": REFORM_DAY,
        "description": "<p>Hội đồng nhân dân tỉnh Lam Giang kết thúc hoạt động ngày 01/7/2025, khi tỉnh Lam Giang "
                       "hợp nhất với tỉnh Hồng Lĩnh thành tỉnh Sông Lam. Tài liệu của Hội đồng được lưu tại "
                       "cổng thông tin HĐND tỉnh Sông Lam.</p>",
    },
    {
        "slug": HONG_LINH, "name": "Hội đồng nhân dân tỉnh Hồng Lĩnh", "short_name": "HĐND tỉnh Hồng Lĩnh",
        "level": CouncilLevel.PROVINCE, "kind": CouncilKind.PROVINCE, "dissolved": REFORM_DAY,
        "description": "<p>Hội đồng nhân dân tỉnh Hồng Lĩnh kết thúc hoạt động ngày 01/7/2025, khi tỉnh Hồng Lĩnh "
                       "hợp nhất với tỉnh Lam Giang thành tỉnh Sông Lam.</p>",
    },
    {
        "slug": TAN_PHONG_DISTRICT, "name": "Hội đồng nhân dân huyện Tân Phong",
        "short_name": "HĐND huyện Tân Phong", "level": CouncilLevel.DISTRICT, "kind": CouncilKind.DISTRICT,
        "parent": LAM_GIANG, "dissolved": REFORM_DAY,
        "description": "<p>Hội đồng nhân dân huyện Tân Phong (tỉnh Lam Giang) kết thúc hoạt động ngày 01/7/2025, "
                       "khi chính quyền địa phương cấp huyện kết thúc hoạt động. Địa bàn huyện nay thuộc xã "
                       "Tân Phong và phường Lam Sơn, tỉnh Sông Lam.</p>",
    },
    {
        "slug": TAN_HOA, "name": "Hội đồng nhân dân xã Tân Hòa", "short_name": "HĐND xã Tân Hòa",
        "level": CouncilLevel.COMMUNE, "kind": CouncilKind.COMMUNE, "parent": TAN_PHONG_DISTRICT,
        "dissolved": REFORM_DAY,
    },
    {
        "slug": TAN_THINH, "name": "Hội đồng nhân dân xã Tân Thịnh", "short_name": "HĐND xã Tân Thịnh",
        "level": CouncilLevel.COMMUNE, "kind": CouncilKind.COMMUNE, "parent": TAN_PHONG_DISTRICT,
        "dissolved": REFORM_DAY,
    },
    {
        "slug": PHONG_MY, "name": "Hội đồng nhân dân xã Phong Mỹ", "short_name": "HĐND xã Phong Mỹ",
        "level": CouncilLevel.COMMUNE, "kind": CouncilKind.COMMUNE, "parent": TAN_PHONG_DISTRICT,
        "dissolved": REFORM_DAY,
    },
    {
        # A township (thị trấn) was a commune-level unit; CouncilKind has no choice for it,
        # so the kind is left empty and the name says it.
        "slug": LAM_SON_TOWNSHIP, "name": "Hội đồng nhân dân thị trấn Lam Sơn",
        "short_name": "HĐND thị trấn Lam Sơn", "level": CouncilLevel.COMMUNE, "kind": "",
        "parent": TAN_PHONG_DISTRICT, "dissolved": REFORM_DAY,
    },
    {
        "slug": LAM_THUY, "name": "Hội đồng nhân dân xã Lam Thủy", "short_name": "HĐND xã Lam Thủy",
        "level": CouncilLevel.COMMUNE, "kind": CouncilKind.COMMUNE, "parent": TAN_PHONG_DISTRICT,
        "dissolved": REFORM_DAY,
    },
    {
        "slug": SONG_LAM, "name": "Hội đồng nhân dân tỉnh Sông Lam", "short_name": "HĐND tỉnh Sông Lam",
        "level": CouncilLevel.PROVINCE, "kind": CouncilKind.PROVINCE, "established": REFORM_DAY,
        "predecessors": [LAM_GIANG, HONG_LINH],
        "description": "<p>Hội đồng nhân dân tỉnh Sông Lam được thành lập ngày 01/7/2025 trên cơ sở hợp nhất "
                       "Hội đồng nhân dân tỉnh Lam Giang và Hội đồng nhân dân tỉnh Hồng Lĩnh. Hội đồng nhân dân "
                       "tỉnh khóa XIX, nhiệm kỳ 2026–2031, được bầu ngày 15/3/2026.</p>",
    },
    {
        "slug": TAN_PHONG, "name": "Hội đồng nhân dân xã Tân Phong", "short_name": "HĐND xã Tân Phong",
        "level": CouncilLevel.COMMUNE, "kind": CouncilKind.COMMUNE, "parent": SONG_LAM,
        "established": REFORM_DAY, "predecessors": [TAN_HOA, TAN_THINH, PHONG_MY, TAN_PHONG_DISTRICT],
        "description": "<p>Xã Tân Phong được thành lập ngày 01/7/2025 trên cơ sở sắp xếp toàn bộ diện tích tự "
                       "nhiên và dân số của các xã Tân Hòa, Tân Thịnh và Phong Mỹ thuộc huyện Tân Phong.</p>",
    },
    {
        "slug": LAM_SON, "name": "Hội đồng nhân dân phường Lam Sơn", "short_name": "HĐND phường Lam Sơn",
        "level": CouncilLevel.COMMUNE, "kind": CouncilKind.WARD, "parent": SONG_LAM,
        "established": REFORM_DAY, "predecessors": [LAM_SON_TOWNSHIP, LAM_THUY, TAN_PHONG_DISTRICT],
        "description": "<p>Phường Lam Sơn được thành lập ngày 01/7/2025 trên cơ sở sắp xếp toàn bộ diện tích tự "
                       "nhiên và dân số của thị trấn Lam Sơn và xã Lam Thủy thuộc huyện Tân Phong.</p>",
    },
    {
        "slug": SONG_HOA, "name": "Hội đồng nhân dân xã Sông Hoa", "short_name": "HĐND xã Sông Hoa",
        "level": CouncilLevel.COMMUNE, "kind": CouncilKind.COMMUNE, "parent": SONG_LAM,
        "established": REFORM_DAY,
        "description": "<p>Xã Sông Hoa được thành lập ngày 01/7/2025 trên cơ sở sắp xếp các xã Hoa Lư, Hoa Thám "
                       "và Sông Cầu thuộc huyện Nậm Khao, tỉnh Hồng Lĩnh.</p>",
    },
]

# --- Terms -------------------------------------------------------------------------------
#
# A council's term runs from its first session to the first session of the next one
# (Luật Tổ chức chính quyền địa phương), so the 2021–2026 term of a council that still
# exists ends the day before the first session of the council elected on 15 March 2026.
# The councils formed on 1 July 2025 carried the rest of the 2021–2026 term from that
# day. The province continues the numbering of HĐND tỉnh Lam Giang, where its seat is;
# the new commune and ward councils start at khóa I.
#
# The 2026–2031 terms have no end date: the model treats a term with an empty end as
# running, and the end date is the real one, which nobody knows before it comes (the
# 2021–2026 term itself ended early). The planned year is in the term's name.

# Names are the years only: the directory prints Term.years (the name when set) after
# "nhiệm kỳ"; and a term cut short keeps its years (2021–2026, not 2021–2025).
TERM_2021 = "2021–2026"
TERM_2026 = "2026–2031"

TERMS = [
    (LAM_GIANG, 18, TERM_2021, D(2021, 6, 25), LAST_DAY_BEFORE_REFORM),
    (HONG_LINH, 17, TERM_2021, D(2021, 6, 24), LAST_DAY_BEFORE_REFORM),
    (TAN_PHONG_DISTRICT, 21, TERM_2021, D(2021, 6, 22), LAST_DAY_BEFORE_REFORM),
    (TAN_HOA, 21, TERM_2021, D(2021, 6, 18), LAST_DAY_BEFORE_REFORM),
    (TAN_THINH, 21, TERM_2021, D(2021, 6, 18), LAST_DAY_BEFORE_REFORM),
    (PHONG_MY, 20, TERM_2021, D(2021, 6, 19), LAST_DAY_BEFORE_REFORM),
    (LAM_SON_TOWNSHIP, 12, TERM_2021, D(2021, 6, 18), LAST_DAY_BEFORE_REFORM),
    (LAM_THUY, 21, TERM_2021, D(2021, 6, 19), LAST_DAY_BEFORE_REFORM),
    (SONG_LAM, 18, TERM_2021, REFORM_DAY, D(2026, 3, 29)),
    (SONG_LAM, 19, TERM_2026, D(2026, 3, 30), None),
    (TAN_PHONG, 1, TERM_2021, REFORM_DAY, D(2026, 3, 26)),
    (TAN_PHONG, 2, TERM_2026, D(2026, 3, 27), None),
    (LAM_SON, 1, TERM_2021, REFORM_DAY, D(2026, 3, 26)),
    (LAM_SON, 2, TERM_2026, D(2026, 3, 27), None),
    (SONG_HOA, 1, TERM_2021, REFORM_DAY, D(2026, 3, 26)),
    (SONG_HOA, 2, TERM_2026, D(2026, 3, 27), None),
]

# --- Organizations -----------------------------------------------------------------------

K = OrganizationKind
ECONOMY_BUDGET = ("ban-kinh-te-ngan-sach", "Ban Kinh tế - Ngân sách")
CULTURE_SOCIETY = ("ban-van-hoa-xa-hoi", "Ban Văn hóa - Xã hội")
LEGAL = ("ban-phap-che", "Ban Pháp chế")
ETHNIC = ("ban-dan-toc", "Ban Dân tộc")
ECONOMY_SOCIETY = ("ban-kinh-te-xa-hoi", "Ban Kinh tế - Xã hội")


def council_bodies(council_name, standing_name, committees=()):
    """The council as a whole, its standing committee and its committees (Ban)."""
    bodies = [
        ("hoi-dong-nhan-dan", K.COUNCIL, council_name, 10),
        ("thuong-truc", K.STANDING_COMMITTEE, standing_name, 20),
    ]
    bodies += [(slug, K.COMMITTEE, name, 30 + 10 * i) for i, (slug, name) in enumerate(committees)]
    return bodies


def outside_bodies(*names):
    """Bodies outside the council whose posts members hold concurrently."""
    return [(slug, K.EXTERNAL, name, 900 + 10 * i) for i, (slug, name) in enumerate(names)]


PROVINCE_COMMITTEES = (ECONOMY_BUDGET, CULTURE_SOCIETY, LEGAL, ETHNIC)
COMMUNE_COMMITTEES = (ECONOMY_SOCIETY, LEGAL)

ORGANIZATIONS = {
    SONG_LAM: council_bodies("Hội đồng nhân dân tỉnh Sông Lam", "Thường trực HĐND tỉnh", PROVINCE_COMMITTEES) + [
        ("to-dai-bieu-so-1", K.DELEGATE_GROUP, "Tổ đại biểu đơn vị bầu cử số 1", 81),
        ("to-dai-bieu-so-3", K.DELEGATE_GROUP, "Tổ đại biểu đơn vị bầu cử số 3", 83),
        ("to-dai-bieu-so-4", K.DELEGATE_GROUP, "Tổ đại biểu đơn vị bầu cử số 4", 84),
        ("to-dai-bieu-so-7", K.DELEGATE_GROUP, "Tổ đại biểu đơn vị bầu cử số 7", 87),
    ] + outside_bodies(
        ("tinh-uy", "Tỉnh ủy Sông Lam"),
        ("ubnd-tinh", "Ủy ban nhân dân tỉnh Sông Lam"),
        ("mttq-tinh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Sông Lam"),
        ("tinh-doan", "Tỉnh đoàn Sông Lam"),
        ("so-tai-chinh", "Sở Tài chính tỉnh Sông Lam"),
        ("so-giao-duc-dao-tao", "Sở Giáo dục và Đào tạo tỉnh Sông Lam"),
        ("benh-vien-da-khoa", "Bệnh viện Đa khoa tỉnh Sông Lam"),
        ("truong-thpt-lam-son", "Trường Trung học phổ thông Lam Sơn"),
    ),
    LAM_GIANG: council_bodies(
        "Hội đồng nhân dân tỉnh Lam Giang", "Thường trực HĐND tỉnh", (ECONOMY_BUDGET, CULTURE_SOCIETY, LEGAL)
    ) + outside_bodies(("tinh-uy", "Tỉnh ủy Lam Giang"), ("ubnd-tinh", "Ủy ban nhân dân tỉnh Lam Giang")),
    HONG_LINH: council_bodies("Hội đồng nhân dân tỉnh Hồng Lĩnh", "Thường trực HĐND tỉnh", PROVINCE_COMMITTEES)
    + outside_bodies(("tinh-uy", "Tỉnh ủy Hồng Lĩnh"), ("ubnd-tinh", "Ủy ban nhân dân tỉnh Hồng Lĩnh")),
    TAN_PHONG_DISTRICT: council_bodies(
        "Hội đồng nhân dân huyện Tân Phong", "Thường trực HĐND huyện", (ECONOMY_SOCIETY, LEGAL)
    ) + outside_bodies(("huyen-uy", "Huyện ủy Tân Phong"), ("ubnd-huyen", "Ủy ban nhân dân huyện Tân Phong")),
    TAN_HOA: council_bodies("Hội đồng nhân dân xã Tân Hòa", "Thường trực HĐND xã")
    + outside_bodies(("dang-uy", "Đảng ủy xã Tân Hòa")),
    TAN_THINH: council_bodies("Hội đồng nhân dân xã Tân Thịnh", "Thường trực HĐND xã"),
    PHONG_MY: council_bodies("Hội đồng nhân dân xã Phong Mỹ", "Thường trực HĐND xã"),
    LAM_SON_TOWNSHIP: council_bodies("Hội đồng nhân dân thị trấn Lam Sơn", "Thường trực HĐND thị trấn"),
    LAM_THUY: council_bodies("Hội đồng nhân dân xã Lam Thủy", "Thường trực HĐND xã"),
    TAN_PHONG: council_bodies("Hội đồng nhân dân xã Tân Phong", "Thường trực HĐND xã", COMMUNE_COMMITTEES)
    + outside_bodies(
        ("dang-uy", "Đảng ủy xã Tân Phong"),
        ("ubnd-xa", "Ủy ban nhân dân xã Tân Phong"),
        ("mttq-xa", "Ủy ban Mặt trận Tổ quốc Việt Nam xã Tân Phong"),
    ),
    LAM_SON: council_bodies("Hội đồng nhân dân phường Lam Sơn", "Thường trực HĐND phường", COMMUNE_COMMITTEES)
    + outside_bodies(("dang-uy", "Đảng ủy phường Lam Sơn"), ("ubnd-phuong", "Ủy ban nhân dân phường Lam Sơn")),
    SONG_HOA: council_bodies("Hội đồng nhân dân xã Sông Hoa", "Thường trực HĐND xã", COMMUNE_COMMITTEES)
    + outside_bodies(("dang-uy", "Đảng ủy xã Sông Hoa"), ("ubnd-xa", "Ủy ban nhân dân xã Sông Hoa")),
}

# --- Members -----------------------------------------------------------------------------

R = MembershipRole
COUNCIL_BODY = "hoi-dong-nhan-dan"
STANDING = "thuong-truc"

# Constituencies of the 2026 province election are groups of the new communes and wards;
# those of 2021 were districts (or cities) of the old provinces.
SL_1 = "Đơn vị bầu cử số 1: phường Lam Sơn, xã Hưng Lộc"
SL_3 = "Đơn vị bầu cử số 3: xã Tân Phong, xã Thạch Bàn, xã Yên Trạch"
SL_4 = "Đơn vị bầu cử số 4: phường Hồng Châu, xã Kim Lũy"
SL_7 = "Đơn vị bầu cử số 7: xã Nậm Khao, xã Mường Lầm, xã Pù Hồng"
LG_1 = "Đơn vị bầu cử số 1: thành phố Lam Giang"
LG_5 = "Đơn vị bầu cử số 5: huyện Tân Phong"
HL_2 = "Đơn vị bầu cử số 2: thị xã Hồng Châu"
HL_6 = "Đơn vị bầu cử số 6: huyện Nậm Khao"


def seat(council, term, organization, role=R.MEMBER, title="", constituency="", start=None, end=None):
    """A post in a council body for one term (it ends with the term unless ``end`` says earlier)."""
    return {
        "organization": (council, organization), "term": (council, term), "role": role, "title": title,
        "constituency": constituency, "start_date": start, "end_date": end,
    }


def post(council, organization, role, title, start, end=None):
    """A concurrent post outside the council: Party committee, People's Committee, a department."""
    return {
        "organization": (council, organization), "term": None, "role": role, "title": title,
        "constituency": "", "start_date": start, "end_date": end,
    }
