"""Generate a large site for the benchmark (``make bench``): news, reports, members, views.

On top of the demo content (loaded first) it adds, by default:

- 2,000 news pages under "Tin tức" (paragraphs, sometimes a photo or a statistic, tags, members);
- 200 conference reports under "Hội nghị" with every block: paragraphs, headings, a quote,
  photos naming members, speeches (members with portraits, and guests by name), statistics
  with breakdowns and the chair's conclusion with directives; chairs, tags, related members;
- council members up to 200 in all, each with a portrait and posts in the province council;
- with ``--sites N``, N commune sites under the province council, each with a few members and
  5 to 10 of the news pages (``bench/sites.py``);
- 1,000,000 Hit rows (``analytics_generate_hits``, COPY on PostgreSQL), over every site's pages.

Speed: images come from a small pool (30 photos, one small portrait per member); pages are
added with treebeard's ``add_child`` while the reference index and search index do not
update on save; their revisions are bulk-created; both indexes are rebuilt once at the end
(the member page lists mentions through the reference index).

Meant for an empty benchmark database: it refuses to run twice on one database.
"""

import datetime
import io
import json
import random
import time
from contextlib import contextmanager
from zoneinfo import ZoneInfo

from django.contrib.contenttypes.models import ContentType
from django.core.files.images import ImageFile
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.db.models.signals import post_save
from django.utils.text import slugify
from wagtail.images import get_image_model
from wagtail.models import Page, Revision, Site
from wagtail.signal_handlers import disable_reference_index_auto_update

from bench import sites
from councils.models import CouncilMember, Membership, MembershipRole, Organization, Term
from delivery.text import fold
from demo.images import render_demo_image, render_portrait

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
SLUG_PREFIX = "bench-"
PROVINCE = "tinh-song-lam"
PROVINCE_TERM = 19
# The member most often chairing, speaking and concluding: the benchmark's member page.
LEAD_MEMBER_SLUG = "hoang-trong-lam"

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
          "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Lương", "Trịnh", "Quách"]
MIDDLE = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Quốc", "Ngọc", "Thu", "Xuân", "Công", "Bích"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hạnh", "Hòa", "Hùng", "Hương", "Khoa", "Lan",
         "Long", "Mai", "Nam", "Nga", "Phúc", "Quang", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Vân", "Yến"]
PLACES = ["xã Tân Phong", "phường Lam Sơn", "xã Hưng Lộc", "xã Nậm Khao", "xã Kim Lũy", "phường Hồng Châu",
          "xã Mường Lầm", "xã Thạch Bàn", "xã Yên Trạch", "xã Pù Hồng", "Trung tâm Hội nghị tỉnh Sông Lam"]
TOPICS = ["thu, chi ngân sách", "đầu tư công", "xây dựng nông thôn mới", "chuyển đổi số", "an toàn thực phẩm",
          "giải phóng mặt bằng", "y tế cơ sở", "giáo dục vùng cao", "thủ tục hành chính", "nước sạch nông thôn",
          "giảm nghèo bền vững", "quản lý đất đai", "trật tự đô thị", "phòng, chống thiên tai", "việc làm"]
ACTIONS = {
    "giam-sat": "Giám sát {topic} tại {place}",
    "ky-hop": "Kỳ họp HĐND tỉnh thảo luận về {topic}",
    "tiep-xuc-cu-tri": "Cử tri {place} kiến nghị về {topic}",
    "tiep-cong-dan": "Tiếp công dân về {topic} tại {place}",
    "hoat-dong-hdnd": "Thường trực HĐND tỉnh làm việc về {topic} tại {place}",
}
TAGS = ["giám sát", "kỳ họp", "cử tri", "ngân sách", "đầu tư công", "nông thôn mới", "chuyển đổi số", "y tế",
        "giáo dục", "đất đai", "tiếp công dân", "khiếu nại, tố cáo", "an sinh xã hội", "môi trường",
        "thủy lợi", "giao thông", "nghị quyết", "chất vấn", "hội nghị", "kiến nghị"]
