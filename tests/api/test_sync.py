"""Caching and removals: what lets a mirror stay in step cheaply."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from tests.conftest import ensure_wagtail_base_rows
from tests.factories import make_member
from tests.newsroom.conftest import add_news


def test_every_api_get_has_validators_and_a_public_max_age(client, news_index, settings):
    settings.API_CACHE_MAX_AGE = 120
    add_news(news_index, "Tin")
    for url in ["/api/v2/pages/", "/api/v2/council-members/", "/api/v2/councils/", "/api/v2/images/",
                "/api/v2/documents/", "/api/v2/removals/"]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert response["ETag"].startswith('"'), url
        assert response["Last-Modified"].endswith("GMT"), url
        assert "public" in response["Cache-Control"] and "max-age=120" in response["Cache-Control"], url


def test_if_none_match_and_if_modified_since_answer_304(client, news_index):
    add_news(news_index, "Tin")
    first = client.get("/api/v2/pages/")
    again = client.get("/api/v2/pages/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304 and again.content == b""
    since = client.get("/api/v2/pages/", HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert since.status_code == 304


def test_publishing_changes_the_next_answer_and_its_etag_at_once(client, news_index, directory, district_chair):
    add_news(news_index, "Tin một")
    before = client.get("/api/v2/pages/?type=newsroom.NewsPage")
    add_news(news_index, "Tin hai")
    after = client.get("/api/v2/pages/?type=newsroom.NewsPage", HTTP_IF_NONE_MATCH=before["ETag"])
    assert after.status_code == 200 and after["ETag"] != before["ETag"]
    assert "Tin hai" in after.content.decode()

    members = client.get("/api/v2/council-members/")
    district_chair.full_name = "Đinh Minh Hằng"
    district_chair.save_revision().publish()
    changed = client.get("/api/v2/council-members/", HTTP_IF_NONE_MATCH=members["ETag"])
    assert changed.status_code == 200 and "Đinh Minh Hằng" in changed.content.decode()


def test_unpublished_deleted_and_private_pages_leave_tombstones(client, news_index):
    start = timezone.now() - datetime.timedelta(seconds=1)
    unpublished = add_news(news_index, "Sẽ gỡ")
    deleted = add_news(news_index, "Sẽ xóa")
    private = add_news(news_index, "Sẽ thành nội bộ")
    unpublished.unpublish()
    deleted_id = deleted.pk
    deleted.delete()
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    data = client.get("/api/v2/removals/", {"modified_since": start.isoformat()}).json()
    removed = {(item["id"], item["reason"]) for item in data["items"]}
    assert removed == {(unpublished.pk, "unpublished"), (deleted_id, "deleted"), (private.pk, "private")}
    assert {item["type"] for item in data["items"]} == {"newsroom.NewsPage"}
    assert set(data["items"][0]) == {"id", "type", "endpoint", "reason", "removed_at"}  # nothing of the content


def test_republishing_clears_the_tombstone(client, news_index):
    page = add_news(news_index, "Gỡ rồi đăng lại")
    page.unpublish()
    page.save_revision().publish()
    assert client.get("/api/v2/removals/").json()["items"] == []


def test_unpublished_member_leaves_a_tombstone(client, db):
    member = make_member("Lê Văn Rút")
    member.unpublish() if hasattr(member, "unpublish") else None
    items = client.get("/api/v2/removals/?endpoint=council-members").json()["items"]
    assert [(i["id"], i["type"]) for i in items] == [(member.pk, "councils.CouncilMember")]


def test_removals_reject_bad_filters(client, db):
    for query in ["modified_since=nope", "endpoint=other", "bogus=1"]:
        response = client.get(f"/api/v2/removals/?{query}")
        assert response.status_code == 400 and response.json()["message"]


def test_cors_lets_partner_browsers_read_and_allows_no_other_writes(client, news_index, settings):
    settings.CORS_ALLOWED_ORIGINS = ["https://tinh.example.vn"]
    add_news(news_index, "Tin")
    read = client.get("/api/v2/pages/", HTTP_ORIGIN="https://tinh.example.vn")
    assert read["Access-Control-Allow-Origin"] == "https://tinh.example.vn"
    stranger = client.get("/api/v2/pages/", HTTP_ORIGIN="https://la.example.com")
    assert "Access-Control-Allow-Origin" not in stranger
    preflight = client.options("/api/v2/pages/", HTTP_ORIGIN="https://tinh.example.vn",
                               HTTP_ACCESS_CONTROL_REQUEST_METHOD="DELETE")
    assert "DELETE" not in preflight.get("Access-Control-Allow-Methods", "")
    assert client.delete("/api/v2/pages/", HTTP_ORIGIN="https://tinh.example.vn").status_code == 405
    assert client.post("/api/v2/pages/", {}, HTTP_ORIGIN="https://tinh.example.vn").status_code == 405


# --- a mirror syncing with modified_since ends where a fresh full read does ----------------


class Mirror:
    """A partner's copy of the portal, kept in step the way the README tells them to.

    It lists every page of news and conference reports (all fields) and every
    member, asks next time only for what changed since the largest ``modified``
    it saw, and drops what /api/v2/removals/ lists.
    """

    LISTINGS = [("/api/v2/pages/", {"type": "newsroom.NewsPage", "fields": "*"}, "newsroom.NewsPage"),
                ("/api/v2/pages/", {"type": "newsroom.ConferencePage", "fields": "*"}, "newsroom.ConferencePage"),
                ("/api/v2/council-members/", {}, "council-members")]

    def __init__(self, client):
        self.client = client
        self.items = {}  # (listing, id) -> the item as the API gave it
        self.since = None
        self.last_answers = {}  # listing -> ids the last sync received, that changed since the one before

    def read_all(self, url, params):
        items, offset = [], 0
        while True:
            response = self.client.get(url, {**params, "limit": 20, "offset": offset})
            assert response.status_code == 200, response.content
            data = response.json()
            items += data["items"]
            offset += len(data["items"])
            if not data["items"] or offset >= data["meta"]["total_count"]:
                return items

    def sync(self):
        since = {"modified_since": self.since.isoformat()} if self.since else {}
        seen = []
        for url, params, listing in self.LISTINGS:
            received = self.read_all(url, {**params, **since})
            # What was sent again though unchanged: the items whose modified is the time asked for.
            self.last_answers[listing] = {item["id"] for item in received
                                          if datetime.datetime.fromisoformat(item["modified"]) != self.since}
            for item in received:
                self.items[(listing, item["id"])] = item
                seen.append(datetime.datetime.fromisoformat(item["modified"]))
        for removal in self.read_all("/api/v2/removals/", since):
            for listing in [listing for _, _, listing in self.LISTINGS]:
                if (removal["endpoint"] == "pages") != (listing == "council-members"):
                    self.items.pop((listing, removal["id"]), None)
        if seen:
            self.since = max([*seen, self.since] if self.since else seen)
        return self


@pytest.fixture
def committing(transactional_db):
    """Every statement commits, as an editor's does: what is written after commit is written.

    A transactional test's flush removes the rows Wagtail's migrations create;
    the few it needs are made again (as tests/browser/conftest.py does).
    """
    ensure_wagtail_base_rows()


@pytest.fixture
def site_content(directory, conference, news_index, district_chair, merger):
    """The conference names the chair eight ways; other pages name the chair, an image, or nothing of that."""
    from newsroom.models import NewsPageMember
    from tests.factories import make_image

    related = add_news(news_index, "Tin có đại biểu liên quan")
    related.member_links.add(NewsPageMember(member=district_chair))
    related.save_revision().publish()
    cover = make_image("Ảnh bìa kỳ họp")
    with_cover = add_news(news_index, "Tin có ảnh bìa", hero_image=cover)
    council_news = add_news(news_index, "Tin của HĐND xã", council=merger["commune"])
    unrelated = add_news(news_index, "Tin không liên quan")
    return {"related": related, "cover": cover, "with_cover": with_cover, "council_news": council_news,
            "unrelated": unrelated}


def test_a_mirror_syncing_with_modified_since_ends_identical_to_a_fresh_read(
        committing, client, site_content, conference, district_chair, merger, settings):
    from councils.models import Council, Organization, Term

    settings.PAGE_CACHE_ENABLED = True  # as in production: answers are cached too
    mirror = Mirror(client).sync()
    assert ("newsroom.ConferencePage", conference.pk) in mirror.items

    district_chair.full_name = "Đinh Minh Hằng"
    district_chair.save_revision().publish()
    organization = Organization.objects.get(pk=merger["commune_standing"].pk)
    organization.name = "Thường trực Hội đồng nhân dân xã"
    organization.save()
    term = Term.objects.get(pk=merger["commune_term"].pk)
    term.name = "2026–2031 (khóa I)"
    term.save()
    cover = site_content["cover"]
    cover.title = "Ảnh bìa kỳ họp thứ nhất"
    cover.save()
    council = Council.objects.get(pk=merger["commune"].pk)
    council.name = "Hội đồng nhân dân xã Mới Lập"
    council.save()

    mirror.sync()
    fresh = Mirror(client).sync()
    assert mirror.items == fresh.items
    # The mirror was sent what changed, and only that.
    assert mirror.last_answers["newsroom.ConferencePage"] == {conference.pk}
    assert mirror.last_answers["newsroom.NewsPage"] == {
        conference.pk, site_content["related"].pk, site_content["with_cover"].pk, site_content["council_news"].pk}
    assert mirror.last_answers["council-members"] == {district_chair.pk}
    chair = mirror.items[("council-members", district_chair.pk)]
    assert chair["name"] == "Đinh Minh Hằng"
    assert {m["organization"]["name"] for m in chair["memberships"]} >= {"Thường trực Hội đồng nhân dân xã"}
    assert "Hội đồng nhân dân xã Mới Lập" in {m["organization"]["council"]["name"] for m in chair["memberships"]}
    assert "2026–2031 (khóa I)" in {(m["term"] or {}).get("name") for m in chair["memberships"]}
    assert mirror.items[("newsroom.NewsPage", site_content["with_cover"].pk)]["hero_image"]["title"] == \
        "Ảnh bìa kỳ họp thứ nhất"


@pytest.mark.parametrize("edit", ["member", "portrait", "image", "term", "council", "category", "parent"])
def test_what_a_page_shows_changing_changes_its_modified_and_its_etag(
        committing, client, site_content, conference, district_chair, merger, news_index, category, edit):
    from councils.models import Council, Term

    conference.category = category
    conference.save_revision().publish()
    conference_url = f"/api/v2/pages/{conference.pk}/"
    before = client.get(conference_url)
    since = datetime.datetime.fromisoformat(before.json()["modified"])
    if edit == "member":
        district_chair.honorific = "Bà"
        district_chair.save_revision().publish()
    elif edit == "portrait":
        district_chair.portrait.title = "Chân dung mới"
        district_chair.portrait.save()
    elif edit == "image":
        photo = conference.body[3].value["image"]
        photo.title = "Quang cảnh hội nghị (ảnh mới)"
        photo.save()
    elif edit == "term":
        term = Term.objects.get(pk=merger["district_term"].pk)
        term.end_date = datetime.date(2025, 6, 15)
        term.save()
    elif edit == "council":
        council = Council.objects.get(pk=merger["district"].pk)
        council.short_name = "HĐND huyện Cũ (đã giải thể)"
        council.save()
    elif edit == "category":
        category.name = "Giám sát chuyên đề"
        category.save()
    elif edit == "parent":
        news_index.title = "Tin tức - Sự kiện"
        news_index.save_revision().publish()
    after = client.get(conference_url, HTTP_IF_NONE_MATCH=before["ETag"])
    assert after.status_code == 200 and after["ETag"] != before["ETag"]
    assert datetime.datetime.fromisoformat(after.json()["modified"]) > since
    changed = client.get("/api/v2/pages/", {"modified_since": (since + datetime.timedelta(microseconds=1))
                                            .isoformat()}).json()["items"]
    assert conference.pk in {item["id"] for item in changed}
    # Pages that show nothing of what changed are not sent again; all children show their parent's title.
    assert (site_content["unrelated"].pk in {item["id"] for item in changed}) == (edit == "parent")


def test_renaming_an_organization_changes_its_members_not_their_pages(
        committing, client, site_content, district_chair, merger, conference):
    from councils.models import Organization

    member_before = client.get(f"/api/v2/council-members/{district_chair.pk}/").json()["modified"]
    page_before = client.get(f"/api/v2/pages/{conference.pk}/").json()["modified"]
    organization = Organization.objects.get(pk=merger["party"].pk)
    organization.name = "Đảng ủy huyện Cũ"
    organization.save()
    assert client.get(f"/api/v2/council-members/{district_chair.pk}/").json()["modified"] > member_before
    # Pages show a member's name, portrait and position line, not the organizations of the posts.
    assert client.get(f"/api/v2/pages/{conference.pk}/").json()["modified"] == page_before


def test_a_section_made_public_again_comes_back_to_mirrors(committing, client, news_index):
    page = add_news(news_index, "Tin từng là nội bộ")
    restriction = PageViewRestriction.objects.create(page=news_index, restriction_type="password", password="x")
    since = timezone.now()
    restriction.delete()
    items = client.get("/api/v2/pages/", {"modified_since": since.isoformat()}).json()["items"]
    assert page.pk in {item["id"] for item in items}


def test_merging_councils_changes_both_councils(committing, client, merger):
    from tests.factories import make_council

    newcomer = make_council("Hội đồng nhân dân xã Hợp Nhất", level="commune", parent=merger["province"])
    since = timezone.now()
    newcomer.predecessors.add(merger["district"])
    items = client.get("/api/v2/councils/", {"modified_since": since.isoformat()}).json()["items"]
    assert {item["id"] for item in items} == {newcomer.pk, merger["district"].pk}


def test_a_member_named_in_many_pages_costs_the_same_few_statements(news_index, district_chair,
                                                                   django_assert_max_num_queries):
    from newsroom.freshness import Changes, write
    from newsroom.models import NewsPage, NewsPageMember

    def naming_pages(count):
        for n in range(count):
            page = add_news(news_index, f"Tin số {n}")
            page.member_links.add(NewsPageMember(member=district_chair))
            page.save_revision().publish()

    def rename(expected_pages):
        changes = Changes()
        changes.add({"members": [district_chair.pk]})
        since = timezone.now()
        # The pages found in the reference index; the member; the pages; the content version.
        with django_assert_max_num_queries(5):
            write(changes)
        assert NewsPage.objects.filter(modified__gte=since).count() == expected_pages

    naming_pages(1)
    rename(1)
    naming_pages(11)
    rename(12)


def test_a_section_republished_sends_its_pages_again_only_when_its_title_changed(committing, client, news_index):
    page = add_news(news_index, "Tin trong chuyên mục")

    def sent_since(moment):
        return {item["id"] for item in client.get("/api/v2/pages/", {"modified_since": moment.isoformat()})
                .json()["items"]}

    since = timezone.now()
    news_index.intro = "<p>Lời giới thiệu mới.</p>"
    news_index.save_revision().publish()
    assert sent_since(since) == {news_index.pk}
    since = timezone.now()
    news_index.title = "Tin tức - Sự kiện"
    news_index.save_revision().publish()
    assert sent_since(since) == {news_index.pk, page.pk}  # its detail names its parent by title
