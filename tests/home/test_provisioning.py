"""manage.py add_council_site: a commune's site, its editors and moderators, set up in one command."""

import io
import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import translation
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Site,
    Workflow,
    WorkflowPage,
)
from wagtail.permissions import policy_registry
from wagtail.test.utils.form_data import rich_text

from councils.models import Council, MemberDirectoryPage
from home.models import HomePage, PortalSettings
from newsroom.models import NewsIndexPage
from tests.api.slow import run_slow
from tests.factories import make_council, make_image, make_member, make_organization, make_term

HOST_A = "xa-tan-phong.hdnd.songlam.test"
HOST_B = "phuong-lam-son.hdnd.songlam.test"


@pytest.fixture(autouse=True)
def provincial_hosts(settings, wagtail_base_rows):
    settings.ALLOWED_HOSTS = [".songlam.test", "testserver"]


@pytest.fixture
def province(db):
    return make_council("Hội đồng nhân dân tỉnh Sông Lam", level="province", kind="province", slug="tinh-song-lam")


def add_council_site(**options):
    out = io.StringIO()
    with translation.override("vi"):
        call_command("add_council_site", stdout=out, **options)
    return out.getvalue()


def add_commune(name, hostname, kind="commune"):
    return add_council_site(name=name, kind=kind, parent="tinh-song-lam", hostname=hostname)


def home_of(hostname):
    return Site.objects.get(hostname=hostname).root_page.specific


def write_csv(tmp_path, text):
    path = tmp_path / "communes.csv"
    path.write_text(text, encoding="utf-8")
    return str(path)


def counts():
    return {
        "councils": Council.objects.count(), "pages": Page.objects.count(), "sites": Site.objects.count(),
        "settings": PortalSettings.objects.count(), "groups": Group.objects.count(),
        "group permissions": sum(g.permissions.count() for g in Group.objects.all()),
        "page permissions": GroupPagePermission.objects.count(),
        "collection permissions": GroupCollectionPermission.objects.count(),
        "collections": Collection.objects.count(), "workflows": Workflow.objects.count(),
        "workflow pages": WorkflowPage.objects.count(),
        "council editor groups": Council.editor_groups.through.objects.count(),
    }


# --- The site ------------------------------------------------------------------------------


def test_commune_host_answers_its_own_home_page_news_and_directory(client, province):
    output = add_commune("Xã Tân Phong", HOST_A)

    assert f"HĐND xã Tân Phong — https://{HOST_A}: đã tạo." in output
    home = client.get("/", HTTP_HOST=HOST_A)
    assert home.status_code == 200
    assert "Hội đồng nhân dân xã Tân Phong" in home.content.decode()
    for path in ("/tin-tuc/", "/hoi-nghi/", "/dai-bieu/"):
        assert client.get(path, HTTP_HOST=HOST_A).status_code == 200, path
    assert isinstance(home_of(HOST_A), HomePage) and home_of(HOST_A).get_parent().is_root()
    sections = home_of(HOST_A).get_children().live().specific()
    assert [(type(p), p.title) for p in sections] == [
        (NewsIndexPage, "Tin tức"), (NewsIndexPage, "Hội nghị"), (MemberDirectoryPage, "Đại biểu")]


def test_new_commune_council_belongs_to_its_province_and_names_the_site(province):
    add_commune("Tân Phong", HOST_A)

    council = Council.objects.get(slug="xa-tan-phong")
    assert (council.name, council.short_name, council.level, council.kind, council.parent) == (
        "Hội đồng nhân dân xã Tân Phong", "HĐND xã Tân Phong", "commune", "commune", province)
    site = Site.objects.get(hostname=HOST_A)
    assert (site.port, site.root_url) == (443, f"https://{HOST_A}")
    settings_obj = PortalSettings.for_site(site)
    assert (settings_obj.council, settings_obj.council_name) == (council, "Hội đồng nhân dân xã Tân Phong")
    assert settings_obj.site_name == "Cổng thông tin điện tử HĐND xã Tân Phong"
    assert MemberDirectoryPage.objects.descendant_of(site.root_page).get().council == council


def test_existing_council_gets_its_site_by_slug_on_the_port_given(province):
    council = make_council("Hội đồng nhân dân phường Lam Sơn", level="commune", kind="ward", parent=province,
                           slug="phuong-lam-son")

    add_council_site(council="phuong-lam-son", hostname=HOST_B, port="8443")

    site = Site.objects.get(hostname=HOST_B)
    assert site.port == 8443
    assert PortalSettings.for_site(site).council == council
    assert Collection.objects.get(name="Phường Lam Sơn").get_parent().name == "Các xã, phường, đặc khu"


