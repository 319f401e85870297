"""The council directory in the public API (Wagtail API v2): members and councils.

Two read-only endpoints, registered by portal/api.py. Each validates its query
parameters with a Django form, so a bad value is answered with HTTP 400 and
``{"message": ...}`` as Wagtail's API answers an unknown parameter, and never
reaches the ORM. Querysets prefetch everything a listing shows: the number of
queries does not grow with the page size.
"""

from django.utils.translation import gettext_lazy
from rest_framework import serializers
from wagtail.api import APIField

from councils.models import Council, CouncilLevel, CouncilMember, Membership, MembershipRole
from councils.models.pages import directory_page_for
from councils.serializers import council_reference, council_summary, html_url
from delivery.api import ObjectAPIViewSet
from delivery.openapi import EndpointDoc
from delivery.parameters import (
    BooleanParameter,
    IdOrSlugParameter,
    SyncParameters,
    choice_parameter,
    integer_field,
)
from delivery.serializers import (
    ImageRepresentationField,
    RelatedListField,
    RelatedObjectField,
    WholeObjectField,
    iso_date,
)

# --- Query parameters --------------------------------------------------------------------


def council_parameter(**kwargs):
    """A council by its id or slug; ``IdOrSlugParameter.named`` finds it."""
    return IdOrSlugParameter(gettext_lazy("Expected a council id or slug."), **kwargs)


def councils_named(value):
    return IdOrSlugParameter.named(Council.objects.all(), value)


def object_id_parameter(**kwargs):
    return integer_field(**kwargs)


class CouncilMemberParameters(SyncParameters):
    """Filters of the member listing.

    ``council``, ``organization`` and ``role`` select memberships, and a member
    is listed when one membership matches all three. ``current`` applies to
    those memberships: ``council=x&role=chair&current=true`` lists the current
    chairs of x, ``current=false`` alone the members without any current post.
    """

    council = council_parameter(help_text="Council id or slug.")
    organization = object_id_parameter(help_text="Organization id.")
    role = choice_parameter(MembershipRole.values, help_text="Role in the organization.")
    current = BooleanParameter(required=False, help_text="true: holds a current post; false: none.")

    def filter(self, queryset):
        queryset = super().filter(queryset)
        data = self.cleaned_data
        memberships = Membership.objects.all()
        if data["council"]:
            memberships = memberships.filter(organization__council__in=councils_named(data["council"]))
        if data["organization"]:
            memberships = memberships.filter(organization_id=data["organization"])
        if data["role"]:
            memberships = memberships.filter(role=data["role"])
        if data["council"] or data["organization"] or data["role"]:
            queryset = queryset.filter(pk__in=memberships.values("member_id"))
        if data["current"] is True:
            queryset = queryset.filter(pk__in=memberships.current().values("member_id"))
        elif data["current"] is False:
            queryset = queryset.exclude(pk__in=memberships.current().values("member_id"))
        return self.folded_name_filter(queryset)


class CouncilParameters(SyncParameters):
    level = choice_parameter(CouncilLevel.values, help_text="Level of the council.")
    parent = council_parameter(help_text="Parent council id or slug.")
    dissolved = BooleanParameter(required=False, help_text="true: dissolved councils; false: current ones.")

    def filter(self, queryset):
        queryset = super().filter(queryset)
        data = self.cleaned_data
        if data["level"]:
            queryset = queryset.filter(level=data["level"])
        if data["parent"]:
            queryset = queryset.filter(parent__in=councils_named(data["parent"]))
        if data["dissolved"] is True:
            queryset = queryset.dissolved()
        elif data["dissolved"] is False:
            queryset = queryset.active()
        return self.folded_name_filter(queryset)


# --- Serialisation -------------------------------------------------------------------------


