"""The council directory in the public API (Wagtail API v2): members and councils.

Two read-only endpoints, registered by portal/api.py. Each validates its query
parameters with a Django form, so a bad value is answered with HTTP 400 and
``{"message": ...}`` as Wagtail's API answers an unknown parameter, and never
reaches the ORM. Querysets prefetch everything a listing shows: the number of
queries does not grow with the page size.
"""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import validate_slug
from django.db.models import Q
from django.http import Http404
from django.urls import path
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from rest_framework import serializers
from rest_framework.exceptions import APIException
from rest_framework.fields import Field
from rest_framework.response import Response
from wagtail.api import APIField
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.utils import BadRequestError, parse_boolean
from wagtail.api.v2.views import BaseAPIViewSet

from councils.images import image_api_representation
from councils.models import Council, CouncilLevel, CouncilMember, Membership, MembershipRole
from councils.text import fold

# The largest primary key the database can hold; a larger id would overflow SQLite.
MAX_ID = 2**63 - 1

# Wagtail's own parameters that these endpoints support (not "order" or
# "search_operator": ordering is fixed and search is ours).
LISTING_PARAMETERS = frozenset(["limit", "offset", "fields", "rich_text_format", "format", "_"])
DETAIL_PARAMETERS = frozenset(["fields", "rich_text_format", "format", "_"])


# --- Query parameters --------------------------------------------------------------------


class BooleanParameter(forms.Field):
    """"true" or "false" (also "1" or "0", as Wagtail's own boolean filters accept)."""

    default_error_messages = {"invalid": gettext_lazy('Expected "true" or "false".')}

    def to_python(self, value):
        if value in self.empty_values:
            return None
        try:
            return parse_boolean(value)
        except ValueError as exc:
            raise ValidationError(self.error_messages["invalid"], code="invalid") from exc


class IdOrSlugParameter(forms.CharField):
    """A council given by its id (digits) or its slug."""

    default_error_messages = {"invalid": gettext_lazy("Expected a council id or slug.")}

    def to_python(self, value):
        value = super().to_python(value)
        if value and not value.isdigit():
            try:
                validate_slug(value)
            except ValidationError as exc:
                raise ValidationError(self.error_messages["invalid"], code="invalid") from exc
        return value

    @staticmethod
    def councils(value):
        """The councils the value names: by slug, or by id as well when it is all digits."""
        condition = Q(slug=value)
        if value.isdigit() and int(value) <= MAX_ID:
            condition |= Q(pk=int(value))
        return Council.objects.filter(condition)


def json_detail_urlpatterns(viewset):
    """Listing, find and detail routes where any id reaches the view.

    Wagtail's ``<int:pk>`` lets /abc/ fall through to page serving's HTML 404;
    here every segment reaches get_object, which answers in JSON.
    """
    return [
        path("", viewset.as_view({"get": "listing_view"}), name="listing"),
        path("find/", viewset.as_view({"get": "find_view"}), name="find"),
        path("<str:pk>/", viewset.as_view({"get": "detail_view"}), name="detail"),
    ]


def require_numeric_id(pk):
    """A detail URL's id, or a 400 with a message when it is not a whole number."""
    pk = str(pk)
    if not pk.isdigit() or len(pk) > 18:
        raise BadRequestError(_("The id must be a whole number."))
    return int(pk)


def object_id_parameter(**kwargs):
    return forms.IntegerField(min_value=1, max_value=MAX_ID, **kwargs)


class ModifiedSinceParameter(forms.Field):
    """An ISO 8601 date or date-time; a value without an offset is read in the site's time zone.

    A date alone means the start of that day. The result is aware.
    """

    default_error_messages = {
        "invalid": gettext_lazy(
            "Expected an ISO 8601 date or date-time, e.g. 2025-07-01 or 2025-07-01T08:00:00+07:00."
        ),
    }

    def to_python(self, value):
        if value in self.empty_values:
            return None
        value = value.strip()
        if "T" in value:
            # An unencoded "+07:00" in a query string arrives as " 07:00".
            value = value.replace(" ", "+")
        try:
            moment = parse_datetime(value)
            if moment is None:
                day = parse_date(value)
                moment = datetime.datetime.combine(day, datetime.time.min) if day else None
            if moment is None:
                raise ValueError(value)
            if timezone.is_naive(moment):
                moment = timezone.make_aware(moment, timezone.get_default_timezone())
            # Years 1 and 9999 may not survive the conversion the database does.
            moment.astimezone(datetime.UTC)
        except (ValueError, OverflowError) as exc:
            raise ValidationError(self.error_messages["invalid"], code="invalid") from exc
        return moment


