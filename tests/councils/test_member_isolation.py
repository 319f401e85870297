"""Members belong to councils in the admin too: a commune's editors reach their own council's members only."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from django.utils import translation

from councils.models import Council, CouncilMember, Membership, Organization, Term
from tests.factories import make_organization, make_term

pytestmark = pytest.mark.project  # the communes are made by the project's add_council_site

MEMBERS_URL = "/admin/snippets/councils/councilmember/"


@pytest.fixture(autouse=True)
def provincial_hosts(settings, wagtail_base_rows):
    settings.ALLOWED_HOSTS = [".songlam.test", "testserver"]


@pytest.fixture
def province():
    """Communes A and B with their sites and groups, and a member of each and of the province."""
    from tests.council_sites import build_province, member_of  # the project's: not in a plugin's own run

    _sites, councils = build_province()
    members = {
        "a": member_of(councils["a"], "Trần Văn An"),
        "b": member_of(councils["b"], "Lê Thị Bình"),
        "province": member_of(councils["province"], "Phạm Văn Tỉnh"),
    }
    return councils, members


def user_in(group_name, username):
    user = get_user_model().objects.create_user(username, f"{username}@hdnd.example.vn", "x")
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def editor_a(client, province):
    user = user_in("Biên tập viên – Xã Tân Phong", "bientap-a")
    client.force_login(user)
    return user


def shown(response, members):
    """Which of ``members`` (by key) the listing links to: their edit form, or in the chooser, choosing them."""
    assert response.status_code == 200, response.status_code
    html = response.content.decode()
    return {key for key, member in members.items() if edit_url(member) in html or chosen_url(member) in html}


def edit_url(member):
    return f"{MEMBERS_URL}edit/{member.pk}/"


def chosen_url(member):
    return reverse(CouncilMember.snippet_viewset.chooser_viewset.get_url_name("chosen"), args=[member.pk])


def refused(response):
    """Wagtail's admin answers a PermissionDenied by sending the user to the dashboard, with a message."""
    messages = [str(m) for m in response.wsgi_request._messages] if response.status_code == 302 else []
    return response.status_code == 403 or (response["Location"] == "/admin/" and messages)


def member_form(full_name, organization, term):
    return {
        "full_name": full_name, "given_name": "", "honorific": "", "slug": "", "gender": "", "birth_date": "",
        "ethnicity": "", "hometown": "", "photo_credit": "", "biography": '{"blocks": [], "entityMap": {}}',
        "contact_email": "", "contact_phone": "",
        "memberships-TOTAL_FORMS": "1", "memberships-INITIAL_FORMS": "0",
        "memberships-MIN_NUM_FORMS": "0", "memberships-MAX_NUM_FORMS": "1000",
        "memberships-0-organization": organization.pk, "memberships-0-term": term.pk,
        "memberships-0-role": "delegate", "memberships-0-title": "Đại biểu HĐND",
        "memberships-0-start_date": "", "memberships-0-end_date": "", "memberships-0-constituency": "",
        "memberships-0-ORDER": "1", "memberships-0-id": "", "memberships-0-DELETE": "",
    }


def edit_form(member, **changes):
    """The member's edit form as the admin shows it, with its one post, and ``changes``."""
    post = member.memberships.get()
    data = member_form(member.full_name, post.organization, post.term)
    data.update({"memberships-INITIAL_FORMS": "1", "memberships-0-id": post.pk,
                 "memberships-0-role": post.role, "memberships-0-title": post.title})
    data.update(changes)
    return data


def chooser_url():
    return reverse(CouncilMember.snippet_viewset.chooser_viewset.get_url_name("choose"))


# --- What A's editor sees ---------------------------------------------------------------


def test_commune_editor_lists_only_own_councils_members(client, province, editor_a):
    _councils, members = province

    assert shown(client.get(MEMBERS_URL), members) == {"a"}


@pytest.mark.parametrize("query", ["van", "Lê Thị Bình", "binh", "tinh"])
def test_commune_editor_searches_only_own_councils_members(client, province, editor_a, query):
    _councils, members = province

    found = shown(client.get(MEMBERS_URL, {"q": query}), members)

    assert found <= {"a"}
    assert ("a" in found) == (query == "van")


def test_commune_editor_is_offered_only_own_council_in_the_list_filter(client, province, editor_a):
    councils, members = province

    page = client.get(MEMBERS_URL).content.decode()
    assert "HĐND xã Tân Phong" in page
    assert "HĐND phường Lam Sơn" not in page
    assert "b" not in shown(client.get(MEMBERS_URL, {"council": councils["b"].pk}), members)


def test_member_chooser_lists_only_own_councils_members(client, province, editor_a):
    _councils, members = province

    assert shown(client.get(chooser_url()), members) == {"a"}
    assert shown(client.get(chooser_url(), {"q": "tran van an"}), members) == {"a"}
    assert shown(client.get(chooser_url(), {"q": "binh"}), members) == set()
    assert client.get(chosen_url(members["b"])).status_code == 404


