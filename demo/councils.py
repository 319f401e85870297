"""Demo content for the council directory: tỉnh Sông Lam after the 2025 reorganisation.

Everything here is fictional: the provinces, district, communes and people.
The shape follows the real reform. On 1 July 2025 the two-tier local
government began: district councils ended, provinces and communes merged.
Tỉnh Sông Lam was formed from tỉnh Lam Giang and tỉnh Hồng Lĩnh; huyện Tân
Phong (in Lam Giang) ended, and its communes merged into xã Tân Phong and
phường Lam Sơn. The 2026–2031 councils were elected on 15 March 2026.

Idempotent, like the rest of the demo: councils are found by slug, terms by
(council, number), organizations by (council, slug) and members by slug, and
only what is missing is created. A member's posts are created with the member
and never touched afterwards, so a second run adds no rows and no revisions,
and an editor's later changes to a demo member are left alone.
"""

import datetime

from django.utils.text import slugify
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update

from councils.models import (
    Council,
    CouncilKind,
    CouncilLevel,
    CouncilMember,
    Gender,
    Membership,
    MembershipRole,
    Organization,
    OrganizationKind,
    Term,
)
from councils.text import fold

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


MEMBERS = [
    # --- Province: the standing committee of the 2026–2031 council --------------------
    {
        "full_name": "Hoàng Trọng Lâm", "gender": Gender.MALE, "birth_date": "1968", "ethnicity": "Kinh",
        "hometown": "xã Hưng Lộc, tỉnh Sông Lam", "contact_email": "lam.ht@hdnd.songlam.example",
        "biography": "<p>Kỹ sư thủy lợi, thạc sĩ quản lý kinh tế. Nguyên Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh "
                     "Lam Giang nhiệm kỳ 2021–2026. Từ ngày 01/7/2025 là Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh "
                     "Sông Lam; tái cử Chủ tịch HĐND tỉnh khóa XIX tại kỳ họp thứ nhất.</p>",
        "posts": [
            post(SONG_LAM, "tinh-uy", R.DEPUTY_SECRETARY, "Phó Bí thư Tỉnh ủy", REFORM_DAY),
            seat(SONG_LAM, 19, STANDING, R.CHAIR, "Chủ tịch HĐND tỉnh"),
            seat(SONG_LAM, 19, COUNCIL_BODY, R.DELEGATE, constituency=SL_1),
            seat(SONG_LAM, 19, "to-dai-bieu-so-1"),
            seat(SONG_LAM, 18, STANDING, R.CHAIR, "Chủ tịch HĐND tỉnh"),
            post(LAM_GIANG, "tinh-uy", R.DEPUTY_SECRETARY, "Phó Bí thư Tỉnh ủy", D(2020, 10, 16),
                 LAST_DAY_BEFORE_REFORM),
            seat(LAM_GIANG, 18, STANDING, R.CHAIR, "Chủ tịch HĐND tỉnh"),
            seat(LAM_GIANG, 18, COUNCIL_BODY, R.DELEGATE, constituency=LG_1),
        ],
    },
    {
        "full_name": "Phan Thị Minh Nguyệt", "gender": Gender.FEMALE, "birth_date": "1976", "ethnicity": "Kinh",
        "hometown": "phường Hồng Châu, tỉnh Sông Lam", "contact_email": "nguyet.ptm@hdnd.songlam.example",
        "biography": "<p>Cử nhân luật, thạc sĩ hành chính công. Nguyên Tỉnh ủy viên, Phó Chủ tịch HĐND tỉnh "
                     "Hồng Lĩnh. Phó Chủ tịch HĐND tỉnh Sông Lam từ ngày 01/7/2025, phụ trách công tác giám sát "
                     "và tiếp công dân.</p>",
        "posts": [
            post(SONG_LAM, "tinh-uy", R.MEMBER, "Tỉnh ủy viên", REFORM_DAY),
            seat(SONG_LAM, 19, STANDING, R.VICE_CHAIR, "Phó Chủ tịch HĐND tỉnh"),
            seat(SONG_LAM, 19, COUNCIL_BODY, R.DELEGATE, constituency=SL_4),
            seat(SONG_LAM, 19, "to-dai-bieu-so-4"),
            seat(SONG_LAM, 18, STANDING, R.VICE_CHAIR, "Phó Chủ tịch HĐND tỉnh"),
            post(HONG_LINH, "tinh-uy", R.MEMBER, "Tỉnh ủy viên", D(2020, 10, 12), LAST_DAY_BEFORE_REFORM),
            seat(HONG_LINH, 17, STANDING, R.VICE_CHAIR, "Phó Chủ tịch HĐND tỉnh"),
            seat(HONG_LINH, 17, COUNCIL_BODY, R.DELEGATE, constituency=HL_2),
        ],
    },
    {
        "full_name": "Lương Đình Khánh", "gender": Gender.MALE, "birth_date": "1969", "ethnicity": "Thái",
        "hometown": "xã Nậm Khao, tỉnh Sông Lam",
        "biography": "<p>Người dân tộc Thái, cử nhân nông học. Nguyên Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh "
                     "Hồng Lĩnh nhiệm kỳ 2021–2026. Phó Chủ tịch HĐND tỉnh Sông Lam từ ngày 01/7/2025, theo dõi "
                     "các vấn đề dân tộc và miền núi.</p>",
        "posts": [
            post(SONG_LAM, "tinh-uy", R.MEMBER, "Tỉnh ủy viên", REFORM_DAY),
            seat(SONG_LAM, 19, STANDING, R.VICE_CHAIR, "Phó Chủ tịch HĐND tỉnh"),
            seat(SONG_LAM, 19, COUNCIL_BODY, R.DELEGATE, constituency=SL_7),
            seat(SONG_LAM, 19, "to-dai-bieu-so-7"),
            seat(SONG_LAM, 18, STANDING, R.VICE_CHAIR, "Phó Chủ tịch HĐND tỉnh"),
            post(HONG_LINH, "tinh-uy", R.DEPUTY_SECRETARY, "Phó Bí thư Tỉnh ủy", D(2020, 10, 12),
                 LAST_DAY_BEFORE_REFORM),
            seat(HONG_LINH, 17, STANDING, R.CHAIR, "Chủ tịch HĐND tỉnh"),
            seat(HONG_LINH, 17, COUNCIL_BODY, R.DELEGATE, constituency=HL_6),
        ],
    },
    # --- Province: committees ----------------------------------------------------------
    {
        "full_name": "Đặng Quốc Toản", "gender": Gender.MALE, "birth_date": "1974", "ethnicity": "Kinh",
        "hometown": "xã Thạch Bàn, tỉnh Sông Lam",
        "biography": "<p>Thạc sĩ tài chính – ngân hàng. Nguyên Phó Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh Lam "
                     "Giang. Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh Sông Lam, chủ trì thẩm tra dự toán ngân "
                     "sách và kế hoạch đầu tư công của tỉnh.</p>",
        "posts": [
            seat(SONG_LAM, 19, "ban-kinh-te-ngan-sach", R.HEAD, "Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh"),
            seat(SONG_LAM, 19, STANDING),
            seat(SONG_LAM, 19, COUNCIL_BODY, R.DELEGATE, constituency=SL_3),
            seat(SONG_LAM, 19, "to-dai-bieu-so-3", R.GROUP_LEADER),
            seat(SONG_LAM, 18, "ban-kinh-te-ngan-sach", R.HEAD, "Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh"),
            seat(LAM_GIANG, 18, "ban-kinh-te-ngan-sach", R.DEPUTY_HEAD,
                 "Phó Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh"),
            seat(LAM_GIANG, 18, COUNCIL_BODY, R.DELEGATE, constituency=LG_5),
        ],
    },
    {
        "full_name": "Vũ Thị Thanh Mai", "gender": Gender.FEMALE, "birth_date": "1980", "ethnicity": "Kinh",
        "hometown": "xã Kim Lũy, tỉnh Sông Lam",
        "biography": "<p>Cử nhân kế toán, thạc sĩ kinh tế. Trước khi trúng cử đại biểu HĐND tỉnh khóa XIX, bà "
                     "công tác tại Sở Tài chính tỉnh Sông Lam. Phó Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh, hoạt "
                     "động chuyên trách.</p>",
        "posts": [
            seat(SONG_LAM, 19, "ban-kinh-te-ngan-sach", R.DEPUTY_HEAD,
                 "Phó Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh"),
            seat(SONG_LAM, 19, COUNCIL_BODY, R.DELEGATE, constituency=SL_4),
            seat(SONG_LAM, 19, "to-dai-bieu-so-4", R.GROUP_DEPUTY),
        ],
    },
    {
        "full_name": "Quách Thị Hồng Nhung", "gender": Gender.FEMALE, "birth_date": "1978", "ethnicity": "Mường",
        "hometown": "xã Mường Lầm, tỉnh Sông Lam",
        "biography": "<p>Người dân tộc Mường, thạc sĩ xã hội học. Nguyên Phó Trưởng Ban Văn hóa - Xã hội HĐND tỉnh "
                     "Hồng Lĩnh. Trưởng Ban Văn hóa - Xã hội HĐND tỉnh Sông Lam từ ngày 01/7/2025, theo dõi lĩnh "
                     "vực giáo dục, y tế và an sinh xã hội.</p>",
        "posts": [
            seat(SONG_LAM, 19, "ban-van-hoa-xa-hoi", R.HEAD, "Trưởng Ban Văn hóa - Xã hội HĐND tỉnh"),
            seat(SONG_LAM, 19, STANDING),
            seat(SONG_LAM, 19, COUNCIL_BODY, R.DELEGATE, constituency=SL_7),
            seat(SONG_LAM, 19, "to-dai-bieu-so-7", R.GROUP_DEPUTY),
            seat(SONG_LAM, 18, "ban-van-hoa-xa-hoi", R.HEAD, "Trưởng Ban Văn hóa - Xã hội HĐND tỉnh"),
            seat(HONG_LINH, 17, "ban-van-hoa-xa-hoi", R.DEPUTY_HEAD, "Phó Trưởng Ban Văn hóa - Xã hội HĐND tỉnh"),
            seat(HONG_LINH, 17, COUNCIL_BODY, R.DELEGATE, constituency=HL_6),
        ],
    },
    {
        "full_name": "Ngô Đức Thịnh", "gender": Gender.MALE, "birth_date": "1982", "ethnicity": "Kinh",
        "hometown": "xã Yên Trạch, tỉnh Sông Lam",
        "biography": "<p>Bác sĩ chuyên khoa I, cử nhân quản lý bệnh viện. Đại biểu HĐND tỉnh khóa XIX, Phó Trưởng "
                     "Ban Văn hóa - Xã hội HĐND tỉnh, hoạt động chuyên trách.</p>",
        "posts": [
            seat(SONG_LAM, 19, "ban-van-hoa-xa-hoi", R.DEPUTY_HEAD, "Phó Trưởng Ban Văn hóa - Xã hội HĐND tỉnh"),
            seat(SONG_LAM, 19, COUNCIL_BODY, R.DELEGATE, constituency=SL_3),
            seat(SONG_LAM, 19, "to-dai-bieu-so-3", R.GROUP_DEPUTY),
        ],
    },
    {
        "full_name": "Trần Minh Phương", "gender": Gender.MALE, "birth_date": "1971", "ethnicity": "Kinh",
        "hometown": "phường Lam Sơn, tỉnh Sông Lam",
        "biography": "<p>Thạc sĩ luật. Nguyên Trưởng Ban Pháp chế HĐND tỉnh Lam Giang. Trưởng Ban Pháp chế HĐND "
                     "tỉnh Sông Lam, chủ trì giám sát công tác giải quyết khiếu nại, tố cáo và cải cách hành "
                     "chính.</p>",
        "posts": [
            seat(SONG_LAM, 19, "ban-phap-che", R.HEAD, "Trưởng Ban Pháp chế HĐND tỉnh"),
            seat(SONG_LAM, 19, STANDING),
            seat(SONG_LAM, 19, COUNCIL_BODY, R.DELEGATE, constituency=SL_4),
            seat(SONG_LAM, 19, "to-dai-bieu-so-4", R.GROUP_LEADER),
            seat(SONG_LAM, 18, "ban-phap-che", R.HEAD, "Trưởng Ban Pháp chế HĐND tỉnh"),
            seat(LAM_GIANG, 18, "ban-phap-che", R.HEAD, "Trưởng Ban Pháp chế HĐND tỉnh"),
            seat(LAM_GIANG, 18, COUNCIL_BODY, R.DELEGATE, constituency=LG_1),
        ],
    },
    {
        "full_name": "Dương Thị Hạnh", "gender": Gender.FEMALE, "birth_date": "1984", "ethnicity": "Kinh",
        "hometown": "xã Hưng Lộc, tỉnh Sông Lam",
        "biography": "<p>Cử nhân luật, luật sư. Đại biểu HĐND tỉnh khóa XIX, Phó Trưởng Ban Pháp chế HĐND tỉnh, "
                     "tham gia tiếp công dân định kỳ tại Trụ sở tiếp công dân tỉnh.</p>",
        "posts": [
            seat(SONG_LAM, 19, "ban-phap-che", R.DEPUTY_HEAD, "Phó Trưởng Ban Pháp chế HĐND tỉnh"),
            seat(SONG_LAM, 19, COUNCIL_BODY, R.DELEGATE, constituency=SL_1),
            seat(SONG_LAM, 19, "to-dai-bieu-so-1", R.GROUP_DEPUTY),
        ],
    },
    {
        "full_name": "Vi Văn Sáng", "gender": Gender.MALE, "birth_date": "1972", "ethnicity": "Thái",
        "hometown": "xã Pù Hồng, tỉnh Sông Lam",
        "biography": "<p>Người dân tộc Thái, cử nhân quản lý nhà nước. Nguyên Trưởng Ban Dân tộc HĐND tỉnh Hồng "
                     "Lĩnh. Trưởng Ban Dân tộc HĐND tỉnh Sông Lam, theo dõi việc thực hiện các chương trình mục "
                     "tiêu quốc gia ở vùng đồng bào dân tộc thiểu số và miền núi.</p>",
        "posts": [
            seat(SONG_LAM, 19, "ban-dan-toc", R.HEAD, "Trưởng Ban Dân tộc HĐND tỉnh"),
            seat(SONG_LAM, 19, STANDING),
            seat(SONG_LAM, 19, COUNCIL_BODY, R.DELEGATE, constituency=SL_7),
            seat(SONG_LAM, 19, "to-dai-bieu-so-7", R.GROUP_LEADER),
            seat(SONG_LAM, 18, "ban-dan-toc", R.HEAD, "Trưởng Ban Dân tộc HĐND tỉnh"),
            seat(HONG_LINH, 17, "ban-dan-toc", R.HEAD, "Trưởng Ban Dân tộc HĐND tỉnh"),
            seat(HONG_LINH, 17, COUNCIL_BODY, R.DELEGATE, constituency=HL_6),
        ],
    },
    {
        "full_name": "Cầm Thị Xuân", "gender": Gender.FEMALE, "birth_date": "1985", "ethnicity": "Thái",
        "hometown": "xã Nậm Khao, tỉnh Sông Lam",
        "biography": "<p>Người dân tộc Thái, cử nhân sư phạm. Nguyên giáo viên Trường Phổ thông dân tộc nội trú "
                     "Nậm Khao. Đại biểu HĐND tỉnh khóa XIX, Phó Trưởng Ban Dân tộc HĐND tỉnh.</p>",
        "posts": [
            seat(SONG_LAM, 19, "ban-dan-toc", R.DEPUTY_HEAD, "Phó Trưởng Ban Dân tộc HĐND tỉnh"),
            seat(SONG_LAM, 19, COUNCIL_BODY, R.DELEGATE, constituency=SL_7),
            seat(SONG_LAM, 19, "to-dai-bieu-so-7"),
        ],
    },
    # --- Province: delegates who hold posts elsewhere ------------------------------------
    {
        "full_name": "Lê Hữu Nghĩa", "gender": Gender.MALE, "birth_date": "1970", "ethnicity": "Kinh",
        "hometown": "xã Phúc Đồng, tỉnh Sông Lam",
        "biography": "<p>Thạc sĩ kinh tế. Nguyên Giám đốc Sở Tài chính tỉnh Lam Giang; từ ngày 01/7/2025 là Giám "
                     "đốc Sở Tài chính tỉnh Sông Lam. Đại biểu HĐND tỉnh khóa XIX, Tổ trưởng Tổ đại biểu đơn vị "
                     "bầu cử số 1.</p>",
        "posts": [
            post(SONG_LAM, "tinh-uy", R.MEMBER, "Tỉnh ủy viên", REFORM_DAY),
            post(SONG_LAM, "so-tai-chinh", R.OTHER, "Giám đốc Sở Tài chính", REFORM_DAY),
            seat(SONG_LAM, 19, COUNCIL_BODY, R.DELEGATE, constituency=SL_1),
            seat(SONG_LAM, 19, "to-dai-bieu-so-1", R.GROUP_LEADER),
            seat(SONG_LAM, 19, "ban-kinh-te-ngan-sach"),
        ],
    },
    {
        "full_name": "Phạm Thị Ngọc Bích", "gender": Gender.FEMALE, "birth_date": "1979", "ethnicity": "Kinh",
        "hometown": "xã Thạch Bàn, tỉnh Sông Lam",
        "biography": "<p>Tiến sĩ quản lý giáo dục. Giám đốc Sở Giáo dục và Đào tạo tỉnh Sông Lam. Đại biểu HĐND "
                     "tỉnh khóa XIX, Ủy viên Ban Văn hóa - Xã hội HĐND tỉnh.</p>",
        "posts": [
            post(SONG_LAM, "so-giao-duc-dao-tao", R.OTHER, "Giám đốc Sở Giáo dục và Đào tạo", REFORM_DAY),
            seat(SONG_LAM, 19, COUNCIL_BODY, R.DELEGATE, constituency=SL_3),
            seat(SONG_LAM, 19, "to-dai-bieu-so-3"),
            seat(SONG_LAM, 19, "ban-van-hoa-xa-hoi"),
        ],
    },
    {
        "full_name": "Hồ Sỹ Nguyên", "gender": Gender.MALE, "birth_date": "1975", "ethnicity": "Kinh",
        "hometown": "phường Hồng Châu, tỉnh Sông Lam",
        "biography": "<p>Kỹ sư xây dựng, thạc sĩ quản lý đô thị. Nguyên Phó Chủ tịch UBND tỉnh Hồng Lĩnh. Tỉnh ủy "
                     "viên, Phó Chủ tịch UBND tỉnh Sông Lam, phụ trách lĩnh vực xây dựng, giao thông và đô thị.</p>",
        "posts": [
            post(SONG_LAM, "tinh-uy", R.MEMBER, "Tỉnh ủy viên", REFORM_DAY),
            post(SONG_LAM, "ubnd-tinh", R.OTHER, "Phó Chủ tịch UBND tỉnh", REFORM_DAY),
            seat(SONG_LAM, 19, COUNCIL_BODY, R.DELEGATE, constituency=SL_4),
            seat(SONG_LAM, 19, "to-dai-bieu-so-4"),
            post(HONG_LINH, "tinh-uy", R.MEMBER, "Tỉnh ủy viên", D(2020, 10, 12), LAST_DAY_BEFORE_REFORM),
            post(HONG_LINH, "ubnd-tinh", R.OTHER, "Phó Chủ tịch UBND tỉnh", D(2021, 7, 2), LAST_DAY_BEFORE_REFORM),
            seat(HONG_LINH, 17, COUNCIL_BODY, R.DELEGATE, constituency=HL_2),
        ],
    },
    {
        "full_name": "Nguyễn Thị Kim Oanh", "gender": Gender.FEMALE, "birth_date": "1977", "ethnicity": "Kinh",
        "hometown": "xã Yên Trạch, tỉnh Sông Lam",
        "biography": "<p>Thạc sĩ công tác xã hội. Nguyên Chủ tịch Hội Liên hiệp Phụ nữ tỉnh Lam Giang. Tỉnh ủy "
                     "viên, Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Sông Lam, đại biểu HĐND tỉnh khóa "
                     "XIX.</p>",
        "posts": [
            post(SONG_LAM, "tinh-uy", R.MEMBER, "Tỉnh ủy viên", REFORM_DAY),
            post(SONG_LAM, "mttq-tinh", R.CHAIR, "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", REFORM_DAY),
            seat(SONG_LAM, 19, COUNCIL_BODY, R.DELEGATE, constituency=SL_7),
            seat(SONG_LAM, 19, "to-dai-bieu-so-7"),
        ],
    },
    {
        "full_name": "Bùi Văn Chiến", "gender": Gender.MALE, "birth_date": "1981", "ethnicity": "Mường",
        "hometown": "xã Mường Lầm, tỉnh Sông Lam",
        "biography": "<p>Người dân tộc Mường, bác sĩ chuyên khoa II ngoại khoa. Giám đốc Bệnh viện Đa khoa tỉnh "
                     "Sông Lam. Đại biểu HĐND tỉnh khóa XIX, Ủy viên Ban Dân tộc HĐND tỉnh.</p>",
        "posts": [
            post(SONG_LAM, "benh-vien-da-khoa", R.OTHER, "Giám đốc Bệnh viện Đa khoa tỉnh", REFORM_DAY),
            seat(SONG_LAM, 19, COUNCIL_BODY, R.DELEGATE, constituency=SL_7),
            seat(SONG_LAM, 19, "to-dai-bieu-so-7"),
            seat(SONG_LAM, 19, "ban-dan-toc"),
        ],
    },
    {
        "full_name": "Đỗ Thị Hương Giang", "gender": Gender.FEMALE, "birth_date": "1991", "ethnicity": "Kinh",
        "hometown": "phường Lam Sơn, tỉnh Sông Lam",
        "biography": "<p>Thạc sĩ ngữ văn, giáo viên Trường Trung học phổ thông Lam Sơn. Lần đầu trúng cử đại "
                     "biểu HĐND tỉnh tại cuộc bầu cử ngày 15/3/2026; Ủy viên Ban Văn hóa - Xã hội HĐND tỉnh.</p>",
        "posts": [
            post(SONG_LAM, "truong-thpt-lam-son", R.OTHER, "Giáo viên Trường THPT Lam Sơn", D(2014, 9, 1)),
            seat(SONG_LAM, 19, COUNCIL_BODY, R.DELEGATE, constituency=SL_1),
            seat(SONG_LAM, 19, "to-dai-bieu-so-1"),
            seat(SONG_LAM, 19, "ban-van-hoa-xa-hoi"),
        ],
    },
    # --- The district council and the communes that inherited it ---------------------------
    {
        "full_name": "Võ Đình Khải", "gender": Gender.MALE, "birth_date": "1971", "ethnicity": "Kinh",
        "hometown": "xã Tân Phong, tỉnh Sông Lam",
        "biography": "<p>Thạc sĩ quản lý kinh tế. Nguyên Tỉnh ủy viên, Bí thư Huyện ủy, Chủ tịch HĐND huyện Tân "
                     "Phong nhiệm kỳ 2021–2026 cho đến khi huyện kết thúc hoạt động ngày 01/7/2025. Từ đó là Bí "
                     "thư Đảng ủy xã, Chủ tịch HĐND xã Tân Phong.</p>",
        "posts": [
            post(SONG_LAM, "tinh-uy", R.MEMBER, "Tỉnh ủy viên", REFORM_DAY),
            post(TAN_PHONG, "dang-uy", R.SECRETARY, "Bí thư Đảng ủy xã", REFORM_DAY),
            seat(TAN_PHONG, 2, STANDING, R.CHAIR, "Chủ tịch HĐND xã"),
            seat(TAN_PHONG, 2, COUNCIL_BODY, R.DELEGATE,
                 constituency="Đơn vị bầu cử số 1: thôn Đông Hòa, thôn Tân Lập, thôn Phong Quang"),
            seat(TAN_PHONG, 1, STANDING, R.CHAIR, "Chủ tịch HĐND xã"),
            post(LAM_GIANG, "tinh-uy", R.MEMBER, "Tỉnh ủy viên", D(2020, 10, 16), LAST_DAY_BEFORE_REFORM),
            post(TAN_PHONG_DISTRICT, "huyen-uy", R.SECRETARY, "Bí thư Huyện ủy", D(2020, 8, 14),
                 LAST_DAY_BEFORE_REFORM),
            seat(TAN_PHONG_DISTRICT, 21, STANDING, R.CHAIR, "Chủ tịch HĐND huyện"),
            seat(TAN_PHONG_DISTRICT, 21, COUNCIL_BODY, R.DELEGATE,
                 constituency="Đơn vị bầu cử số 2: xã Tân Hòa, xã Tân Thịnh"),
        ],
    },
    {
        "full_name": "Lê Thị Bích Thủy", "gender": Gender.FEMALE, "birth_date": "1978", "ethnicity": "Kinh",
        "hometown": "phường Lam Sơn, tỉnh Sông Lam",
        "biography": "<p>Cử nhân kinh tế, cao cấp lý luận chính trị. Nguyên Huyện ủy viên, Phó Chủ tịch HĐND huyện "
                     "Tân Phong. Phó Bí thư Đảng ủy phường, Chủ tịch HĐND phường Lam Sơn từ ngày 01/7/2025.</p>",
        "posts": [
            post(LAM_SON, "dang-uy", R.DEPUTY_SECRETARY, "Phó Bí thư Đảng ủy phường", REFORM_DAY),
            seat(LAM_SON, 2, STANDING, R.CHAIR, "Chủ tịch HĐND phường"),
            seat(LAM_SON, 2, COUNCIL_BODY, R.DELEGATE,
                 constituency="Đơn vị bầu cử số 2: tổ dân phố Bắc Sơn, tổ dân phố Trung Sơn"),
            seat(LAM_SON, 1, STANDING, R.CHAIR, "Chủ tịch HĐND phường"),
            post(TAN_PHONG_DISTRICT, "huyen-uy", R.MEMBER, "Huyện ủy viên", D(2020, 8, 14), LAST_DAY_BEFORE_REFORM),
            seat(TAN_PHONG_DISTRICT, 21, STANDING, R.VICE_CHAIR, "Phó Chủ tịch HĐND huyện"),
            seat(TAN_PHONG_DISTRICT, 21, COUNCIL_BODY, R.DELEGATE,
                 constituency="Đơn vị bầu cử số 1: thị trấn Lam Sơn"),
        ],
    },
    {
        "full_name": "Phạm Quang Vinh", "gender": Gender.MALE, "birth_date": "1980", "ethnicity": "Kinh",
        "hometown": "xã Tân Phong, tỉnh Sông Lam",
        "biography": "<p>Kỹ sư nông nghiệp. Nguyên Bí thư Đảng ủy, Chủ tịch HĐND xã Tân Hòa. Phó Chủ tịch HĐND xã "
                     "Tân Phong từ ngày 01/7/2025, hoạt động chuyên trách.</p>",
        "posts": [
            seat(TAN_PHONG, 2, STANDING, R.VICE_CHAIR, "Phó Chủ tịch HĐND xã"),
            seat(TAN_PHONG, 2, COUNCIL_BODY, R.DELEGATE,
                 constituency="Đơn vị bầu cử số 2: thôn Hòa Bình, thôn Hòa Thuận"),
            seat(TAN_PHONG, 1, STANDING, R.VICE_CHAIR, "Phó Chủ tịch HĐND xã"),
            post(TAN_HOA, "dang-uy", R.SECRETARY, "Bí thư Đảng ủy xã", D(2020, 6, 20), LAST_DAY_BEFORE_REFORM),
            seat(TAN_HOA, 21, STANDING, R.CHAIR, "Chủ tịch HĐND xã"),
            seat(TAN_HOA, 21, COUNCIL_BODY, R.DELEGATE, constituency="Đơn vị bầu cử số 1: thôn Hòa Bình"),
        ],
    },
    {
        "full_name": "Trịnh Công Bằng", "gender": Gender.MALE, "birth_date": "1977", "ethnicity": "Kinh",
        "hometown": "xã Tân Phong, tỉnh Sông Lam",
        "biography": "<p>Thạc sĩ quản lý công. Nguyên Phó Chủ tịch UBND huyện Tân Phong. Phó Bí thư Đảng ủy, Chủ "
                     "tịch UBND xã Tân Phong, đại biểu HĐND xã khóa II.</p>",
        "posts": [
            post(TAN_PHONG, "dang-uy", R.DEPUTY_SECRETARY, "Phó Bí thư Đảng ủy xã", REFORM_DAY),
            post(TAN_PHONG, "ubnd-xa", R.OTHER, "Chủ tịch UBND xã", REFORM_DAY),
            seat(TAN_PHONG, 2, COUNCIL_BODY, R.DELEGATE,
                 constituency="Đơn vị bầu cử số 3: thôn Thịnh Đạt, thôn Thịnh Vượng, thôn Mỹ Lộc"),
            post(TAN_PHONG_DISTRICT, "ubnd-huyen", R.OTHER, "Phó Chủ tịch UBND huyện", D(2021, 7, 1),
                 LAST_DAY_BEFORE_REFORM),
        ],
    },
    {
        "full_name": "Bùi Thị Dung", "gender": Gender.FEMALE, "birth_date": "1986", "ethnicity": "Mường",
        "hometown": "xã Tân Phong, tỉnh Sông Lam",
        "biography": "<p>Người dân tộc Mường, cử nhân kinh tế nông nghiệp. Nguyên đại biểu HĐND xã Tân Thịnh. "
                     "Trưởng Ban Kinh tế - Xã hội HĐND xã Tân Phong.</p>",
        "posts": [
            seat(TAN_PHONG, 2, "ban-kinh-te-xa-hoi", R.HEAD, "Trưởng Ban Kinh tế - Xã hội HĐND xã"),
            seat(TAN_PHONG, 2, STANDING),
            seat(TAN_PHONG, 2, COUNCIL_BODY, R.DELEGATE,
                 constituency="Đơn vị bầu cử số 3: thôn Thịnh Đạt, thôn Thịnh Vượng, thôn Mỹ Lộc"),
            seat(TAN_PHONG, 1, "ban-kinh-te-xa-hoi", R.HEAD, "Trưởng Ban Kinh tế - Xã hội HĐND xã"),
            seat(TAN_THINH, 21, COUNCIL_BODY, R.DELEGATE, constituency="Đơn vị bầu cử số 2: thôn Thịnh Đạt"),
        ],
    },
    {
        "full_name": "Đoàn Văn Hải", "gender": Gender.MALE, "birth_date": "1983", "ethnicity": "Kinh",
        "hometown": "xã Tân Phong, tỉnh Sông Lam",
        "biography": "<p>Cử nhân luật. Nguyên công chức Tư pháp – Hộ tịch xã Phong Mỹ. Trưởng Ban Pháp chế HĐND "
                     "xã Tân Phong khóa II.</p>",
        "posts": [
            seat(TAN_PHONG, 2, "ban-phap-che", R.HEAD, "Trưởng Ban Pháp chế HĐND xã"),
            seat(TAN_PHONG, 2, STANDING),
            seat(TAN_PHONG, 2, COUNCIL_BODY, R.DELEGATE,
                 constituency="Đơn vị bầu cử số 1: thôn Đông Hòa, thôn Tân Lập, thôn Phong Quang"),
            seat(TAN_PHONG, 1, "ban-phap-che", R.DEPUTY_HEAD, "Phó Trưởng Ban Pháp chế HĐND xã"),
            seat(PHONG_MY, 20, COUNCIL_BODY, R.DELEGATE, constituency="Đơn vị bầu cử số 3: thôn Phong Quang"),
        ],
    },
    {
        "full_name": "Mai Xuân Trường", "gender": Gender.MALE, "birth_date": "1979", "ethnicity": "Kinh",
        "hometown": "phường Lam Sơn, tỉnh Sông Lam",
        "biography": "<p>Cử nhân quản lý đất đai. Nguyên Chủ tịch HĐND thị trấn Lam Sơn. Phó Chủ tịch HĐND phường "
                     "Lam Sơn từ ngày 01/7/2025, hoạt động chuyên trách.</p>",
        "posts": [
            seat(LAM_SON, 2, STANDING, R.VICE_CHAIR, "Phó Chủ tịch HĐND phường"),
            seat(LAM_SON, 2, COUNCIL_BODY, R.DELEGATE,
                 constituency="Đơn vị bầu cử số 1: tổ dân phố Nam Sơn, tổ dân phố Lam Hồng"),
            seat(LAM_SON, 1, STANDING, R.VICE_CHAIR, "Phó Chủ tịch HĐND phường"),
            seat(LAM_SON_TOWNSHIP, 12, STANDING, R.CHAIR, "Chủ tịch HĐND thị trấn"),
            seat(LAM_SON_TOWNSHIP, 12, COUNCIL_BODY, R.DELEGATE, constituency="Đơn vị bầu cử số 1: khối Nam Sơn"),
        ],
    },
    {
        "full_name": "Tạ Thị Ngân", "gender": Gender.FEMALE, "birth_date": "1988", "ethnicity": "Kinh",
        "hometown": "phường Lam Sơn, tỉnh Sông Lam",
        "biography": "<p>Cử nhân tài chính. Nguyên đại biểu HĐND xã Lam Thủy. Trưởng Ban Kinh tế - Xã hội HĐND "
                     "phường Lam Sơn khóa II.</p>",
        "posts": [
            seat(LAM_SON, 2, "ban-kinh-te-xa-hoi", R.HEAD, "Trưởng Ban Kinh tế - Xã hội HĐND phường"),
            seat(LAM_SON, 2, STANDING),
            seat(LAM_SON, 2, COUNCIL_BODY, R.DELEGATE, constituency="Đơn vị bầu cử số 3: tổ dân phố Lam Thủy"),
            seat(LAM_THUY, 21, COUNCIL_BODY, R.DELEGATE, constituency="Đơn vị bầu cử số 2: thôn Thủy Trung"),
        ],
    },
    # --- Former members: every post has ended --------------------------------------------
    {
        "full_name": "Nguyễn Hữu Tường", "gender": Gender.MALE, "birth_date": "1963", "ethnicity": "Kinh",
        "hometown": "xã Đông Cảnh, tỉnh Sông Lam",
        "biography": "<p>Kỹ sư kinh tế nông nghiệp. Nguyên Tỉnh ủy viên, Phó Chủ tịch HĐND tỉnh Lam Giang nhiệm "
                     "kỳ 2021–2026. Nghỉ hưu trước tuổi từ ngày 01/7/2025 khi sắp xếp tổ chức bộ máy.</p>",
        "posts": [
            post(LAM_GIANG, "tinh-uy", R.MEMBER, "Tỉnh ủy viên", D(2015, 10, 20), LAST_DAY_BEFORE_REFORM),
            seat(LAM_GIANG, 18, STANDING, R.VICE_CHAIR, "Phó Chủ tịch HĐND tỉnh"),
            seat(LAM_GIANG, 18, COUNCIL_BODY, R.DELEGATE, constituency=LG_5),
        ],
    },
    {
        "full_name": "Chu Thị Hải Vân", "gender": Gender.FEMALE, "birth_date": "1966", "ethnicity": "Kinh",
        "hometown": "phường Hồng Châu, tỉnh Sông Lam",
        "biography": "<p>Thạc sĩ văn hóa học. Nguyên Trưởng Ban Văn hóa - Xã hội HĐND tỉnh Hồng Lĩnh hai nhiệm "
                     "kỳ. Nghỉ hưu từ tháng 7/2025.</p>",
        "posts": [
            seat(HONG_LINH, 17, "ban-van-hoa-xa-hoi", R.HEAD, "Trưởng Ban Văn hóa - Xã hội HĐND tỉnh"),
            seat(HONG_LINH, 17, STANDING),
            seat(HONG_LINH, 17, COUNCIL_BODY, R.DELEGATE, constituency=HL_2),
        ],
    },
    {
        "full_name": "Đinh Công Thiện", "gender": Gender.MALE, "birth_date": "1965", "ethnicity": "Mường",
        "hometown": "xã Tân Phong, tỉnh Sông Lam",
        "biography": "<p>Người dân tộc Mường, cử nhân luật. Nguyên Trưởng Ban Pháp chế HĐND huyện Tân Phong nhiệm "
                     "kỳ 2021–2026. Nghỉ hưu khi huyện kết thúc hoạt động.</p>",
        "posts": [
            seat(TAN_PHONG_DISTRICT, 21, "ban-phap-che", R.HEAD, "Trưởng Ban Pháp chế HĐND huyện"),
            seat(TAN_PHONG_DISTRICT, 21, COUNCIL_BODY, R.DELEGATE,
                 constituency="Đơn vị bầu cử số 3: xã Phong Mỹ, xã Lam Thủy"),
        ],
    },
    {
        "full_name": "Kiều Văn Lộc", "gender": Gender.MALE, "birth_date": "1974", "ethnicity": "Kinh",
        "hometown": "xã Phúc Đồng, tỉnh Sông Lam",
        "biography": "<p>Thạc sĩ quản lý công. Nguyên Phó Chủ tịch UBND tỉnh Lam Giang, đại biểu HĐND tỉnh Lam "
                     "Giang khóa XVIII. Tháng 9/2023 được điều động công tác ở trung ương và thôi làm nhiệm vụ "
                     "đại biểu.</p>",
        "posts": [
            post(LAM_GIANG, "ubnd-tinh", R.OTHER, "Phó Chủ tịch UBND tỉnh", D(2021, 7, 2), D(2023, 8, 31)),
            seat(LAM_GIANG, 18, COUNCIL_BODY, R.DELEGATE, constituency=LG_1, end=D(2023, 8, 31)),
            seat(LAM_GIANG, 18, "ban-phap-che", end=D(2023, 8, 31)),
        ],
    },
    # --- A draft: prepared by the council office, not yet published ------------------------
    {
        "full_name": "Lưu Thị Thảo", "gender": Gender.FEMALE, "birth_date": "1993", "ethnicity": "Kinh",
        "hometown": "xã Thạch Bàn, tỉnh Sông Lam", "live": False,
        "biography": "<p>Thạc sĩ công nghệ thông tin. Phó Bí thư Tỉnh đoàn Sông Lam. Lần đầu trúng cử đại biểu "
                     "HĐND tỉnh khóa XIX; tiểu sử đang chờ Văn phòng xác minh trước khi đăng.</p>",
        "posts": [
            post(SONG_LAM, "tinh-doan", R.DEPUTY_SECRETARY, "Phó Bí thư Tỉnh đoàn", REFORM_DAY),
            seat(SONG_LAM, 19, COUNCIL_BODY, R.DELEGATE, constituency=SL_3),
            seat(SONG_LAM, 19, "to-dai-bieu-so-3"),
            seat(SONG_LAM, 19, "ban-van-hoa-xa-hoi"),
        ],
    },
]

