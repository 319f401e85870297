"""The demo's council members, third part: the council of xã Sông Hoa, a commune with a site of its own."""

from councils.models import Gender
from demo.directory import COUNCIL_BODY, REFORM_DAY, SONG_HOA, STANDING, R, post, seat

SONG_HOA_1 = "Đơn vị bầu cử số 1: thôn Hoa Lư, thôn Hoa Thám"
SONG_HOA_2 = "Đơn vị bầu cử số 2: thôn Sông Cầu, thôn Bến Đá"

SONG_HOA_MEMBERS = [
    {
        "full_name": "Lò Văn Thạch", "gender": Gender.MALE, "birth_date": "1975", "ethnicity": "Thái",
        "hometown": "xã Sông Hoa, tỉnh Sông Lam",
        "biography": "<p>Người dân tộc Thái, cử nhân quản lý nhà nước. Nguyên Bí thư Đảng ủy xã Hoa Lư. Bí thư "
                     "Đảng ủy, Chủ tịch HĐND xã Sông Hoa từ ngày 01/7/2025.</p>",
        "posts": [
            post(SONG_HOA, "dang-uy", R.SECRETARY, "Bí thư Đảng ủy xã", REFORM_DAY),
            seat(SONG_HOA, 2, STANDING, R.CHAIR, "Chủ tịch HĐND xã"),
            seat(SONG_HOA, 2, COUNCIL_BODY, R.DELEGATE, constituency=SONG_HOA_1),
            seat(SONG_HOA, 1, STANDING, R.CHAIR, "Chủ tịch HĐND xã"),
        ],
    },
    {
        "full_name": "Hà Thị Mai Hương", "gender": Gender.FEMALE, "birth_date": "1984", "ethnicity": "Mường",
        "hometown": "xã Sông Hoa, tỉnh Sông Lam",
        "biography": "<p>Người dân tộc Mường, cử nhân luật. Nguyên Phó Chủ tịch HĐND xã Sông Cầu. Phó Chủ tịch "
                     "HĐND xã Sông Hoa, hoạt động chuyên trách.</p>",
        "posts": [
            seat(SONG_HOA, 2, STANDING, R.VICE_CHAIR, "Phó Chủ tịch HĐND xã"),
            seat(SONG_HOA, 2, COUNCIL_BODY, R.DELEGATE, constituency=SONG_HOA_2),
            seat(SONG_HOA, 1, STANDING, R.VICE_CHAIR, "Phó Chủ tịch HĐND xã"),
        ],
    },
    {
        "full_name": "Vi Văn Sơn", "gender": Gender.MALE, "birth_date": "1990", "ethnicity": "Tày",
        "hometown": "xã Sông Hoa, tỉnh Sông Lam",
        "biography": "<p>Người dân tộc Tày, kỹ sư lâm nghiệp. Trưởng Ban Kinh tế - Xã hội HĐND xã Sông Hoa "
                     "khóa II.</p>",
        "posts": [
            seat(SONG_HOA, 2, "ban-kinh-te-xa-hoi", R.HEAD, "Trưởng Ban Kinh tế - Xã hội HĐND xã"),
            seat(SONG_HOA, 2, STANDING),
            seat(SONG_HOA, 2, COUNCIL_BODY, R.DELEGATE, constituency=SONG_HOA_1),
        ],
    },
]