def test_api_on_a_commune_host_lists_only_that_communes_pages(client, province):
    add_commune("Xã Tân Phong", HOST_A)
    add_commune("Phường Lam Sơn", HOST_B, kind="ward")

    listed = client.get("/api/v2/pages/", HTTP_HOST=HOST_A).json()["items"]

    assert {item["id"] for item in listed} == set(
        Page.objects.descendant_of(home_of(HOST_A), inclusive=True).values_list("pk", flat=True))
    assert all(item["meta"]["html_url"].startswith(f"https://{HOST_A}/") for item in listed)


def test_rerun_changes_nothing_and_says_so(province):
    add_commune("Xã Tân Phong", HOST_A)
    before = counts()

    output = add_commune("Xã Tân Phong", HOST_A)

    assert counts() == before
    assert f"HĐND xã Tân Phong — https://{HOST_A}: không thay đổi." in output


def test_rerun_finds_a_section_an_editor_gave_another_address(province):
    add_commune("Xã Tân Phong", HOST_A)
    news = home_of(HOST_A).get_children().get(slug="tin-tuc").specific
    news.slug = "tin-hoat-dong"
    news.save_revision().publish()
    before = counts()

    assert "không thay đổi" in add_commune("Xã Tân Phong", HOST_A)
    assert counts() == before


def test_rerun_puts_back_what_was_removed_and_keeps_what_editors_changed(province):
    add_commune("Xã Tân Phong", HOST_A)
    home = home_of(HOST_A)
    home.get_children().get(slug="hoi-nghi").delete()
    settings_obj = PortalSettings.for_site(Site.objects.get(hostname=HOST_A))
    settings_obj.site_name = "Trang của xã Tân Phong"
    settings_obj.save()

    output = add_commune("Xã Tân Phong", HOST_A)

    assert "đã bổ sung" in output
    assert home.get_children().filter(slug="hoi-nghi", live=True).exists()
    assert PortalSettings.for_site(Site.objects.get(hostname=HOST_A)).site_name == "Trang của xã Tân Phong"


def test_rerun_gives_back_the_directory_rights_a_superuser_removed(province):
    add_commune("Xã Tân Phong", HOST_A)
    council, editors = Council.objects.get(slug="xa-tan-phong"), Group.objects.get(name="Biên tập viên – Xã Tân Phong")
    council.editor_groups.remove(editors)
    editors.permissions.remove(editors.permissions.get(codename="change_councilmember"))

    assert "đã bổ sung" in add_commune("Xã Tân Phong", HOST_A)

    assert council.editor_groups.filter(pk=editors.pk).exists()
    assert editors.permissions.filter(codename="change_councilmember").exists()


# --- Refusals: nothing half-written --------------------------------------------------------


def test_unknown_kind_is_refused_in_vietnamese(province):
    with pytest.raises(CommandError, match="Loại đơn vị không hợp lệ: “lang” \\(chọn một trong: commune, ward"):
        add_council_site(name="Xã Tân Phong", kind="lang", parent="tinh-song-lam", hostname=HOST_A)


def test_a_failure_while_building_leaves_nothing_of_that_council(province):
    # A page of another kind already holds the address the new home page would take.
    Page.get_first_root_node().add_child(instance=Page(title="Trang cũ", slug="xa-tan-phong"))
    before = counts()

    with pytest.raises(CommandError, match="Hội đồng nhân dân xã Tân Phong: chưa tạo gì"):
        add_commune("Xã Tân Phong", HOST_A)
    assert counts() == before


def test_unknown_council_is_refused_in_vietnamese(province):
    with pytest.raises(CommandError, match="Không có hội đồng nào có mã “xa-khong-co”"):
        add_council_site(council="xa-khong-co", hostname=HOST_A)
    assert not Site.objects.filter(hostname=HOST_A).exists()


def test_host_name_of_another_council_is_refused(province):
    add_commune("Xã Tân Phong", HOST_A)
    before = counts()

    with pytest.raises(CommandError, match=f"Tên miền {HOST_A} đã thuộc về HĐND xã Tân Phong"):
        add_commune("Phường Lam Sơn", HOST_A, kind="ward")
    assert counts() == before


def test_csv_makes_every_commune_and_a_rerun_changes_nothing(tmp_path, province):
    path = write_csv(tmp_path, "name,kind,hostname\n"
                               f"Xã Tân Phong,commune,{HOST_A}\n"
                               f"Phường Lam Sơn,ward,{HOST_B}\n"
                               "Đặc khu Hòn Ngư,special_zone,dac-khu-hon-ngu.hdnd.songlam.test\n")

    output = add_council_site(csv=path, parent="tinh-song-lam")

    assert "Đã tạo 3 trang web, bổ sung 0, không thay đổi 0." in output
    assert Site.objects.filter(hostname__endswith=".songlam.test").count() == 3
    assert Council.objects.get(slug="dac-khu-hon-ngu").name == "Hội đồng nhân dân đặc khu Hòn Ngư"
    before = counts()
    assert "không thay đổi 3." in add_council_site(csv=path, parent="tinh-song-lam")
    assert counts() == before