class QueryParameters(forms.Form):
    """An endpoint's filters, validated before any of them reaches the ORM."""

    modified_since = ModifiedSinceParameter(required=False)
    search = forms.CharField(required=False, max_length=200)

    def cleaned_or_bad_request(self):
        if not self.is_valid():
            message = " ".join(f"{name}: {' '.join(errors)}" for name, errors in self.errors.items())
            raise BadRequestError(message)
        return self.cleaned_data

    def filter(self, queryset):
        data = self.cleaned_or_bad_request()
        if data["modified_since"]:
            queryset = queryset.filter(modified__gte=data["modified_since"])
        return queryset


class CouncilMemberParameters(QueryParameters):
    """Filters of the member listing.

    ``council``, ``organization`` and ``role`` select memberships, and a member
    is listed when one membership matches all three. ``current`` applies to
    those memberships: ``council=x&role=chair&current=true`` lists the current
    chairs of x, ``current=false`` alone the members without any current post.
    """

    council = IdOrSlugParameter(required=False)
    organization = object_id_parameter(required=False)
    role = forms.ChoiceField(required=False, choices=MembershipRole.choices)
    current = BooleanParameter(required=False)

    def filter(self, queryset):
        queryset = super().filter(queryset)
        data = self.cleaned_data
        memberships = Membership.objects.all()
        if data["council"]:
            memberships = memberships.filter(organization__council__in=IdOrSlugParameter.councils(data["council"]))
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
        # As the admin's member search: every folded word in the folded name.
        for word in fold(data["search"]).split():
            queryset = queryset.filter(search_name__icontains=word)
        return queryset


class CouncilParameters(QueryParameters):
    level = forms.ChoiceField(required=False, choices=CouncilLevel.choices)
    parent = IdOrSlugParameter(required=False)
    dissolved = BooleanParameter(required=False)

    def filter(self, queryset):
        queryset = super().filter(queryset)
        data = self.cleaned_data
        if data["level"]:
            queryset = queryset.filter(level=data["level"])
        if data["parent"]:
            queryset = queryset.filter(parent__in=IdOrSlugParameter.councils(data["parent"]))
        if data["dissolved"] is True:
            queryset = queryset.dissolved()
        elif data["dissolved"] is False:
            queryset = queryset.active()
        for word in fold(data["search"]).split():
            queryset = queryset.filter(search_name__icontains=word)
        return queryset


# --- Serialisation -------------------------------------------------------------------------


class WholeObjectField(Field):
    """A read-only field computed from the whole object by ``represent(obj, context)``."""

    def __init__(self, represent, **kwargs):
        self.represent = represent
        super().__init__(read_only=True, **kwargs)

    def get_attribute(self, instance):
        return instance

    def to_representation(self, instance):
        return self.represent(instance, self.context)


class ImageRepresentationField(Field):
    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, image):
        return image_api_representation(image)


class RelatedListField(Field):
    """A to-many relation (prefetched by the endpoint's queryset) as a list of plain objects."""

    def __init__(self, represent, **kwargs):
        self.represent = represent
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, manager):
        return [self.represent(obj) for obj in manager.all()]


class RelatedObjectField(Field):
    """A to-one relation (joined by the endpoint's queryset) as a plain object."""

    def __init__(self, represent, **kwargs):
        self.represent = represent
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, obj):
        return self.represent(obj)


def iso_date(value):
    return value.isoformat() if value else None


def html_url(obj, context):
    # Absolute, as Wagtail's pages API gives it; None when the site has no member directory.
    return obj.get_url(context["request"], full=True)