PARAGRAPHS = [
    "Qua nghe báo cáo và kiểm tra thực tế, đoàn ghi nhận nhiều kết quả tích cực, đồng thời chỉ ra những tồn tại: "
    "một số nhiệm vụ triển khai còn chậm, việc phối hợp giữa các cơ quan chưa chặt chẽ, hồ sơ lưu trữ chưa đầy đủ.",
    "Các đại biểu thảo luận, cho ý kiến vào các báo cáo, tờ trình và dự thảo nghị quyết; nhiều ý kiến sát thực "
    "tiễn, gắn với những vấn đề cử tri quan tâm như hạ tầng giao thông, việc làm và chất lượng khám chữa bệnh.",
    "Cử tri đánh giá cao sự quan tâm của HĐND các cấp, đồng thời nêu nhiều ý kiến, kiến nghị về đường giao thông "
    "nội đồng, cấp giấy chứng nhận quyền sử dụng đất và nước sạch sinh hoạt.",
    "Đại diện các cơ quan chuyên môn báo cáo kết quả thực hiện và những khó khăn, vướng mắc phát sinh; các thành "
    "viên đoàn tập trung làm rõ việc sử dụng nguồn lực và tiến độ thực hiện.",
    "Kết luận buổi làm việc, đoàn đề nghị các đơn vị khẩn trương khắc phục hạn chế, báo cáo kết quả bằng văn bản "
    "trước kỳ họp tới của HĐND tỉnh.",
    "Những nội dung vượt thẩm quyền được tổng hợp, kiến nghị cấp có thẩm quyền xem xét; Thường trực HĐND sẽ theo "
    "dõi việc thực hiện kiến nghị sau giám sát.",
]
BYLINES = ["Minh Thu - Quốc Huy", "Thanh Hà", "Hoài An - Đức Trung", "Phương Linh", "Văn Tâm - Bảo Ngọc"]


def block(kind, value):
    return {"type": kind, "value": value}


def paragraph(text):
    return block("paragraph", f"<p>{text}</p>")


def photo(image, caption, members):
    return block("photo", {"image": image.pk, "caption": caption, "credit": "Quốc Huy",
                           "members": [m.pk for m in members]})


def speech(kind, text, member=None, name="", attribution=""):
    return block("speech", {"speaker": member.pk if member else None, "speaker_name": name,
                            "attribution": attribution, "kind": kind, "text": f"<p>{text}</p>"})


def statistic(label, parts, scope="cấp tỉnh", period="năm 2026"):
    return block("statistic", {
        "label": label, "value": str(sum(v for _, v in parts)), "unit": "", "scope": scope, "period": period,
        "breakdown": [{"label": part, "value": str(value)} for part, value in parts],
    })