def membership_representation(membership):
    organization, term = membership.organization, membership.term
    return {
        "id": membership.pk,
        "role": membership.role,
        "role_label": str(membership.get_role_display()),
        "title": membership.title,
        "start_date": iso_date(membership.start_date),
        "end_date": iso_date(membership.end_date),
        "is_current": membership.is_current(),
        "constituency": membership.constituency,
        "organization": {
            "id": organization.pk,
            "name": organization.name,
            "kind": organization.kind,
            "slug": organization.slug,
            "council": {
                "id": organization.council.pk,
                "slug": organization.council.slug,
                "name": organization.council.name,
                "level": organization.council.level,
            },
        },
        "term": None if term is None else {
            "id": term.pk,
            "number": term.number,
            "name": term.name,
            "start_date": iso_date(term.start_date),
            "end_date": iso_date(term.end_date),
        },
    }


def member_contact(member, context):
    return {"email": member.contact_email, "phone": member.contact_phone}


# --- Endpoints -------------------------------------------------------------------------------


class DirectoryAPIViewSet(ObjectAPIViewSet):
    """What both directory endpoints share: an object endpoint with html_url in meta."""

    meta_fields = ["type", "detail_url", APIField("html_url", serializer=WholeObjectField(html_url))]


class CouncilMembersAPIViewSet(DirectoryAPIViewSet):
    """Published council members, ordered by given name as the directory lists them."""

    name = "council-members"
    openapi_doc = EndpointDoc("Council members", "A council member", "Find a council member by id", "CouncilMember",
                              "Published members, by given name in Vietnamese order.")
    model = CouncilMember
    listing_parameters_class = CouncilMemberParameters
    not_found_message = gettext_lazy("No published council member with this id.")
    body_fields = [
        "id",
        "uuid",
        "slug",
        APIField("name", serializer=serializers.CharField(source="full_name", read_only=True)),
        "honorific",
        "given_name",
        APIField("position_line", serializer=serializers.CharField(read_only=True)),
        APIField("portrait", serializer=ImageRepresentationField()),
        APIField("memberships", serializer=RelatedListField(membership_representation)),
        "biography",
        "gender",
        "birth_date",
        "ethnicity",
        "hometown",
        APIField("contact", serializer=WholeObjectField(member_contact)),
        "created",
        "modified",
    ]

    def get_queryset(self):
        members = CouncilMember.objects.live().with_directory_data().order_by("sort_name", "pk")
        return members_of_site(members, self.request)


def members_of_site(members, request):
    """The members a site shows: those of its directory's council and the councils below it.

    A site whose member directory names no council (or a site without a directory) shows
    every member, as an installation of one council always has. ``?council=`` narrows
    within what the site shows, so one commune's host never lists another commune's members.
    """
    page = directory_page_for(request)
    if page is None or page.council_id is None:
        return members
    councils = Council.objects.within(page.council_id)
    return members.filter(pk__in=Membership.objects.filter(organization__council__in=councils).values("member_id"))


class CouncilsAPIViewSet(DirectoryAPIViewSet):
    """Every council, current or dissolved, with the mergers that link them."""

    name = "councils"
    openapi_doc = EndpointDoc("Councils", "A council", "Find a council by id", "Council",
                              "Current and dissolved councils, with their mergers.")
    model = Council
    listing_parameters_class = CouncilParameters
    not_found_message = gettext_lazy("No council with this id.")
    body_fields = [
        "id",
        "slug",
        "name",
        "short_name",
        "level",
        "kind",
        APIField("parent", serializer=RelatedObjectField(council_reference)),
        "established",
        "dissolved",
        APIField("is_dissolved", serializer=serializers.BooleanField(read_only=True)),
        APIField("predecessors", serializer=RelatedListField(council_summary)),
        APIField("successors", serializer=RelatedListField(council_summary)),
        "description",
        "created",
        "modified",
    ]

    def get_queryset(self):
        return (
            Council.objects.select_related("parent")
            .prefetch_related("predecessors", "successors")
            .order_by("level", "name", "pk")
        )
