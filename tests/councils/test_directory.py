import datetime

import pytest

from councils.models import CouncilMember
from tests.factories import make_member


def test_position_line_is_derived_from_the_posts_held_on_a_date(district_chair):
    assert district_chair.position_line(on=datetime.date(2024, 1, 1)) == "Bí thư Huyện ủy, Chủ tịch HĐND huyện"
    assert district_chair.position_line(on=datetime.date(2026, 6, 1)) == "Phó Chủ tịch HĐND xã"
    # Between the district's end and the new term, no post is held.
    assert district_chair.position_line(on=datetime.date(2025, 10, 1)) == ""


def test_position_line_follows_the_editors_order(merger):
    member = make_member(memberships=[
        {"organization": merger["commune_committee"], "term": merger["commune_term"], "title": "Trưởng ban"},
        {"organization": merger["commune_standing"], "term": merger["commune_term"], "title": "Ủy viên Thường trực"},
    ])
    assert member.position_line(on=datetime.date(2026, 6, 1)) == "Trưởng ban, Ủy viên Thường trực"


def test_members_sort_by_given_name_in_vietnamese_order(db):
    for name in ["Trần Văn Đức", "Lê Thị Dung", "Phạm Văn An", "Nguyễn Thị Ánh"]:
        make_member(name)
    assert [m.given_name for m in CouncilMember.objects.all()] == ["An", "Ánh", "Dung", "Đức"]


def test_directory_lists_current_members_by_organization_and_keeps_former_apart(client, directory, merger,
                                                                                  district_chair):
    head = make_member("Lò Văn Pấng", memberships=[
        {"organization": merger["commune_committee"], "term": merger["commune_term"], "role": "head",
         "title": "Trưởng Ban Kinh tế - Xã hội"}])
    moved_away = make_member("Vũ Thị Lan", memberships=[
        {"organization": merger["commune_committee"], "term": merger["commune_term"], "role": "member",
         "end_date": datetime.date(2026, 5, 1)}])
    make_member("Hà Văn Nháp", live=False, memberships=[
        {"organization": merger["commune_committee"], "term": merger["commune_term"]}])

    response = client.get(f"/dai-bieu/?council={merger['commune'].slug}")
    assert response.status_code == 200
    html = response.content.decode()
    standing, committee, former = (html.index("Thường trực HĐND xã"), html.index("Ban Kinh tế - Xã hội"),
                                   html.index("Đại biểu không còn"))
    assert standing < html.index(district_chair.full_name) < committee < html.index(head.full_name) < former
    assert html.index(moved_away.full_name) > former
    assert "Hà Văn Nháp" not in html
    assert f'href="/dai-bieu/{district_chair.slug}/"' in html


def test_directory_of_a_dissolved_council_shows_its_last_term_and_successor(client, directory, merger,
                                                                            district_chair):
    response = client.get(f"/dai-bieu/?council={merger['district'].slug}")
    html = response.content.decode()
    assert response.status_code == 200
    assert "01/07/2025" in html and "Hội đồng nhân dân xã Mới" in html
    # Members are shown as they stood when the term ended.
    assert district_chair.full_name in html and "Chủ tịch HĐND huyện" in html


@pytest.mark.parametrize("query, status", [
    ("council=khong-co", 404), ("term=999999", 404), ("term=abc", 400), ("council=h%C3%A0+n%E1%BB%99i", 400),
])
def test_directory_answers_unknown_filters_with_404_and_malformed_ones_with_400(client, directory, merger,
                                                                                query, status):
    assert client.get(f"/dai-bieu/?{query}").status_code == status


def test_directory_query_count_does_not_grow_with_members(client, directory, merger, django_assert_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def count():
        url = f"/dai-bieu/?council={merger['commune'].slug}"
        client.get(url)  # renditions are generated on the first view
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(url).status_code == 200
        return len(ctx.captured_queries)

    make_member(portrait=True, memberships=[
        {"organization": merger["commune_committee"], "term": merger["commune_term"]}])
    one = count()
    for _ in range(12):
        make_member(portrait=True, memberships=[
            {"organization": merger["commune_committee"], "term": merger["commune_term"]}])
    assert count() == one


def test_member_page_shows_portrait_position_and_history(client, directory, merger, district_chair):
    response = client.get(f"/dai-bieu/{district_chair.slug}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1><span class=\"member-profile__honorific\">Đ/c</span> Đinh Minh Hà</h1>" in html
    assert district_chair.position_line() in html
    assert "Chủ tịch HĐND huyện" in html and "30/06/2025" in html  # the ended post, with its end
    assert 'class="member-profile__portrait"' in html


def test_draft_and_unknown_members_have_no_page(client, directory, merger):
    draft = make_member("Cao Thị Nháp", live=False)
    assert client.get(f"/dai-bieu/{draft.slug}/").status_code == 404
    assert client.get("/dai-bieu/khong-co-ai/").status_code == 404


def test_unpublishing_a_member_removes_the_page(client, directory, district_chair):
    district_chair.live = False
    district_chair.save()
    assert client.get(f"/dai-bieu/{district_chair.slug}/").status_code == 404


def test_council_pages_link_predecessors_and_successors(client, directory, merger):
    commune = client.get(f"/dai-bieu/hoi-dong/{merger['commune'].slug}/").content.decode()
    assert "Hội đồng nhân dân huyện Cũ" in commune
    assert f'href="/dai-bieu/hoi-dong/{merger["district"].slug}/"' in commune
    district = client.get(f"/dai-bieu/hoi-dong/{merger['district'].slug}/").content.decode()
    assert f'href="/dai-bieu/hoi-dong/{merger["commune"].slug}/"' in district
    assert client.get("/dai-bieu/hoi-dong/khong-co/").status_code == 404
