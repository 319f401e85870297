"""One rule for "current": the position line (Python) and the admin's filter (SQL) agree.

A post is held from the later of its own start and its term's start to the earlier of its own
end and its term's end, both days included; an empty date leaves that side open.
"""

import datetime

import pytest
from django.utils import timezone

from councils.models import CouncilMember, Membership
from tests.factories import make_council, make_member, make_organization, make_term

D = datetime.date
TERM_START, TERM_END = D(2021, 6, 25), D(2026, 3, 29)

# (what the case is, the post's own dates, the term's dates or None for no term, the day asked, held?)
CASES = [
    ("post starts before its term: not held before the term", (D(2021, 5, 23), None), (TERM_START, TERM_END),
     D(2021, 6, 1), False),
    ("post starts before its term: held once the term runs", (D(2021, 5, 23), None), (TERM_START, TERM_END),
     TERM_START, True),
    ("post starts inside its term: not held between the two starts", (D(2022, 1, 10), None), (TERM_START, TERM_END),
     D(2021, 12, 31), False),
    ("post starts inside its term: held from its own start", (D(2022, 1, 10), None), (TERM_START, TERM_END),
     D(2022, 1, 10), True),
    ("no dates of its own: the term's first day", (None, None), (TERM_START, TERM_END), TERM_START, True),
    ("no dates of its own: the day before the term", (None, None), (TERM_START, TERM_END),
     TERM_START - datetime.timedelta(days=1), False),
    ("no dates of its own: the term's last day", (None, None), (TERM_START, TERM_END), TERM_END, True),
    ("no dates of its own: the day after the term", (None, None), (TERM_START, TERM_END),
     TERM_END + datetime.timedelta(days=1), False),
    ("open term, open post: years later", (None, None), (TERM_START, None), D(2040, 1, 1), True),
    ("post ends before its term: its own last day", (None, D(2023, 8, 31)), (TERM_START, TERM_END),
     D(2023, 8, 31), True),
    ("post ends before its term: the day after", (None, D(2023, 8, 31)), (TERM_START, TERM_END),
     D(2023, 9, 1), False),
    ("post ends after its term: the term's end wins", (None, D(2027, 1, 1)), (TERM_START, TERM_END),
     D(2026, 6, 1), False),
    ("post ends in an open term: the day after its end", (None, D(2023, 8, 31)), (TERM_START, None),
     D(2023, 9, 1), False),
    ("outside post, no dates", (None, None), None, D(2000, 1, 1), True),
    ("outside post: its first day", (D(2020, 10, 16), None), None, D(2020, 10, 16), True),
    ("outside post: the day before its start", (D(2020, 10, 16), None), None, D(2020, 10, 15), False),
    ("outside post: its last day", (D(2020, 10, 16), D(2025, 6, 30)), None, D(2025, 6, 30), True),
    ("outside post: the day after its end", (D(2020, 10, 16), D(2025, 6, 30)), None, D(2025, 7, 1), False),
    ("a one-day post on that day", (D(2024, 5, 5), D(2024, 5, 5)), (TERM_START, TERM_END), D(2024, 5, 5), True),
]


def membership_for(post_dates, term_dates, dissolved=None):
    council = make_council(level="district" if dissolved else "province", dissolved=dissolved)
    organization = make_organization(council)
    term = make_term(council, start=term_dates[0], end=term_dates[1]) if term_dates else None
    start, end = post_dates
    member = make_member(memberships=[{"organization": organization, "term": term, "title": "Ủy viên",
                                       "start_date": start, "end_date": end}])
    return member, member.memberships.get()


def answers(member, membership, on=None):
    """Python's answers (the post, the position line) and SQL's (the post, the admin's member filter)."""
    member = CouncilMember.objects.with_directory_data().get(pk=member.pk)
    return {
        "post (Python)": membership.is_current(on),
        "position line (Python)": bool(member.position_line(on)),
        "post (SQL)": Membership.objects.current(on).filter(pk=membership.pk).exists(),
        "current members (SQL)": CouncilMember.objects.current(on).filter(pk=member.pk).exists(),
        "former members (SQL)": not CouncilMember.objects.former(on).filter(pk=member.pk).exists(),
    }


@pytest.mark.django_db
@pytest.mark.parametrize("post_dates, term_dates, on, held", [case[1:] for case in CASES],
                         ids=[case[0] for case in CASES])
def test_python_and_sql_agree_on_whether_a_post_is_held(post_dates, term_dates, on, held):
    member, membership = membership_for(post_dates, term_dates)
    seen = answers(member, membership, on)
    assert seen == dict.fromkeys(seen, held)


@pytest.mark.django_db
@pytest.mark.parametrize("on, held", [(D(2025, 6, 30), True), (D(2025, 7, 1), False)],
                         ids=["last day of the dissolved council's term", "dissolution day"])
def test_a_dissolved_councils_posts_end_with_its_term(on, held):
    member, membership = membership_for((None, None), (TERM_START, D(2025, 6, 30)), dissolved=D(2025, 7, 1))
    seen = answers(member, membership, on)
    assert seen == dict.fromkeys(seen, held)


@pytest.mark.django_db
@pytest.mark.parametrize("offsets, held", [
    ((0, None), True), ((1, None), False), ((-30, 0), True), ((-30, -1), False),
], ids=["starts today", "starts tomorrow", "ends today", "ended yesterday"])
def test_today_is_the_default_day_for_python_and_sql(offsets, held):
    today = timezone.localdate()
    start, end = (today + datetime.timedelta(days=n) if n is not None else None for n in offsets)
    member, membership = membership_for((start, end), (today - datetime.timedelta(days=400), None))
    seen = answers(member, membership)
    assert seen == dict.fromkeys(seen, held)