def test_menu_opens_the_directory_to_a_commune_editor(client, province, editor_a):
    with translation.override("vi"):
        page = client.get("/admin/").content.decode()

    assert MEMBERS_URL in page


# --- What A's editor changes ------------------------------------------------------------


def test_commune_editor_edits_own_councils_member(client, province, editor_a):
    _councils, members = province

    assert client.get(f"{MEMBERS_URL}edit/{members['a'].pk}/").status_code == 200
    response = client.post(f"{MEMBERS_URL}edit/{members['a'].pk}/", edit_form(members["a"], hometown="xã Tân Phong"))

    assert response.status_code == 302, response.content.decode()[:2000]
    assert CouncilMember.objects.get(pk=members["a"].pk).get_latest_revision_as_object().hometown == "xã Tân Phong"


@pytest.mark.parametrize("view", ["edit", "delete", "history", "usage"])
def test_other_councils_member_is_refused(client, province, editor_a, view):
    _councils, members = province

    assert refused(client.get(f"{MEMBERS_URL}{view}/{members['b'].pk}/"))


def test_other_councils_member_cannot_be_changed_or_deleted_by_post(client, province, editor_a):
    _councils, members = province
    b = members["b"]

    assert refused(client.post(f"{MEMBERS_URL}edit/{b.pk}/", edit_form(b, hometown="đổi")))
    assert refused(client.post(f"{MEMBERS_URL}delete/{b.pk}/"))
    b.refresh_from_db()
    assert b.hometown == "" and b.get_latest_revision_as_object().hometown == ""


def test_commune_editor_adds_a_member_of_own_council(client, province, editor_a):
    councils, members = province
    organization, term = make_organization(councils["a"]), make_term(councils["a"], number=21)

    response = client.post(MEMBERS_URL + "add/", member_form("Hoàng Thị Mới", organization, term))

    assert response.status_code == 302, response.content.decode()[:2000]
    new = CouncilMember.objects.get(full_name="Hoàng Thị Mới")
    assert new.memberships.get().organization == organization
    assert shown(client.get(MEMBERS_URL), {"new": new}) == {"new"}


def test_post_in_another_council_is_refused_with_a_message(client, province, editor_a):
    councils, _members = province
    organization, term = make_organization(councils["b"]), make_term(councils["b"], number=21)

    with translation.override("vi"):
        response = client.post(MEMBERS_URL + "add/", member_form("Hoàng Thị Mới", organization, term),
                               HTTP_ACCEPT_LANGUAGE="vi")

    assert response.status_code == 200
    assert "Bạn chỉ được thêm, sửa hoặc xóa chức vụ trong Hội đồng của mình" in response.content.decode()
    assert not CouncilMember.objects.filter(full_name="Hoàng Thị Mới").exists()


def test_own_member_cannot_be_moved_into_another_council(client, province, editor_a):
    councils, members = province
    a = members["a"]
    organization, term = make_organization(councils["b"]), make_term(councils["b"], number=21)

    response = client.post(f"{MEMBERS_URL}edit/{a.pk}/", edit_form(
        a, **{"memberships-0-organization": organization.pk, "memberships-0-term": term.pk}))

    assert response.status_code == 200
    assert Membership.objects.get(member=a).organization.council == councils["a"]


def test_member_of_two_councils_keeps_the_other_councils_post_when_edited(client, province, editor_a):
    councils, members = province
    a = members["a"]
    b_post = Membership.objects.create(member=a, organization=make_organization(councils["b"]),
                                       term=make_term(councils["b"], number=21), role="delegate", sort_order=1)
    posts = list(a.memberships.order_by("sort_order"))
    data = member_form(a.full_name, posts[0].organization, posts[0].term)
    data.update({"memberships-TOTAL_FORMS": "2", "memberships-INITIAL_FORMS": "2"})
    for index, post in enumerate(posts):
        data.update({f"memberships-{index}-{name}": value for name, value in {
            "id": post.pk, "organization": post.organization_id, "term": post.term_id, "role": post.role,
            "title": post.title, "start_date": "", "end_date": "", "constituency": "", "ORDER": index + 1,
            "DELETE": "",
        }.items()})

    saved = client.post(f"{MEMBERS_URL}edit/{a.pk}/", {**data, "hometown": "xã Tân Phong"})
    assert saved.status_code == 302, saved.content.decode()[:2000]
    with translation.override("vi"):
        removed = client.post(f"{MEMBERS_URL}edit/{a.pk}/", {**data, "memberships-1-DELETE": "1"},
                              HTTP_ACCEPT_LANGUAGE="vi")

    assert removed.status_code == 200
    assert "HĐND phường Lam Sơn không thuộc quyền biên tập của bạn" in removed.content.decode()
    assert Membership.objects.filter(pk=b_post.pk).exists()