@pytest.mark.slow
@pytest.mark.skipif(not run_slow(), reason="slow: skipped with RUN_SLOW=0 (tests/api/slow.py)")
def test_csv_of_a_whole_province_makes_100_sites_and_a_rerun_changes_nothing(tmp_path, province, client):
    rows = "".join(f"Xã Thử {n},commune,xa-thu-{n}.hdnd.songlam.test\n" for n in range(1, 101))
    path = write_csv(tmp_path, "name,kind,hostname\n" + rows)

    assert "Đã tạo 100 trang web" in add_council_site(csv=path, parent="tinh-song-lam")
    before = counts()
    assert "không thay đổi 100." in add_council_site(csv=path, parent="tinh-song-lam")
    assert counts() == before
    assert Site.objects.filter(hostname__endswith=".songlam.test").count() == 100
    assert Group.objects.filter(name__startswith="Kiểm duyệt viên – Xã Thử").count() == 100
    assert WorkflowPage.objects.filter(workflow__name__startswith="Kiểm duyệt – Xã Thử").count() == 100
    assert "Hội đồng nhân dân xã Thử 57" in client.get("/", HTTP_HOST="xa-thu-57.hdnd.songlam.test").content.decode()


def test_csv_with_one_bad_row_names_its_line_and_creates_nothing(tmp_path, province):
    before = counts()
    path = write_csv(tmp_path, "name,kind,hostname\n"
                               f"Xã Tân Phong,commune,{HOST_A}\n"
                               "Xã Lỗi,lang,xa-loi.hdnd.songlam.test\n"
                               f"Phường Lam Sơn,ward,{HOST_B}\n")

    with pytest.raises(CommandError, match="Dòng 3: Loại đơn vị không hợp lệ: “lang”"):
        add_council_site(csv=path, parent="tinh-song-lam")
    assert counts() == before


@pytest.mark.parametrize("rows, message", [
    (f"Xã A,commune,{HOST_A}\nXã B,commune,{HOST_A}\n", "Dòng 3: “" + HOST_A + "” có hai lần"),
    ("Xã A,commune,khong hop le\n", "Dòng 2: Tên miền không hợp lệ"),
    ("Xã A,commune\n", "Dòng 2: dòng này không có đủ số ô"),
])
def test_csv_rows_that_cannot_be_made_are_named_by_line(tmp_path, province, rows, message):
    with pytest.raises(CommandError, match=message):
        add_council_site(csv=write_csv(tmp_path, "name,kind,hostname\n" + rows), parent="tinh-song-lam")
    assert not Council.objects.filter(level="commune").exists()


# --- Isolation in the admin ----------------------------------------------------------------


@pytest.fixture
def two_communes(province):
    add_commune("Xã Tân Phong", HOST_A)
    add_commune("Phường Lam Sơn", HOST_B, kind="ward")
    return home_of(HOST_A), home_of(HOST_B)


def user_in(group_name, username):
    user = get_user_model().objects.create_user(username, f"{username}@hdnd.example.vn", "x")
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def editor_a(two_communes):
    return user_in("Biên tập viên – Xã Tân Phong", "bientap-a")


def test_commune_editor_sees_own_pages_and_not_the_other_communes(client, two_communes, editor_a):
    home_a, home_b = two_communes
    client.force_login(editor_a)

    assert client.get(f"/admin/pages/{home_a.pk}/").status_code == 200
    assert client.get(f"/admin/pages/{home_a.get_children().first().pk}/edit/").status_code == 200
    refused = client.get(f"/admin/pages/{home_b.pk}/edit/")
    assert refused.status_code in (302, 403)
    assert refused.status_code == 403 or f"/admin/pages/{home_b.pk}/edit/" not in refused["Location"]
    # The explorer opens on the commune's home, not the whole tree.
    explorer = client.get("/admin/pages/")
    assert explorer.status_code == 302 and explorer["Location"].endswith(f"/admin/pages/{home_a.pk}/")


def test_admin_page_search_shows_only_the_editors_commune(client, two_communes, editor_a):
    client.force_login(editor_a)

    html = client.get("/admin/pages/search/", {"q": "Tin tức"}).content.decode()

    found = {int(pk) for pk in re.findall(r'/admin/pages/(\d+)/edit/', html)}
    news_a, news_b = (home.get_children().get(slug="tin-tuc").pk for home in two_communes)
    assert news_a in found
    assert news_b not in found


