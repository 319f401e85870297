"""Load the demo council directory: councils, terms, bodies and members (data in demo/directory.py,
demo/members.py, demo/members_local.py).

Idempotent, like the rest of the demo: councils are found by slug, terms by
(council, number), organizations by (council, slug) and members by slug, and
only what is missing is created. A member's posts are created with the member
and never touched afterwards, so a second run adds no rows and no revisions,
and an editor's later changes to a demo member are left alone.
"""

from django.utils.text import slugify
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update

from councils.models import Council, CouncilMember, Membership, Organization, Term
from delivery.text import fold
from demo.directory import COUNCILS, ORGANIZATIONS, TERMS
from demo.members import MEMBERS

PHOTO_CREDIT = "Văn phòng Đoàn ĐBQH và HĐND tỉnh Sông Lam"


def member_slug(full_name):
    return slugify(fold(full_name))


def ensure_councils(ctx):
    councils = {}
    for spec in COUNCILS:
        spec = dict(spec)
        slug = spec.pop("slug")
        predecessors = [councils[s] for s in spec.pop("predecessors", [])]
        parent = spec.pop("parent", None)
        council = Council.objects.filter(slug=slug).first()
        if council is None:
            council = Council(slug=slug, parent=councils[parent] if parent else None, **spec)
            council.full_clean()
            council.save()
            council.predecessors.set(predecessors)
            ctx.note_created(council)
            ctx.log(f"Created council: {council.name}")
        councils[slug] = council
    return councils


def ensure_terms(ctx, councils):
    terms = {}
    for council_slug, number, name, start, end in TERMS:
        council = councils[council_slug]
        term = Term.objects.filter(council=council, number=number).first()
        if term is None:
            term = Term(council=council, number=number, name=name, start_date=start, end_date=end)
            term.full_clean()
            term.save()
            ctx.note_created(term)
            ctx.log(f"Created term: {term}")
        terms[council_slug, number] = term
    return terms


def ensure_organizations(ctx, councils):
    organizations = {}
    for council_slug, bodies in ORGANIZATIONS.items():
        council = councils[council_slug]
        for slug, kind, name, sort_order in bodies:
            organization = Organization.objects.filter(council=council, slug=slug).first()
            if organization is None:
                organization = Organization(council=council, slug=slug, kind=kind, name=name, sort_order=sort_order)
                organization.full_clean()
                organization.save()
                ctx.note_created(organization)
                ctx.log(f"Created organization: {name} ({council})")
            organizations[council_slug, slug] = organization
    return organizations


def create_member(ctx, spec, terms, organizations):
    """A new member with portrait and posts; published, or saved as a draft revision."""
    spec = dict(spec)
    posts = spec.pop("posts")
    live = spec.pop("live", True)
    portrait = ctx.image(f"Chân dung {spec['full_name']}", portrait=True)
    # Each saved post makes Wagtail re-index all the member's references; index once at the end.
    with disable_reference_index_auto_update():
        member = CouncilMember(
            slug=member_slug(spec["full_name"]), honorific="Đ/c", photo_credit=PHOTO_CREDIT, live=live,
            portrait=portrait, **spec,
        )
        member.full_clean()
        member.save()
        for order, fields in enumerate(posts):
            fields = dict(fields)
            term_key = fields.pop("term")
            membership = Membership(
                member=member, sort_order=order, organization=organizations[fields.pop("organization")],
                term=terms[term_key] if term_key else None, **fields,
            )
            membership.full_clean()
            membership.save()
        # The revision is saved after the posts so that it records them too.
        revision = member.save_revision()
        if live:
            revision.publish()
    ReferenceIndex.create_or_update_for_object(member)
    ctx.note_created(member)
    ctx.log(f"Created council member: {member.display_name} ({len(posts)} posts{'' if live else ', draft'})")
    return member


def load_councils(ctx):
    """Councils of tỉnh Sông Lam and its predecessors, their terms, bodies and members."""
    councils = ensure_councils(ctx)
    terms = ensure_terms(ctx, councils)
    organizations = ensure_organizations(ctx, councils)
    for spec in MEMBERS:
        if not CouncilMember.objects.filter(slug=member_slug(spec["full_name"])).exists():
            create_member(ctx, spec, terms, organizations)
