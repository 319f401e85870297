"""The demo's council members, second part: the district council and its communes, former members, a draft."""

from councils.models import Gender
from demo.directory import (
    COUNCIL_BODY,
    HL_2,
    HONG_LINH,
    LAM_GIANG,
    LAM_SON,
    LAM_SON_TOWNSHIP,
    LAM_THUY,
    LAST_DAY_BEFORE_REFORM,
    LG_1,
    LG_5,
    PHONG_MY,
    REFORM_DAY,
    SL_3,
    SONG_LAM,
    STANDING,
    TAN_HOA,
    TAN_PHONG,
    TAN_PHONG_DISTRICT,
    TAN_THINH,
    D,
    R,
    post,
    seat,
)

LOCAL_MEMBERS = [
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