def test_commune_editor_chooses_and_uploads_only_into_own_collection(client, two_communes, editor_a):
    own = make_image("Ảnh xã Tân Phong")
    own.collection = Collection.objects.get(name="Xã Tân Phong")
    own.save()
    other = make_image("Ảnh phường Lam Sơn")
    other.collection = Collection.objects.get(name="Phường Lam Sơn")
    other.save()
    client.force_login(editor_a)

    chooser = client.get("/admin/images/chooser/").json()["html"]
    assert "Ảnh xã Tân Phong" in chooser
    assert "Ảnh phường Lam Sơn" not in chooser
    Document = get_document_model()
    Document.objects.create(title="Văn bản xã Tân Phong", collection=own.collection, file=ContentFile(b"x", "a.txt"))
    Document.objects.create(title="Văn bản phường Lam Sơn", collection=other.collection,
                            file=ContentFile(b"x", "b.txt"))
    documents = client.get("/admin/documents/chooser/").json()["html"]
    assert "Văn bản xã Tân Phong" in documents
    assert "Văn bản phường Lam Sơn" not in documents
    uploads = policy_registry.get_by_type(get_image_model())
    assert list(uploads.collections_user_has_permission_for(editor_a, "add")) == [own.collection]
    assert client.get(f"/admin/images/{other.pk}/").status_code in (302, 403)


def submit_for_moderation(client, page):
    data = {
        "title": page.title, "slug": page.slug, "intro": rich_text(""), "seo_title": "", "search_description": "",
        "go_live_at": "", "expire_at": "", "action-submit": "1",
        "comments-TOTAL_FORMS": "0", "comments-INITIAL_FORMS": "0",
        "comments-MIN_NUM_FORMS": "0", "comments-MAX_NUM_FORMS": "1000",
    }
    return client.post(f"/admin/pages/{page.pk}/edit/", data)


def test_editor_cannot_publish_and_only_own_moderators_approve(client, two_communes, editor_a):
    home_a, _home_b = two_communes
    news_a = home_a.get_children().get(slug="tin-tuc").specific
    news_a.title = "Tin tức xã"
    news_a.save_revision()
    assert not news_a.permissions_for_user(editor_a).can_publish()
    client.force_login(editor_a)

    response = submit_for_moderation(client, news_a)
    assert response.status_code == 302, response.content.decode()[:2000]
    news_a.refresh_from_db()
    state = news_a.current_workflow_state
    assert state is not None and state.workflow.name == "Kiểm duyệt – Xã Tân Phong"
    task_state = state.current_task_state
    approve = f"/admin/pages/workflow/action/{news_a.pk}/approve/{task_state.pk}/"

    moderator_b = user_in("Kiểm duyệt viên – Phường Lam Sơn", "kiemduyet-b")
    assert task_state.task.specific.get_actions(news_a, moderator_b) == []
    client.force_login(moderator_b)
    refused = client.post(approve, {"comment": ""})
    assert refused.status_code == 403 or refused["Location"] == "/admin/"  # Wagtail's "no permission" redirect
    news_a.refresh_from_db()
    assert news_a.title == "Tin tức" and news_a.current_workflow_state is not None
    client.force_login(user_in("Kiểm duyệt viên – Xã Tân Phong", "kiemduyet-a"))
    assert client.post(approve, {"comment": ""}).status_code == 302
    news_a.refresh_from_db()
    assert news_a.title == "Tin tức xã" and news_a.live and not news_a.has_unpublished_changes


def test_commune_editors_reach_their_own_councils_members_only(client, two_communes, editor_a):
    # Snippet permissions are per model; the groups are their council's editor groups, which
    # narrows "change members" to that council's members (councils.permissions).
    tan_phong, lam_son = Council.objects.get(slug="xa-tan-phong"), Council.objects.get(slug="phuong-lam-son")
    assert list(tan_phong.editor_groups.values_list("name", flat=True)) == [
        "Biên tập viên – Xã Tân Phong", "Kiểm duyệt viên – Xã Tân Phong"]
    make_member("Nguyễn Văn Tỉnh")
    make_member("Trần Văn Xã", memberships=[{"organization": make_organization(tan_phong),
                                            "term": make_term(tan_phong)}])
    make_member("Lê Văn Phường", memberships=[{"organization": make_organization(lam_son),
                                              "term": make_term(lam_son)}])
    client.force_login(editor_a)

    listing = client.get("/admin/snippets/councils/councilmember/")
    assert listing.status_code == 200
    page = listing.content.decode()
    assert "Trần Văn Xã" in page
    assert "Lê Văn Phường" not in page and "Nguyễn Văn Tỉnh" not in page
    assert not editor_a.has_perm("councils.publish_councilmember")
    assert user_in("Kiểm duyệt viên – Xã Tân Phong", "kiemduyet-a").has_perm("councils.publish_councilmember")