class Command(BaseCommand):
    help = "Generate a large site for the benchmark on an empty database (news, reports, members, views)."

    def add_arguments(self, parser):
        parser.add_argument("--news", type=int, default=2000)
        parser.add_argument("--conferences", type=int, default=200)
        parser.add_argument("--members", type=int, default=200, help="Live council members in all.")
        parser.add_argument("--hits", type=int, default=1_000_000)
        parser.add_argument("--hit-days", type=int, default=60)
        parser.add_argument("--photos", type=int, default=30)
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument("--sites", type=int, default=0,
                            help="Commune sites under the province (bench/sites.py), sharing the news count.")

    def handle(self, *args, **options):
        self.rng = random.Random(options["seed"])
        started = time.monotonic()
        if Page.objects.filter(slug__startswith=SLUG_PREFIX).exists():
            raise CommandError("This database already holds a generated benchmark site: drop it and migrate first.")
        with self._search_auto_update_off():
            self.generate(options)
        self.stdout.write(self.style.SUCCESS(f"Benchmark site generated in {time.monotonic() - started:.0f} s."))

    def generate(self, options):
        self.step("demo content", lambda: call_command("load_demo_content", allow_production=True,
                                                       stdout=io.StringIO()))
        from newsroom.models import NewsCategory, NewsIndexPage

        # The province's own sections (the demo's commune sites have sections of the same names).
        province = Site.objects.get(is_default_site=True).root_page
        self.news_index = NewsIndexPage.objects.child_of(province).get(slug="tin-tuc")
        self.conference_index = NewsIndexPage.objects.child_of(province).get(slug="hoi-nghi")
        self.categories = {c.slug: c for c in NewsCategory.objects.all()}

        commune_news = sites.news_per_site(options["news"], options["sites"]) * options["sites"]
        with transaction.atomic(), disable_reference_index_auto_update():
            self.step("images", lambda: self.make_photos(options["photos"]))
            self.step("members", lambda: self.make_members(options["members"]))
            self.step("tags", self.make_tags)
            self.step(f"{options['news'] - commune_news} news pages",
                      lambda: self.make_news(options["news"] - commune_news))
            self.step(f"{options['conferences']} conference reports",
                      lambda: self.make_conferences(options["conferences"]))
            if options["sites"]:
                self.step(f"{options['sites']} commune sites with {commune_news} news pages", lambda: sites.make_sites(
                    self, options["sites"], options["news"], PROVINCE, PLACES, PARAGRAPHS))
        if options["hits"]:
            self.step(f"{options['hits']} hits", lambda: call_command(
                "analytics_generate_hits", count=options["hits"], days=options["hit_days"], seed=options["seed"],
                stdout=io.StringIO()))
        self.step("reference index", lambda: call_command("rebuild_references_index", stdout=io.StringIO()))
        self.step("search index", lambda: call_command("update_index", stdout=io.StringIO()))
        self.step("analyze", self.analyze)
        from delivery.models import ContentVersion

        ContentVersion.bump()

    # --- helpers -------------------------------------------------------------------------

    def step(self, label, fn):
        started = time.monotonic()
        self.stdout.write(f"  {label}...", ending="")
        self.stdout.flush()
        fn()
        self.stdout.write(f" {time.monotonic() - started:.1f} s")

    @staticmethod
    @contextmanager
    def _search_auto_update_off():
        """Saves stop updating the search index (``update_index`` builds it once at the end); connected
        again after, so the process that ran the command (a test run) keeps its index up to date."""
        from modelsearch import index
        from modelsearch.signal_handlers import post_save_signal_handler

        models = [model for model in index.get_indexed_models() if post_save.disconnect(
            post_save_signal_handler, sender=model)]
        try:
            yield
        finally:
            for model in models:
                post_save.connect(post_save_signal_handler, sender=model)

    @staticmethod
    def analyze():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")

    def when(self, start, end):
        span = (end - start).total_seconds()
        moment = start + datetime.timedelta(seconds=self.rng.random() * span)
        return moment.replace(minute=0, second=0, microsecond=0)

    # --- images and members --------------------------------------------------------------

    def make_photos(self, count):
        Image = get_image_model()
        self.photos = []
        for i in range(count):
            title = f"Ảnh hoạt động {i + 1:02d}"
            image = Image(title=title)
            data = render_demo_image(title, 1200, 800, seed="bench")
            image.file = ImageFile(io.BytesIO(data), name=f"bench-photo-{i + 1:02d}.jpg")
            image.save()
            self.photos.append(image)

    def make_members(self, total):
        Image = get_image_model()
        council_body = Organization.objects.get(council__slug=PROVINCE, slug="hoi-dong-nhan-dan")
        committees = list(Organization.objects.filter(council__slug=PROVINCE, kind="committee"))
        term = Term.objects.get(council__slug=PROVINCE, number=PROVINCE_TERM)
        taken = set(CouncilMember.objects.values_list("slug", flat=True))
        missing = max(total - CouncilMember.objects.filter(live=True).count(), 0)
        names = [f"{f} {m} {g}" for g in GIVEN for m in MIDDLE for f in FAMILY]
        self.rng.shuffle(names)
        created = 0
        for name in names:
            if created >= missing:
                break
            slug = slugify(fold(name))
            if slug in taken:
                continue
            taken.add(slug)
            image = Image(title=f"Chân dung {name}")
            image.file = ImageFile(io.BytesIO(render_portrait(name, seed="bench")), name=f"bench-{slug}.jpg")
            image.save()
            member = CouncilMember(
                slug=slug, full_name=name, honorific="Đ/c", gender="female" if " Thị " in name else "male",
                birth_date=str(1965 + created % 30), ethnicity="Kinh", hometown=self.rng.choice(PLACES),
                portrait=image, photo_credit="Văn phòng HĐND tỉnh", live=True,
                biography=f"<p>Đại biểu HĐND tỉnh Sông Lam khóa XIX, ứng cử tại {self.rng.choice(PLACES)}.</p>",
            )
            member.save()
            committee = committees[created % len(committees)]
            Membership.objects.bulk_create([
                Membership(member=member, organization=committee, term=term, role=MembershipRole.MEMBER,
                           title=f"Ủy viên {committee.name} HĐND tỉnh", sort_order=0),
                Membership(member=member, organization=council_body, term=term, role=MembershipRole.DELEGATE,
                           title="Đại biểu HĐND tỉnh", sort_order=1,
                           constituency=f"Đơn vị bầu cử số {created % 12 + 1}"),
            ])
            member.save_revision().publish()
            created += 1
        members = list(CouncilMember.objects.filter(live=True).order_by("pk"))
        self.lead = next(m for m in members if m.slug == LEAD_MEMBER_SLUG) if any(
            m.slug == LEAD_MEMBER_SLUG for m in members) else members[0]
        self.members = members
        # A few members are named far more often than the rest, as on a real portal.
        self.member_weights = [1 / (rank + 1) ** 0.7 for rank in range(len(members))]

    def pick_members(self, k):
        chosen = []
        while len(chosen) < k:
            member = self.rng.choices(self.members, weights=self.member_weights)[0]
            if member not in chosen:
                chosen.append(member)
        return chosen

    def make_tags(self):
        from newsroom.models import NewsTag

        self.tags = [NewsTag.objects.filter(name=name).first() or NewsTag.objects.create(name=name) for name in TAGS]

    # --- pages -----------------------------------------------------------------------------

    def common_fields(self, title, date, members, category_slug):
        from newsroom.models import NewsPageMember, NewsPageTag

        return {
            "title": title, "date": date, "first_published_at": date, "last_published_at": date,
            "live": True, "has_unpublished_changes": False,
            "summary": f"{title}: {self.rng.choice(PARAGRAPHS)[:300]}",
            "hero_image": self.rng.choice(self.photos), "hero_caption": f"Quang cảnh {title.lower()}",
            "hero_credit": "Quốc Huy", "byline": self.rng.choice(BYLINES),
            "category": self.categories.get(category_slug), "council": self.province,
            "tagged_items": [NewsPageTag(tag=t) for t in self.rng.sample(self.tags, 3)],
            "member_links": [NewsPageMember(member=m, sort_order=i) for i, m in enumerate(members)],
        }

    @property
    def province(self):
        if not hasattr(self, "_province"):
            from councils.models import Council

            self._province = Council.objects.get(slug=PROVINCE)
        return self._province

    def add_pages(self, parent, pages):
        """Add pages under parent (treebeard), then give each a live revision in bulk."""
        for page in pages:
            parent.add_child(instance=page)
        page_type = ContentType.objects.get_for_model(Page)
        revisions = Revision.objects.bulk_create([
            Revision(content_type_id=page.content_type_id, base_content_type=page_type, object_id=str(page.pk),
                     created_at=page.date, object_str=page.title, content=page.serializable_data())
            for page in pages
        ], batch_size=200)
        Page.objects.bulk_update(
            [Page(pk=page.pk, live_revision_id=rev.pk, latest_revision_id=rev.pk,
                  latest_revision_created_at=rev.created_at) for page, rev in zip(pages, revisions, strict=True)],
            ["live_revision", "latest_revision", "latest_revision_created_at"], batch_size=500,
        )

    def make_news(self, count):
        from newsroom.models import NewsPage

        start, end = datetime.datetime(2022, 1, 1, tzinfo=TZ), datetime.datetime.now(TZ) - datetime.timedelta(days=1)
        pages = []
        for i in range(count):
            category = self.rng.choice(list(ACTIONS))
            title = ACTIONS[category].format(topic=self.rng.choice(TOPICS), place=self.rng.choice(PLACES))
            title = f"{title} (số {i + 1})"
            members = self.pick_members(self.rng.randint(1, 3))
            body = [paragraph(p) for p in self.rng.sample(PARAGRAPHS, self.rng.randint(2, 4))]
            if i % 3 == 0:
                body.insert(1, photo(self.rng.choice(self.photos), "Các đại biểu tại buổi làm việc", members))
            elif i % 3 == 1:
                body.insert(1, statistic("kiến nghị cử tri", [("đã giải quyết", self.rng.randint(10, 90)),
                                                               ("đang giải quyết", self.rng.randint(1, 30))]))
            pages.append(NewsPage(
                slug=f"{SLUG_PREFIX}tin-{i + 1:04d}", body=json.dumps(body, ensure_ascii=False),
                **self.common_fields(title, self.when(start, end), members, category),
            ))
        self.add_pages(self.news_index, pages)

    def conference_body(self, lead, speakers, photos):
        others = [m for m in speakers if m != lead]
        body = [
            paragraph("Thường trực HĐND tỉnh Sông Lam tổ chức hội nghị theo hình thức trực tiếp kết hợp trực "
                      "tuyến đến các điểm cầu cấp xã."),
            photo(photos[0], "Các đồng chí chủ trì hội nghị", [lead, *others[:2]]),
            speech("opening", "Hội nghị cần chỉ ra những vướng mắc cụ thể để tháo gỡ ngay trong quý tới.",
                   member=lead),
            block("heading", {"text": "Kết quả thực hiện", "level": "h2"}),
            speech("report", "Các Ban HĐND tỉnh đã thực hiện nhiều cuộc giám sát, khảo sát; cử tri gửi hàng nghìn "
                   "ý kiến, kiến nghị.", member=others[0]),
            statistic("cuộc giám sát, khảo sát", [("giám sát", self.rng.randint(5, 20)),
                                                  ("khảo sát", self.rng.randint(1, 6))]),
            statistic("ý kiến, kiến nghị cử tri", [("đã giải quyết", self.rng.randint(500, 1200)),
                                                   ("đang giải quyết", self.rng.randint(50, 300))]),
            paragraph(self.rng.choice(PARAGRAPHS)),
            photo(photos[1], "Đại biểu phát biểu tại hội nghị", others[1:3]),
            block("heading", {"text": "Tham luận và thảo luận", "level": "h2"}),
            speech("contribution", "Xã lập sổ theo dõi từng kiến nghị cử tri, giao rõ người, rõ việc, rõ thời hạn.",
                   member=others[1]),
            speech("discussion", "Đề nghị các xã, phường gửi báo cáo quyết toán ngân sách đúng hạn.",
                   member=others[2]),
            speech("discussion", "UBND tỉnh sẽ ban hành hướng dẫn thống nhất về phân cấp nhiệm vụ chi.",
                   member=others[3]),
            speech("discussion", "Nhiều xã vùng cao thiếu công chức giúp việc HĐND; đề nghị sớm bố trí biên chế.",
                   name="Ông Lò Văn Hưng", attribution="Chủ tịch HĐND xã Nậm Khao"),
            block("quote", {"text": "Chính quyền gần dân hơn thì HĐND càng phải nghe dân kỹ hơn.",
                            "attribution": "Phó Chủ tịch HĐND tỉnh"}),
            photo(photos[2], "Quang cảnh phiên thảo luận", others[3:5]),
            paragraph(self.rng.choice(PARAGRAPHS)),
            speech("closing", "Văn phòng tiếp thu đầy đủ các ý kiến để hoàn thiện kết luận hội nghị.",
                   member=others[4]),
            block("conclusion", {
                "presiding_member": lead.pk, "presiding_name": "", "attribution": "",
                "text": "<p>Kết luận hội nghị, đồng chí chủ trì đề nghị HĐND các cấp tập trung vào các nhiệm vụ "
                        "trọng tâm.</p>",
                "directives": ["Thường trực HĐND các xã, phường chuẩn bị chu đáo kỳ họp cuối năm.",
                               "UBND tỉnh ban hành hướng dẫn phân cấp nhiệm vụ chi cho cấp xã.",
                               "Các Ban HĐND tỉnh đôn đốc giải quyết kiến nghị cử tri còn lại."],
            }),
        ]
        return json.dumps(body, ensure_ascii=False)

    def make_conferences(self, count):
        from newsroom.models import ConferenceChair, ConferencePage

        start, end = datetime.datetime(2022, 1, 1, tzinfo=TZ), datetime.datetime.now(TZ) - datetime.timedelta(days=1)
        pages = []
        for i in range(count):
            date = self.when(start, end).replace(hour=16)
            # The lead member chairs a third of the reports; otherwise a frequently named member does.
            lead = self.lead if i % 3 == 0 else self.pick_members(1)[0]
            speakers = [lead] + [m for m in self.pick_members(7) if m != lead][:5]
            photos = self.rng.sample(self.photos, 3)
            topic = self.rng.choice(TOPICS)
            title = f"Hội nghị chuyên đề về {topic} (số {i + 1})"
            fields = self.common_fields(title, date, speakers, self.rng.choice(list(ACTIONS)))
            pages.append(ConferencePage(
                slug=f"{SLUG_PREFIX}hoi-nghi-{i + 1:03d}", body=self.conference_body(lead, speakers, photos),
                start=date.replace(hour=8), location=self.rng.choice(PLACES), theme=f"Đánh giá kết quả {topic}",
                participants="Thường trực HĐND tỉnh, lãnh đạo các Ban HĐND tỉnh; lãnh đạo UBND tỉnh, Ủy ban MTTQ "
                             "Việt Nam tỉnh; Thường trực HĐND các xã, phường.",
                chairs=[ConferenceChair(member=m, sort_order=n) for n, m in enumerate(speakers[:2])],
                **fields,
            ))
        self.add_pages(self.conference_index, pages)
