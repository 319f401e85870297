"""Shared fixtures: a council site with its home page and settings."""

import datetime

import pytest
from django.apps import apps
from wagtail.models import Page, Site

from councils.models import MemberDirectoryPage, OrganizationKind
from tests.factories import make_council, make_member, make_organization, make_term


def ensure_wagtail_base_rows():
    """The rows Wagtail's migrations create, which a transactional test's flush removes.

    Tests that need committed data (a live server, a second process) flush the database
    after them; serialized_rollback would restore content types that post_migrate has
    already recreated (an IntegrityError on PostgreSQL), so the few rows Wagtail needs are
    made again here, whichever test ran before.
    """
    from django.conf import settings
    from wagtail.models import Collection, Locale

    Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    if not Collection.objects.exists():
        Collection.add_root(name="Root")
    if not Page.objects.exists():
        Page.add_root(instance=Page(title="Root", slug="root", live=True))


@pytest.fixture
def wagtail_base_rows(db):
    ensure_wagtail_base_rows()


@pytest.fixture
def home_page(db):
    """A published HomePage at the root of the default site (a plain Page where home is not installed)."""
    ensure_wagtail_base_rows()
    root = Page.get_first_root_node()
    if apps.is_installed("home"):
        from home.models import HomePage

        home = HomePage(title="Hội đồng nhân dân tỉnh Thử Nghiệm", slug="home-test", intro="<p>Xin chào cử tri.</p>")
    else:  # a plugin's own run (tests/alone): the host project's home page is any Wagtail page
        home = Page(title="Hội đồng nhân dân tỉnh Thử Nghiệm", slug="home-test")
    root.add_child(instance=home)
    home.save_revision().publish()
    Site.objects.all().delete()
    Site.objects.create(hostname="testserver", port=80, root_page=home, is_default_site=True,
                        site_name="Cổng thử nghiệm")
    return home


@pytest.fixture
def portal_settings(home_page):
    from home.models import PortalSettings

    site = Site.objects.get(is_default_site=True)
    settings_obj = PortalSettings.for_site(site)
    settings_obj.site_name = "Cổng thông tin HĐND tỉnh Thử Nghiệm"
    settings_obj.council_name = "Hội đồng nhân dân tỉnh Thử Nghiệm"
    settings_obj.address = "Số 1 đường Lê Lợi"
    settings_obj.phone = "0238 3840 999"
    settings_obj.email = "vanphong@example.vn"
    settings_obj.save()
    return settings_obj



@pytest.fixture
def directory(home_page):
    page = MemberDirectoryPage(title="Đại biểu", slug="dai-bieu", show_in_menus=True)
    home_page.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def merger(db):
    """A district council dissolved on 1 July 2025 and the commune that succeeded it."""
    province = make_council("Hội đồng nhân dân tỉnh Sông Thử", level="province")
    district = make_council(
        "Hội đồng nhân dân huyện Cũ", level="district", parent=province,
        established=datetime.date(1990, 1, 1), dissolved=datetime.date(2025, 7, 1),
    )
    commune = make_council(
        "Hội đồng nhân dân xã Mới", level="commune", parent=province, established=datetime.date(2025, 7, 1)
    )
    commune.predecessors.add(district)
    district_term = make_term(district, number=20, start=datetime.date(2021, 6, 1), end=datetime.date(2025, 6, 30))
    commune_term = make_term(commune, number=1, start=datetime.date(2026, 3, 30), end=None)
    return {
        "province": province,
        "district": district,
        "commune": commune,
        "district_term": district_term,
        "commune_term": commune_term,
        "district_standing": make_organization(district, OrganizationKind.STANDING_COMMITTEE, "Thường trực HĐND huyện"),
        "commune_standing": make_organization(commune, OrganizationKind.STANDING_COMMITTEE, "Thường trực HĐND xã"),
        "commune_committee": make_organization(commune, OrganizationKind.COMMITTEE, "Ban Kinh tế - Xã hội",
                                               sort_order=200),
        "party": make_organization(district, OrganizationKind.EXTERNAL, "Huyện ủy Cũ"),
    }


@pytest.fixture
def district_chair(merger):
    """Chair of the district council until it ended, now vice chair of the commune."""
    return make_member(
        "Đinh Minh Hà",
        honorific="Đ/c",
        portrait=True,
        memberships=[
            {"organization": merger["party"], "role": "secretary", "title": "Bí thư Huyện ủy",
             "start_date": datetime.date(2020, 10, 1), "end_date": datetime.date(2025, 6, 30)},
            {"organization": merger["district_standing"], "term": merger["district_term"], "role": "chair",
             "title": "Chủ tịch HĐND huyện"},
            {"organization": merger["commune_standing"], "term": merger["commune_term"], "role": "vice_chair",
             "title": "Phó Chủ tịch HĐND xã"},
        ],
    )
