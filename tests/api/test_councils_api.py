"""The council directory as an API client sees it: /api/v2/council-members/ and /api/v2/councils/."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from councils.models import CouncilMember, OrganizationKind
from tests.factories import make_council, make_member, make_organization, make_term

MEMBERS = "/api/v2/council-members/"
COUNCILS = "/api/v2/councils/"

# Pinned query counts. html_url costs nothing once warm: the request's site, the live
# public directory page and the private sections are kept per content version.
HTML_URL_QUERIES = 0
# The content version, one row read per API answer (Last-Modified, and the key of what
# is kept per version).
HTTP_CACHING_QUERIES = 1
# hit_count: the view counts of the whole page of members, read in one query (analytics.api.HitCountField).
HIT_COUNT_QUERIES = 1
# A count, the page of members (joined to their portraits), the portraits' renditions
# and the memberships (joined to organization, council and term).
MEMBER_LISTING_QUERIES = 4 + HTML_URL_QUERIES + HTTP_CACHING_QUERIES + HIT_COUNT_QUERIES
MEMBER_DETAIL_QUERIES = 3 + HTML_URL_QUERIES + HTTP_CACHING_QUERIES + HIT_COUNT_QUERIES
# A count, the page of councils (joined to their parent), predecessors, successors.
COUNCIL_LISTING_QUERIES = 4 + HTML_URL_QUERIES + HTTP_CACHING_QUERIES


def get_json(client, url, status=200, **params):
    response = client.get(url, params)
    assert response.status_code == status, response.content
    assert response["Content-Type"].startswith("application/json")
    return response.json()


def listed(client, url=MEMBERS, **params):
    return [item["name"] for item in get_json(client, url, **params)["items"]]


def days_ago(days):
    return timezone.localdate() - datetime.timedelta(days=days)


@pytest.fixture
def directory(home_page):
    """The member directory page, which gives members and councils their public addresses."""
    from councils.models import MemberDirectoryPage

    page = MemberDirectoryPage(title="Đại biểu", slug="dai-bieu")
    home_page.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def merger(home_page):
    """A district council dissolved on 1 July 2025 and the commune council formed from it."""
    province = make_council("Hội đồng nhân dân tỉnh Sông Thử", short_name="HĐND tỉnh Sông Thử", level="province")
    district = make_council(
        "Hội đồng nhân dân huyện Cũ", short_name="HĐND huyện Cũ", level="district", kind="district",
        parent=province, established=datetime.date(1990, 1, 1), dissolved=datetime.date(2025, 7, 1),
    )
    commune = make_council(
        "Hội đồng nhân dân xã Mới", short_name="HĐND xã Mới", level="commune", kind="commune", parent=province,
        established=datetime.date(2025, 7, 1), description="<p>Xã được <b>hợp nhất</b> từ huyện Cũ.</p>",
    )
    commune.predecessors.add(district)
    district_term = make_term(district, number=20, start=datetime.date(2021, 6, 1), end=datetime.date(2025, 6, 30))
    commune_term = make_term(commune, number=1, start=days_ago(200), name="Nhiệm kỳ 2026–2031")
    return {
        "province": province,
        "district": district,
        "commune": commune,
        "district_term": district_term,
        "commune_term": commune_term,
        "district_standing": make_organization(district, OrganizationKind.STANDING_COMMITTEE, "Thường trực HĐND huyện"),
        "commune_standing": make_organization(commune, OrganizationKind.STANDING_COMMITTEE, "Thường trực HĐND xã"),
        "commune_committee": make_organization(commune, OrganizationKind.COMMITTEE, "Ban Kinh tế - Xã hội"),
        "commune_party": make_organization(commune, OrganizationKind.EXTERNAL, "Đảng ủy xã Mới"),
    }


@pytest.fixture
def district_chair(merger):
    """Chair of the district council until it ended; now Party secretary and vice chair of the commune."""
    return make_member(
        "Đinh Minh Hà",
        honorific="Đ/c",
        gender="female",
        birth_date="1975",
        ethnicity="Kinh",
        hometown="xã Mới, tỉnh Sông Thử",
        biography="<p>Cử nhân <i>Luật</i>.</p>",
        contact_email="ha.dm@example.vn",
        contact_phone="0238 3840 111",
        portrait=True,
        memberships=[
            {"organization": merger["commune_party"], "role": "secretary", "title": "Bí thư Đảng ủy xã",
             "start_date": days_ago(150)},
            {"organization": merger["district_standing"], "term": merger["district_term"], "role": "chair",
             "title": "Chủ tịch HĐND huyện"},
            {"organization": merger["commune_standing"], "term": merger["commune_term"], "role": "vice_chair",
             "title": "Phó Chủ tịch HĐND xã", "constituency": "Đơn vị bầu cử số 1"},
        ],
    )


@pytest.fixture
def committee_head(merger):
    return make_member("Lò Văn Pấng", memberships=[
        {"organization": merger["commune_committee"], "term": merger["commune_term"], "role": "head",
         "title": "Trưởng Ban Kinh tế - Xã hội"},
    ])


@pytest.fixture
def former_district_member(merger):
    return make_member("Vũ Thị Lan", memberships=[
        {"organization": merger["district_standing"], "term": merger["district_term"], "role": "member",
         "title": "Ủy viên Thường trực HĐND huyện"},
    ])


# --- Members ---------------------------------------------------------------------------------


def test_draft_member_is_absent_from_list_and_detail(client, merger, district_chair):
    draft = make_member("Hà Văn Nháp", live=False, memberships=[
        {"organization": merger["commune_committee"], "term": merger["commune_term"]}])

    assert listed(client) == ["Đinh Minh Hà"]
    assert listed(client, search="nhap") == []
    body = get_json(client, f"{MEMBERS}{draft.pk}/", status=404)
    assert body["message"]
    get_json(client, f"{MEMBERS}{district_chair.pk}/")


def test_member_shows_person_portrait_contact_and_timestamps(client, district_chair):
    member = get_json(client, f"{MEMBERS}{district_chair.pk}/")

    assert member["id"] == district_chair.pk
    assert member["meta"]["type"] == "councils.CouncilMember"
    assert member["meta"]["detail_url"].endswith(f"/api/v2/council-members/{district_chair.pk}/")
    assert "html_url" in member["meta"]
    assert {key: member[key] for key in [
        "uuid", "slug", "name", "honorific", "given_name", "gender", "birth_date", "ethnicity", "hometown",
        "biography", "contact",
    ]} == {
        "uuid": str(district_chair.uuid),
        "slug": "dinh-minh-ha",
        "name": "Đinh Minh Hà",
        "honorific": "Đ/c",
        "given_name": "Hà",
        "gender": "female",
        "birth_date": "1975",
        "ethnicity": "Kinh",
        "hometown": "xã Mới, tỉnh Sông Thử",
        "biography": "<p>Cử nhân <i>Luật</i>.</p>",
        "contact": {"email": "ha.dm@example.vn", "phone": "0238 3840 111"},
    }
    portrait = member["portrait"]
    assert portrait["id"] == district_chair.portrait_id
    assert portrait["title"] == "Chân dung Đinh Minh Hà"
    assert set(portrait["renditions"]) == {"thumbnail", "medium", "large"}
    assert portrait["renditions"]["thumbnail"]["width"] == 160
    assert portrait["renditions"]["thumbnail"]["url"].endswith(".jpg")
    for stamp in ("created", "modified"):
        moment = datetime.datetime.fromisoformat(member[stamp])
        assert moment.utcoffset() == datetime.timedelta(hours=7)
    district_chair.refresh_from_db()
    assert datetime.datetime.fromisoformat(member["modified"]) == district_chair.modified


def test_member_embeds_memberships_with_organization_council_and_term(client, merger, district_chair):
    memberships = get_json(client, f"{MEMBERS}{district_chair.pk}/")["memberships"]

    assert [(m["role"], m["is_current"]) for m in memberships] == [
        ("secretary", True), ("chair", False), ("vice_chair", True),
    ]
    commune, term = merger["commune"], merger["commune_term"]
    vice_chair = memberships[2]
    assert vice_chair == {
        "id": vice_chair["id"],
        "role": "vice_chair",
        "role_label": vice_chair["role_label"],
        "title": "Phó Chủ tịch HĐND xã",
        "start_date": None,
        "end_date": None,
        "is_current": True,
        "constituency": "Đơn vị bầu cử số 1",
        "organization": {
            "id": merger["commune_standing"].pk,
            "name": "Thường trực HĐND xã",
            "kind": "standing_committee",
            "slug": merger["commune_standing"].slug,
            "council": {"id": commune.pk, "slug": commune.slug, "name": commune.name, "level": "commune"},
        },
        "term": {"id": term.pk, "number": 1, "name": "Nhiệm kỳ 2026–2031",
                 "start_date": term.start_date.isoformat(), "end_date": None},
    }
    assert vice_chair["role_label"]
    assert memberships[0]["term"] is None
    assert memberships[0]["start_date"] == days_ago(150).isoformat()


def test_member_listing_shows_the_same_fields_as_the_detail(client, district_chair):
    item = get_json(client, MEMBERS)["items"][0]
    assert item == get_json(client, f"{MEMBERS}{district_chair.pk}/")


def test_position_line_is_derived_from_current_posts_in_the_editors_order(client, district_chair):
    member = get_json(client, f"{MEMBERS}{district_chair.pk}/")
    # The district chair ended with the district: it is no longer in the line.
    assert member["position_line"] == "Bí thư Đảng ủy xã, Phó Chủ tịch HĐND xã"


def test_member_without_portrait_has_null_portrait(client, committee_head):
    assert get_json(client, f"{MEMBERS}{committee_head.pk}/")["portrait"] is None


def test_member_links_to_its_public_page(client, directory, district_chair):
    member = get_json(client, f"{MEMBERS}{district_chair.pk}/")
    assert member["meta"]["html_url"].endswith(f"/{district_chair.slug}/")


def test_members_are_listed_by_given_name(client, merger):
    for name in ["Trần Văn Đức", "Lê Thị Dung", "Phạm Văn An", "Nguyễn Thị Ánh"]:
        make_member(name)
    body = get_json(client, MEMBERS)
    assert body["meta"]["total_count"] == 4
    assert [item["given_name"] for item in body["items"]] == ["An", "Ánh", "Dung", "Đức"]
    assert listed(client, limit=2, offset=2) == ["Lê Thị Dung", "Trần Văn Đức"]


def test_members_filter_by_council_id_or_slug(client, merger, district_chair, committee_head,
                                               former_district_member):
    commune, district = merger["commune"], merger["district"]
    assert listed(client, council=commune.pk) == ["Đinh Minh Hà", "Lò Văn Pấng"]
    assert listed(client, council=commune.slug) == ["Đinh Minh Hà", "Lò Văn Pấng"]
    assert listed(client, council=district.slug) == ["Đinh Minh Hà", "Vũ Thị Lan"]
    assert listed(client, council="khong-co") == []


def test_members_filter_by_organization(client, merger, district_chair, committee_head):
    assert listed(client, organization=merger["commune_committee"].pk) == ["Lò Văn Pấng"]
    assert listed(client, organization=merger["commune_standing"].pk) == ["Đinh Minh Hà"]


def test_members_filter_by_role(client, merger, district_chair, committee_head, former_district_member):
    assert listed(client, role="head") == ["Lò Văn Pấng"]
    assert listed(client, role="chair") == ["Đinh Minh Hà"]
    assert listed(client, role="delegate") == []


def test_members_filter_by_current_post(client, merger, district_chair, committee_head, former_district_member):
    no_posts = make_member("Mai Văn Chưa")
    assert listed(client, current="true") == ["Đinh Minh Hà", "Lò Văn Pấng"]
    assert listed(client, current="false") == [no_posts.full_name, "Vũ Thị Lan"]


def test_member_filters_apply_to_one_and_the_same_membership(client, merger, district_chair,
                                                             former_district_member):
    district = merger["district"]
    # Chair of the district, vice chair of the commune: never vice chair of the district.
    assert listed(client, council=district.pk, role="vice_chair") == []
    assert listed(client, council=merger["commune"].pk, role="vice_chair") == ["Đinh Minh Hà"]
    # Nobody holds a district post any more: the district's members are all former ones there.
    assert listed(client, council=district.pk, current="true") == []
    assert listed(client, council=district.pk, current="false") == ["Đinh Minh Hà", "Vũ Thị Lan"]


def test_members_filter_by_modified_since(client, merger, district_chair, committee_head):
    hcm = datetime.timezone(datetime.timedelta(hours=7))
    CouncilMember.objects.filter(pk=district_chair.pk).update(
        modified=datetime.datetime(2025, 6, 1, 12, 0, tzinfo=hcm))
    CouncilMember.objects.filter(pk=committee_head.pk).update(
        modified=datetime.datetime(2024, 1, 1, 12, 0, tzinfo=hcm))

    assert listed(client, modified_since="2025-06-01") == ["Đinh Minh Hà"]
    assert listed(client, modified_since="2025-06-02") == []
    assert listed(client, modified_since="2023-12-31") == ["Đinh Minh Hà", "Lò Văn Pấng"]
    # A time without an offset is Vietnam's: 11:30 there is before the 12:00 change, 11:30 UTC is after.
    assert listed(client, modified_since="2025-06-01T11:30:00") == ["Đinh Minh Hà"]
    assert listed(client, modified_since="2025-06-01T11:30:00+00:00") == []
    assert listed(client, modified_since="2025-06-01T04:59:00Z") == ["Đinh Minh Hà"]


def test_member_search_ignores_vietnamese_diacritics(client, district_chair, committee_head):
    assert listed(client, search="dinh minh ha") == ["Đinh Minh Hà"]
    assert listed(client, search="Đinh") == ["Đinh Minh Hà"]
    assert listed(client, search="HÀ ĐINH") == ["Đinh Minh Hà"]
    assert listed(client, search="pang") == ["Lò Văn Pấng"]
    assert listed(client, search="nguyen") == []


def test_fields_parameter_selects_fields(client, district_chair):
    item = get_json(client, MEMBERS, fields="_,name,position_line")["items"][0]
    assert item == {"name": "Đinh Minh Hà", "position_line": "Bí thư Đảng ủy xã, Phó Chủ tịch HĐND xã"}


def test_offset_past_the_end_is_an_empty_page(client, district_chair):
    body = get_json(client, MEMBERS, offset=10**30)
    assert body == {"meta": {"total_count": 1}, "items": []}


def test_modified_since_the_first_years_means_since_always(client, district_chair):
    body = get_json(client, MEMBERS, modified_since="0001-01-01T00:00:00+14:00")
    assert body["meta"]["total_count"] == 1


# --- Councils --------------------------------------------------------------------------------


def test_council_shows_its_fields(client, directory, merger):
    commune, province = merger["commune"], merger["province"]
    council = get_json(client, f"{COUNCILS}{commune.pk}/")

    assert council["meta"]["type"] == "councils.Council"
    assert council["meta"]["detail_url"].endswith(f"/api/v2/councils/{commune.pk}/")
    assert "html_url" in council["meta"]
    assert {key: council[key] for key in [
        "id", "slug", "name", "short_name", "level", "kind", "parent", "established", "dissolved", "is_dissolved",
        "successors", "description",
    ]} == {
        "id": commune.pk,
        "slug": commune.slug,
        "name": "Hội đồng nhân dân xã Mới",
        "short_name": "HĐND xã Mới",
        "level": "commune",
        "kind": "commune",
        "parent": {"id": province.pk, "slug": province.slug, "name": "Hội đồng nhân dân tỉnh Sông Thử"},
        "established": "2025-07-01",
        "dissolved": None,
        "is_dissolved": False,
        "successors": [],
        "description": "<p>Xã được <b>hợp nhất</b> từ huyện Cũ.</p>",
    }
    assert datetime.datetime.fromisoformat(council["modified"]).utcoffset() == datetime.timedelta(hours=7)
    assert get_json(client, f"{COUNCILS}{province.pk}/")["parent"] is None


def test_merged_council_shows_its_predecessors(client, merger):
    district = merger["district"]
    council = get_json(client, f"{COUNCILS}{merger['commune'].pk}/")
    assert council["predecessors"] == [
        {"id": district.pk, "slug": district.slug, "name": "Hội đồng nhân dân huyện Cũ", "level": "district",
         "dissolved": "2025-07-01"},
    ]


def test_dissolved_council_shows_its_successors(client, merger):
    commune = merger["commune"]
    council = get_json(client, f"{COUNCILS}{merger['district'].pk}/")
    assert council["is_dissolved"] is True
    assert council["dissolved"] == "2025-07-01"
    assert council["successors"] == [
        {"id": commune.pk, "slug": commune.slug, "name": "Hội đồng nhân dân xã Mới", "level": "commune",
         "dissolved": None},
    ]
    assert council["predecessors"] == []


def test_councils_filter_by_level_parent_and_dissolution(client, merger):
    province = merger["province"]
    assert listed(client, COUNCILS, level="district") == ["Hội đồng nhân dân huyện Cũ"]
    assert listed(client, COUNCILS, parent=province.pk) == ["Hội đồng nhân dân xã Mới", "Hội đồng nhân dân huyện Cũ"]
    assert listed(client, COUNCILS, parent=province.slug) == listed(client, COUNCILS, parent=province.pk)
    assert listed(client, COUNCILS, dissolved="true") == ["Hội đồng nhân dân huyện Cũ"]
    assert listed(client, COUNCILS, dissolved="false") == [
        "Hội đồng nhân dân xã Mới", "Hội đồng nhân dân tỉnh Sông Thử"]


def test_council_search_ignores_diacritics_in_name_and_short_name(client, merger):
    assert listed(client, COUNCILS, search="xa moi") == ["Hội đồng nhân dân xã Mới"]
    assert listed(client, COUNCILS, search="hdnd huyen") == ["Hội đồng nhân dân huyện Cũ"]
    assert listed(client, COUNCILS, search="Sông") == ["Hội đồng nhân dân tỉnh Sông Thử"]
    assert listed(client, COUNCILS, search="ha noi") == []


def test_councils_filter_by_modified_since(client, merger):
    hcm = datetime.timezone(datetime.timedelta(hours=7))
    type(merger["province"]).objects.update(modified=datetime.datetime(2024, 1, 1, tzinfo=hcm))
    type(merger["province"]).objects.filter(pk=merger["district"].pk).update(
        modified=datetime.datetime(2025, 7, 1, 8, 0, tzinfo=hcm))
    assert listed(client, COUNCILS, modified_since="2025-07-01") == ["Hội đồng nhân dân huyện Cũ"]
    assert listed(client, COUNCILS, modified_since="2025-07-01T08:00:01") == []


# --- Bad input -------------------------------------------------------------------------------


@pytest.mark.parametrize("url", [
    f"{MEMBERS}?bogus=1",
    f"{MEMBERS}?order=name",
    f"{MEMBERS}?modified_since=yesterday",
    f"{MEMBERS}?modified_since=2025-13-45",
    f"{MEMBERS}?role=bogus",
    f"{MEMBERS}?current=maybe",
    f"{MEMBERS}?limit=100000",
    f"{MEMBERS}?limit=abc",
    f"{MEMBERS}?offset=-1",
    f"{MEMBERS}?organization=abc",
    f"{MEMBERS}?organization=99999999999999999999999",
    f"{MEMBERS}?council=h%C3%A0%20n%E1%BB%99i",
    f"{MEMBERS}?search=a%00b",
    f"{MEMBERS}?fields=portrait(title)",
    f"{MEMBERS}?fields=nonexistent",
    f"{MEMBERS}abc/",
    f"{MEMBERS}99999999999999999999999/",
    f"{MEMBERS}find/?id=abc",
    f"{MEMBERS}?format=bogus",
    f"{COUNCILS}?level=city",
    f"{COUNCILS}?dissolved=maybe",
    f"{COUNCILS}?parent=%2F",
    f"{COUNCILS}?modified_since=2025-07-01T25:00",
    f"{COUNCILS}abc/",
])
def test_bad_input_is_answered_with_a_json_message(client, district_chair, url):
    response = client.get(url)
    assert 400 <= response.status_code < 500
    assert response["Content-Type"].startswith("application/json")
    message = response.json()["message"]
    assert isinstance(message, str) and message


def test_detail_refuses_listing_filters(client, district_chair):
    body = get_json(client, f"{MEMBERS}{district_chair.pk}/", status=400, council="x")
    assert "council" in body["message"]


def test_post_is_answered_with_a_json_message(client, district_chair):
    response = client.post(MEMBERS)
    assert response.status_code == 405
    assert response.json()["message"]


# --- Query counts ----------------------------------------------------------------------------


def count_queries(client, url):
    client.get(url)  # Renditions are made on the first request: count the second.
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def make_members_with_portraits(merger, count):
    organizations = [merger["commune_standing"], merger["commune_committee"], merger["commune_party"]]
    for n in range(count):
        memberships = [
            {"organization": organization, "term": merger["commune_term"]
             if organization.kind != OrganizationKind.EXTERNAL else None, "title": f"Chức vụ {n}.{i}"}
            for i, organization in enumerate(organizations[: 2 + n % 2])
        ]
        make_member(f"Nguyễn Văn Số {n}", portrait=True, memberships=memberships)


def test_member_listing_queries_do_not_grow_with_members(client, directory, merger):
    make_members_with_portraits(merger, 1)
    one = count_queries(client, MEMBERS)
    make_members_with_portraits(merger, 19)
    twenty = count_queries(client, MEMBERS)

    assert get_json(client, MEMBERS)["meta"]["total_count"] == 20
    assert one == twenty == MEMBER_LISTING_QUERIES


def test_member_detail_queries_are_bounded(client, directory, merger):
    make_members_with_portraits(merger, 1)
    member = CouncilMember.objects.get()
    assert count_queries(client, f"{MEMBERS}{member.pk}/") == MEMBER_DETAIL_QUERIES


def test_council_listing_queries_do_not_grow_with_councils(client, directory, merger):
    one_province = count_queries(client, f"{COUNCILS}?level=province")
    for n in range(19):
        council = make_council(f"Hội đồng nhân dân tỉnh Số {n}")
        council.predecessors.add(merger["district"])
    twenty_provinces = count_queries(client, f"{COUNCILS}?level=province")

    assert get_json(client, COUNCILS, level="province")["meta"]["total_count"] == 20
    assert one_province == twenty_provinces == COUNCIL_LISTING_QUERIES
