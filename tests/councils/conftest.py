import datetime

import pytest

from councils.models import MemberDirectoryPage, OrganizationKind
from tests.factories import make_council, make_member, make_organization, make_term


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
