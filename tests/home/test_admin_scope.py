"""A commune's editor chooses among their commune's pages in the admin; the province's office among all."""

import json
import re

import pytest
from django.contrib.auth.models import Group
from wagtail.models import GroupPagePermission, Page

from home.admin_scope import site_trees
from tests.commune_editors import TITLES, editor_of, two_communes
from tests.council_sites import news_index_of


@pytest.fixture(autouse=True)
def provincial_hosts(settings, wagtail_base_rows):
    settings.ALLOWED_HOSTS = [".songlam.test", "testserver"]


@pytest.fixture
def communes(db):
    return two_communes()


@pytest.fixture
def editor_a(client, communes):
    sites, _news = communes
    client.force_login(editor_of(sites["a"], "bientap-tanphong"))
    return client


def chooser(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    # The modal's first answer is JSON; its search answers the results' HTML alone.
    return response.json()["html"] if response["Content-Type"] == "application/json" else response.content.decode()


def test_the_chooser_opens_on_the_editors_own_site_only(editor_a, communes):
    sites, _news = communes
    html = chooser(editor_a, "/admin/choose-page/")
    assert sites["a"].root_page.title in html
    assert sites["b"].root_page.title not in html
    assert sites["province"].root_page.title not in html


def test_the_chooser_browses_the_editors_own_pages(editor_a, communes):
    sites, news = communes
    html = chooser(editor_a, f"/admin/choose-page/{news_index_of(sites['a']).pk}/")
    assert TITLES["a"] in html


@pytest.mark.parametrize("key", ["b", "province"])
def test_another_sites_pages_cannot_be_browsed_into(editor_a, communes, key):
    sites, news = communes
    for page in (sites[key].root_page, news_index_of(sites[key])):
        response = editor_a.get(f"/admin/choose-page/{page.pk}/")
        assert response.status_code == 404
        assert page.title.encode() not in response.content


def test_the_choosers_search_finds_only_the_editors_pages(editor_a, communes):
    assert TITLES["a"] in chooser(editor_a, "/admin/choose-page/search/?q=Tân Phong tiếp xúc")
    assert TITLES["b"] not in chooser(editor_a, "/admin/choose-page/search/?q=Lam Sơn giám sát")
    found = chooser(editor_a, "/admin/choose-page/search/?q=Tin tức")
    assert "Tin tức" in found
    assert "Lam Sơn" not in found


def test_a_superuser_chooses_among_every_site(admin_client, communes):
    sites, _news = communes
    top = chooser(admin_client, "/admin/choose-page/")
    assert sites["a"].root_page.title in top and sites["b"].root_page.title in top
    assert TITLES["b"] in chooser(admin_client, f"/admin/choose-page/{news_index_of(sites['b']).pk}/")
    assert TITLES["b"] in chooser(admin_client, "/admin/choose-page/search/?q=Lam Sơn giám sát")


def test_the_province_office_with_rights_on_the_trees_root_keeps_every_site(client, communes, django_user_model):
    sites, _news = communes
    office = Group.objects.create(name="Văn phòng HĐND tỉnh")
    office.permissions.add(*Group.objects.get(name__startswith="Biên tập viên – Xã Tân Phong").permissions.all())
    GroupPagePermission.objects.create(group=office, page=Page.get_first_root_node(), permission_type="change")
    user = django_user_model.objects.create_user("vanphong", password="x")
    user.groups.add(office)
    assert site_trees(user) is None
    client.force_login(user)
    assert TITLES["b"] in chooser(client, f"/admin/choose-page/{news_index_of(sites['b']).pk}/")


def test_an_editor_of_two_communes_chooses_among_both(client, communes):
    sites, _news = communes
    editor = editor_of(sites["a"], "bientap-hai-xa")
    editor.groups.add(*editor_of(sites["b"], "bientap-lamson").groups.all())
    assert site_trees(editor) == {sites["a"].root_page.path, sites["b"].root_page.path}
    client.force_login(editor)
    top = chooser(client, "/admin/choose-page/")
    assert sites["a"].root_page.title in top and sites["b"].root_page.title in top
    assert sites["province"].root_page.title not in top


# --- Wagtail's reports -----------------------------------------------------------------------


def moderator_of(site, username, django_user_model):
    group = next(p.group for p in GroupPagePermission.objects.filter(page=site.root_page).select_related("group")
                 if p.group.name.startswith("Kiểm duyệt viên"))
    user = django_user_model.objects.create_user(username, password="x")
    user.groups.add(group)
    return user


@pytest.fixture
def b_in_every_report(communes, django_user_model):
    """B's news page locked, in B's moderation, long unchanged, and the last page edited."""
    sites, news = communes
    page = news["b"]
    page.locked, page.locked_by = True, moderator_of(sites["b"], "kiemduyet-lamson", django_user_model)
    page.save()
    page.get_workflow().start(page, editor_of(sites["b"], "bientap-lamson"))
    return page


def report(client, name):
    response = client.get(f"/admin/reports/{name}/")
    assert response.status_code == 200, name
    return response.content.decode()


@pytest.mark.parametrize("name", ["locked", "site-history", "aging-pages", "workflow", "workflow_tasks"])
def test_wagtails_reports_show_a_moderator_none_of_another_communes_pages(
        client, communes, b_in_every_report, django_user_model, name):
    sites, news = communes
    client.force_login(moderator_of(sites["a"], "kiemduyet-tanphong", django_user_model))
    assert TITLES["b"] not in report(client, name)


def menu_labels(client):
    """The labels of the admin's menu, which the page carries as JSON for the sidebar's script."""
    html = client.get("/admin/").content.decode()
    return {json.loads(f'"{label}"') for label in re.findall(r'"label": "((?:[^"\\]|\\.)*)"', html)}


def test_the_page_types_report_is_not_offered_to_a_communes_editor(client, admin_client, communes):
    sites, _news = communes
    client.force_login(editor_of(sites["a"], "bientap-tanphong"))
    labels = menu_labels(client)
    assert "Nhật ký hoạt động" in labels
    assert "Thống kê loại trang" not in labels
    assert "Thống kê loại trang" in menu_labels(admin_client)


def test_a_superuser_sees_another_communes_pages_in_the_reports(admin_client, b_in_every_report):
    assert TITLES["b"] in report(admin_client, "locked")
    assert TITLES["b"] in report(admin_client, "workflow")


def test_a_chooser_for_one_page_type_offers_the_editors_pages_of_that_type(editor_a, communes):
    sites, _news = communes
    html = chooser(editor_a, "/admin/choose-page/?page_type=newsroom.newsindexpage")
    assert sites["a"].root_page.title in html
    assert sites["b"].root_page.title not in html


def test_a_user_without_page_rights_is_offered_no_page(client, communes, django_user_model):
    sites, _news = communes
    user = django_user_model.objects.create_user("chi-tai-lieu", password="x")
    user.groups.add(*Group.objects.filter(name__startswith="Biên tập viên – Xã Tân Phong"))
    GroupPagePermission.objects.filter(group__user=user).delete()
    assert site_trees(user) == set()
    client.force_login(user)
    html = chooser(client, "/admin/choose-page/")
    assert sites["a"].root_page.title not in html and sites["b"].root_page.title not in html
