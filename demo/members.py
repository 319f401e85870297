"""The demo's council members, first part: the province council of tỉnh Sông Lam and its predecessors.

Each member is a dict of CouncilMember fields and its posts (``seat`` in a council body for a term,
``post`` outside the council); demo/councils.py creates them. The rest: demo/members_local.py.
"""

from councils.models import Gender
from demo.directory import (
    COUNCIL_BODY,
    HL_2,
    HL_6,
    HONG_LINH,
    LAM_GIANG,
    LAST_DAY_BEFORE_REFORM,
    LG_1,
    LG_5,
    REFORM_DAY,
    SL_1,
    SL_3,
    SL_4,
    SL_7,
    SONG_LAM,
    STANDING,
    D,
    R,
    post,
    seat,
)
from demo.members_local import LOCAL_MEMBERS
from demo.members_song_hoa import SONG_HOA_MEMBERS

PROVINCE_MEMBERS = [
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
]

# In creation order: the province first, then the district, the communes, former members and the draft,
# then xã Sông Hoa.
MEMBERS = PROVINCE_MEMBERS + LOCAL_MEMBERS + SONG_HOA_MEMBERS