PHOTO_CREDIT = "Văn phòng Đoàn ĐBQH và HĐND tỉnh Sông Lam"


# --- Loader ------------------------------------------------------------------------------


def member_slug(full_name):
    return slugify(fold(full_name))


def ensure_councils(ctx):
    councils = {}
    for spec in COUNCILS:
        spec = dict(spec)
        slug = spec.pop("slug")
        predecessors = [councils[s] for s in spec.pop("predecessors", [])]
        parent = spec.pop("parent", None)
        council = Council.objects.filter(slug=slug).first()
        if council is None:
            council = Council(slug=slug, parent=councils[parent] if parent else None, **spec)
            council.full_clean()
            council.save()
            council.predecessors.set(predecessors)
            ctx.note_created(council)
            ctx.log(f"Created council: {council.name}")
        councils[slug] = council
    return councils


def ensure_terms(ctx, councils):
    terms = {}
    for council_slug, number, name, start, end in TERMS:
        council = councils[council_slug]
        term = Term.objects.filter(council=council, number=number).first()
        if term is None:
            term = Term(council=council, number=number, name=name, start_date=start, end_date=end)
            term.full_clean()
            term.save()
            ctx.note_created(term)
            ctx.log(f"Created term: {term}")
        terms[council_slug, number] = term
    return terms