def test_new_member_without_posts_is_seen_by_its_creator_only(client, province, editor_a):
    councils, members = province
    data = member_form("Vũ Văn Chưa", make_organization(councils["a"]), make_term(councils["a"], number=21))
    data["memberships-TOTAL_FORMS"] = "0"

    assert client.post(MEMBERS_URL + "add/", data).status_code == 302

    new = {"new": CouncilMember.objects.get(full_name="Vũ Văn Chưa")}
    assert shown(client.get(MEMBERS_URL), new) == {"new"}
    client.force_login(user_in("Biên tập viên – Xã Tân Phong", "bientap-a2"))
    assert shown(client.get(MEMBERS_URL), new) == set()


# --- Who sees every council -------------------------------------------------------------


def test_superuser_sees_every_councils_members(client, province):
    _councils, members = province
    client.force_login(get_user_model().objects.create_superuser("admin", "admin@hdnd.example.vn", "x"))

    assert shown(client.get(MEMBERS_URL), members) == {"a", "b", "province"}
    assert shown(client.get(chooser_url()), members) == {"a", "b", "province"}


def test_province_office_group_linked_to_no_council_sees_every_councils_members(client, province):
    _councils, members = province
    office = Group.objects.create(name="Văn phòng HĐND tỉnh")
    office.permissions.add(
        Permission.objects.get(codename="access_admin"),
        *Permission.objects.filter(content_type__app_label="councils", codename__endswith="_councilmember"),
    )
    client.force_login(user_in("Văn phòng HĐND tỉnh", "vanphong"))

    assert shown(client.get(MEMBERS_URL), members) == {"a", "b", "province"}
    assert shown(client.get(chooser_url()), members) == {"a", "b", "province"}
    assert client.get(f"{MEMBERS_URL}edit/{members['b'].pk}/").status_code == 200


# --- What the member form chooses from, and the report ------------------------------------


def chooser_of(model):
    return reverse(model.snippet_viewset.chooser_viewset.get_url_name("choose"))


def chosen_in(model, html):
    """The rows of ``model`` that a chooser's page offers to choose."""
    chooser = model.snippet_viewset.chooser_viewset
    return {obj for obj in model.objects.all() if reverse(chooser.get_url_name("chosen"), args=[obj.pk]) in html}


def test_posts_are_chosen_from_own_councils_organizations_and_terms_only(client, province, editor_a):
    councils, _members = province
    own, other = make_organization(councils["a"], name="Ban Pháp chế xã"), make_organization(
        councils["b"], name="Ban Pháp chế phường")

    organizations = chosen_in(Organization, client.get(chooser_of(Organization)).content.decode())
    assert own in organizations and other not in organizations
    assert {organization.council for organization in organizations} == {councils["a"]}
    terms = chosen_in(Term, client.get(chooser_of(Term)).content.decode())
    assert terms == set(Term.objects.filter(council=councils["a"]))
    assert Term.objects.exclude(council=councils["a"]).exists()
    organizations = client.get(reverse(Organization.snippet_viewset.get_url_name("list"))).content.decode()
    assert "Ban Pháp chế xã" in organizations and "Ban Pháp chế phường" not in organizations
    for model in (Organization, Term):  # not in the rows, nor in the council filter
        listing = client.get(reverse(model.snippet_viewset.get_url_name("list"))).content.decode()
        assert "HĐND xã Tân Phong" in listing and "HĐND phường Lam Sơn" not in listing, model


def test_membership_report_shows_own_councils_posts_only(client, province, editor_a):
    from councils.wagtail_hooks import membership_report

    page = client.get(membership_report.url_helper.index_url)

    assert page.status_code == 200
    assert "Trần Văn An" in page.content.decode()
    assert "Lê Thị Bình" not in page.content.decode() and "Phạm Văn Tỉnh" not in page.content.decode()


def test_only_superusers_set_a_councils_editor_groups(client, province):
    councils, _members = province
    edit = reverse(Council.snippet_viewset.get_url_name("edit"), args=[councils["a"].pk])
    office = Group.objects.create(name="Văn phòng HĐND tỉnh")
    office.permissions.add(Permission.objects.get(codename="access_admin"),
                           Permission.objects.get(codename="change_council"))

    client.force_login(user_in("Văn phòng HĐND tỉnh", "vanphong"))
    with translation.override("vi"):
        assert "Nhóm biên tập" not in client.get(edit, HTTP_ACCEPT_LANGUAGE="vi").content.decode()
    client.force_login(get_user_model().objects.create_superuser("admin", "admin@hdnd.example.vn", "x"))
    with translation.override("vi"):
        form = client.get(edit, HTTP_ACCEPT_LANGUAGE="vi").content.decode()
    assert "Nhóm biên tập" in form and "Biên tập viên – Xã Tân Phong" in form