def council_reference(council):
    return {"id": council.pk, "slug": council.slug, "name": council.name}


def council_summary(council):
    return {
        "id": council.pk,
        "slug": council.slug,
        "name": council.name,
        "level": council.level,
        "dissolved": iso_date(council.dissolved),
    }


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


class DirectoryPagination(WagtailPagination):
    def paginate_queryset(self, queryset, request, view=None):
        page = super().paginate_queryset(queryset, request, view)
        # An offset past the end is an empty page; a huge one would overflow the SQL OFFSET.
        if int(request.GET.get("offset", 0)) >= self.total_count:
            return []
        return page


class DirectoryAPIViewSet(BaseAPIViewSet):
    """What both directory endpoints share: strict parameters, JSON errors, html_url in meta.

    Subclasses set ``model``, ``parameters_class`` (a QueryParameters form) and
    ``body_fields``; all fields are shown in listings as in details.
    """

    parameters_class = QueryParameters
    pagination_class = DirectoryPagination
    meta_fields = ["type", "detail_url", APIField("html_url", serializer=WholeObjectField(html_url))]
    nested_default_fields = ["id", "type", "detail_url"]
    not_found_message = gettext_lazy("Not found.")

    @classmethod
    def listing_parameters(cls):
        return LISTING_PARAMETERS | set(cls.parameters_class.base_fields)

    def check_query_parameters(self, queryset):
        """Any parameter the endpoint does not know is a 400, on details as on listings."""
        known = self.listing_parameters() if self.action == "listing_view" else DETAIL_PARAMETERS
        unknown = set(self.request.GET.keys()) - known
        if unknown:
            raise BadRequestError(
                _("query parameter is not an operation or a recognised field: %(names)s")
                % {"names": ", ".join(sorted(unknown))}
            )

    def filter_queryset(self, queryset):
        # DRF's get_object filters too; filters belong to the listing only.
        if self.action != "listing_view":
            return queryset
        return self.parameters_class(self.request.GET).filter(queryset)

    def detail_view(self, request, pk):
        self.check_query_parameters(self.get_queryset())
        return super().detail_view(request, pk)

    def get_object(self):
        try:
            return super().get_object()
        except Http404 as exc:
            raise Http404(self.not_found_message) from exc

    def find_object(self, queryset, request):
        if "id" not in request.GET:
            return None
        try:
            pk = object_id_parameter().clean(request.GET["id"])
        except ValidationError as exc:
            raise BadRequestError("id: " + " ".join(exc.messages)) from exc
        return queryset.filter(pk=pk).first()

    def handle_exception(self, exc):
        # DRF's own errors (405, 406) get the same {"message"} body as ours, and a
        # bare Http404 (DRF's, for an unknown ?format=) a message that is not empty.
        if isinstance(exc, APIException):
            return Response({"message": str(exc.detail)}, status=exc.status_code)
        if isinstance(exc, Http404) and not str(exc):
            exc = Http404(_("Not found."))
        return super().handle_exception(exc)

    @classmethod
    def _get_serializer_class(cls, router, model, fields_config, show_details=False, nested=False):
        # Our relation fields are plain objects: ?fields=portrait(title) cannot select inside them.
        for name, _negated, sub_fields in fields_config:
            if sub_fields:
                raise BadRequestError(_("'%(name)s' does not support nested fields") % {"name": name})
        return super()._get_serializer_class(router, model, fields_config, show_details, nested)

    @classmethod
    def get_listing_default_fields(cls, model):
        return cls.get_available_fields(model)

    @classmethod
    def get_urlpatterns(cls):
        return json_detail_urlpatterns(cls)


class CouncilMembersAPIViewSet(DirectoryAPIViewSet):
    """Published council members, ordered by given name as the directory lists them."""

    name = "council-members"
    model = CouncilMember
    parameters_class = CouncilMemberParameters
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
        return CouncilMember.objects.live().with_directory_data().order_by("sort_name", "pk")


class CouncilsAPIViewSet(DirectoryAPIViewSet):
    """Every council, current or dissolved, with the mergers that link them."""

    name = "councils"
    model = Council
    parameters_class = CouncilParameters
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