def ensure_organizations(ctx, councils):
    organizations = {}
    for council_slug, bodies in ORGANIZATIONS.items():
        council = councils[council_slug]
        for slug, kind, name, sort_order in bodies:
            organization = Organization.objects.filter(council=council, slug=slug).first()
            if organization is None:
                organization = Organization(council=council, slug=slug, kind=kind, name=name, sort_order=sort_order)
                organization.full_clean()
                organization.save()
                ctx.note_created(organization)
                ctx.log(f"Created organization: {name} ({council})")
            organizations[council_slug, slug] = organization
    return organizations


def create_member(ctx, spec, terms, organizations):
    """A new member with portrait and posts; published, or saved as a draft revision."""
    spec = dict(spec)
    posts = spec.pop("posts")
    live = spec.pop("live", True)
    portrait = ctx.image(f"Chân dung {spec['full_name']}", portrait=True)
    # Each saved post makes Wagtail re-index all the member's references; index once at the end.
    with disable_reference_index_auto_update():
        member = CouncilMember(
            slug=member_slug(spec["full_name"]), honorific="Đ/c", photo_credit=PHOTO_CREDIT, live=live,
            portrait=portrait, **spec,
        )
        member.full_clean()
        member.save()
        for order, fields in enumerate(posts):
            fields = dict(fields)
            term_key = fields.pop("term")
            membership = Membership(
                member=member, sort_order=order, organization=organizations[fields.pop("organization")],
                term=terms[term_key] if term_key else None, **fields,
            )
            membership.full_clean()
            membership.save()
        # The revision is saved after the posts so that it records them too.
        revision = member.save_revision()
        if live:
            revision.publish()
    ReferenceIndex.create_or_update_for_object(member)
    ctx.note_created(member)
    ctx.log(f"Created council member: {member.display_name} ({len(posts)} posts{'' if live else ', draft'})")
    return member


def load_demo_content(ctx):
    """Councils of tỉnh Sông Lam and its predecessors, their terms, bodies and members."""
    councils = ensure_councils(ctx)
    terms = ensure_terms(ctx, councils)
    organizations = ensure_organizations(ctx, councils)
    for spec in MEMBERS:
        if not CouncilMember.objects.filter(slug=member_slug(spec["full_name"])).exists():
            create_member(ctx, spec, terms, organizations)
