"""The council directory's demo: tỉnh Sông Lam after the reorganisation of 1 July 2025."""

import datetime
from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.models import Revision

from councils.models import (
    Council,
    CouncilLevel,
    CouncilMember,
    Membership,
    MembershipRole,
    Organization,
    OrganizationKind,
    Term,
)
from demo.directory import DEMO_PROVINCE_SLUG

REFORM_DAY = datetime.date(2025, 7, 1)


def load():
    out = StringIO()
    call_command("load_demo_content", stdout=out)
    return out.getvalue()


@pytest.fixture
def demo(db, settings, tmp_path):
    settings.DEBUG = True
    settings.MEDIA_ROOT = str(tmp_path)
    return load()


@pytest.fixture
def province(demo):
    return Council.objects.get(slug=DEMO_PROVINCE_SLUG)


@pytest.fixture
def district(demo):
    return Council.objects.get(level=CouncilLevel.DISTRICT)


def district_chair():
    membership = Membership.objects.get(
        organization__council__level=CouncilLevel.DISTRICT,
        organization__kind=OrganizationKind.STANDING_COMMITTEE,
        role=MembershipRole.CHAIR,
    )
    return membership.member


@pytest.mark.django_db
def test_demo_province_was_formed_from_two_merged_provinces(province):
    assert province.name == "Hội đồng nhân dân tỉnh Sông Lam"
    assert province.established == REFORM_DAY and province.dissolved is None
    predecessors = list(province.predecessors.all())
    assert len(predecessors) == 2
    assert all(p.level == CouncilLevel.PROVINCE and p.dissolved == REFORM_DAY for p in predecessors)
    current = province.current_term()
    assert (current.number, current.end_date) == (19, None)


@pytest.mark.django_db
def test_dissolved_district_names_both_communes_as_its_successors(province, district):
    assert district.dissolved == REFORM_DAY
    successors = list(district.successors.order_by("slug"))
    assert [(c.level, c.kind) for c in successors] == [("commune", "ward"), ("commune", "commune")]
    for commune in successors:
        assert commune.parent == province and commune.established == REFORM_DAY
        older = commune.predecessors.filter(level=CouncilLevel.COMMUNE)
        assert 2 <= older.count() <= 3
        assert all(c.parent == district and c.dissolved == REFORM_DAY for c in older)


@pytest.mark.django_db
def test_terms_of_dissolved_councils_end_with_them_and_current_ones_run(demo):
    for council in Council.objects.all():
        terms = list(council.terms.order_by("start_date"))
        assert terms, council
        if council.dissolved:
            assert [t.end_date for t in terms] == [council.dissolved - datetime.timedelta(days=1)]
        else:
            old, new = terms
            # The 2021–2026 term lasted until the new council's first session.
            assert old.end_date == new.start_date - datetime.timedelta(days=1)
            assert new.end_date is None and new.start_date > datetime.date(2026, 3, 15)


@pytest.mark.django_db
def test_current_councils_have_their_standing_committee_committees_and_outside_bodies(province):
    kinds = set(province.organizations.values_list("kind", flat=True))
    assert kinds == set(OrganizationKind.values)
    assert set(province.organizations.filter(kind=OrganizationKind.COMMITTEE).values_list("name", flat=True)) == {
        "Ban Kinh tế - Ngân sách", "Ban Văn hóa - Xã hội", "Ban Pháp chế", "Ban Dân tộc",
    }
    for commune in province.children.all():
        committees = commune.organizations.filter(kind=OrganizationKind.COMMITTEE)
        assert set(committees.values_list("name", flat=True)) == {"Ban Kinh tế - Xã hội", "Ban Pháp chế"}


@pytest.mark.django_db
def test_every_post_in_a_council_belongs_to_a_term_of_that_council(demo):
    seats = Membership.objects.exclude(organization__kind=OrganizationKind.EXTERNAL)
    assert seats.exists() and not seats.filter(term__isnull=True).exists()
    for membership in seats.select_related("term", "organization"):
        assert membership.term.council_id == membership.organization.council_id
    assert Membership.objects.filter(role=MembershipRole.DELEGATE).exclude(constituency="").count() >= 20


@pytest.mark.django_db
def test_demo_members_are_published_with_portraits(demo):
    assert CouncilMember.objects.count() >= 24
    published = CouncilMember.objects.live()
    assert published.count() >= 20
    for member in published:
        assert member.portrait_id and member.honorific == "Đ/c"
        assert member.live_revision_id and not member.has_unpublished_changes
        assert member.memberships.exists()
    # Some have left every post: the directory lists them as former members.
    assert CouncilMember.objects.live().former().count() >= 3


@pytest.mark.django_db
def test_district_chair_position_line_then_and_now(demo):
    member = district_chair()
    assert member.position_line(on=datetime.date(2024, 1, 1)) == "Tỉnh ủy viên, Bí thư Huyện ủy, Chủ tịch HĐND huyện"
    assert member.position_line() == "Tỉnh ủy viên, Bí thư Đảng ủy xã, Chủ tịch HĐND xã"


@pytest.mark.django_db
def test_province_chair_position_line(province):
    chair = Membership.objects.get(organization__council=province, term=province.current_term(),
                                   role=MembershipRole.CHAIR).member
    assert chair.position_line() == "Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh"


@pytest.mark.django_db
def test_one_member_is_a_draft_awaiting_publication(demo):
    drafts = CouncilMember.objects.filter(live=False)
    assert drafts.count() == 1
    draft = drafts.get()
    assert draft.latest_revision_id and draft.live_revision_id is None and draft.has_unpublished_changes
    assert draft.memberships.exists()


@pytest.mark.django_db
def test_second_load_adds_no_members_posts_or_revisions(demo):
    def counts():
        return [model.objects.count() for model in (Council, Term, Organization, CouncilMember, Membership, Revision)]

    before = counts()
    output = load()
    assert counts() == before
    assert "Created" not in output
