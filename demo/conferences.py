"""The newsroom demo's three conference reports, written out; between them they use every block of the body."""

import json

from demo.blocks import (
    conclusion,
    credit_of,
    heading,
    member_links,
    page_slug,
    paragraph,
    photo_block,
    quote,
    speech,
    statistic_block,
    tag_items,
)
from demo.directory import SONG_LAM, TAN_PHONG, TAN_PHONG_DISTRICT
from demo.stories import (
    ACTIVITY,
    BANG,
    DUNG,
    HAI,
    KHAI,
    KHANH,
    LAM,
    NGAN,
    NGUYEN,
    NGUYET,
    SUPERVISION,
    THIEN,
    THUY,
    TOAN,
    TRUONG,
    VINH,
    VOTERS,
    at,
)
from newsroom.models import ConferenceChair, ConferencePage


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
