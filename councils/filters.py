"""Admin list filters for the council directory."""

import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet

from councils.models import Council, CouncilLevel, CouncilMember, MembershipRole, Organization, Term
from councils.permissions import reachable_councils


class OwnCouncilsFilterMixin:
    """An editor limited to some councils (councils.permissions) is offered only theirs to filter by."""

    def __init__(self, *args, request=None, **kwargs):
        super().__init__(*args, request=request, **kwargs)
        councils = reachable_councils(request.user) if request is not None else None
        if councils is not None:
            self.narrow(councils)

    def narrow(self, councils):
        self.filters["council"].queryset = Council.objects.filter(pk__in=councils)


class CouncilMemberFilterSet(OwnCouncilsFilterMixin, WagtailFilterSet):
    council = django_filters.ModelChoiceFilter(
        label=_("Council"), queryset=Council.objects.all(), method="filter_council"
    )
    level = django_filters.ChoiceFilter(label=_("Level"), choices=CouncilLevel.choices, method="filter_level")
    organization = django_filters.ModelChoiceFilter(
        label=_("Organization"), queryset=Organization.objects.select_related("council"),
        field_name="memberships__organization", distinct=True,
    )
    role = django_filters.ChoiceFilter(
        label=_("Role"), choices=MembershipRole.choices, field_name="memberships__role", distinct=True
    )
    status = django_filters.ChoiceFilter(
        label=_("Current or former"),
        choices=[("current", _("Current members")), ("former", _("Former members"))],
        method="filter_status",
    )

    class Meta:
        model = CouncilMember
        fields = ["live"]

    def narrow(self, councils):
        super().narrow(councils)
        self.filters["organization"].queryset = Organization.objects.select_related("council").filter(
            council__in=councils)

    def filter_council(self, queryset, name, value):
        return queryset.filter(memberships__organization__council=value).distinct() if value else queryset

    def filter_level(self, queryset, name, value):
        return queryset.filter(memberships__organization__council__level=value).distinct() if value else queryset

    def filter_status(self, queryset, name, value):
        if value == "current":
            return queryset.current()
        if value == "former":
            return queryset.former()
        return queryset


class CouncilFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Current or dissolved"),
        choices=[("active", _("Current councils")), ("dissolved", _("Dissolved councils"))],
        method="filter_status",
    )

    class Meta:
        model = Council
        fields = ["level", "parent"]

    def filter_status(self, queryset, name, value):
        if value == "active":
            return queryset.active()
        if value == "dissolved":
            return queryset.dissolved()
        return queryset


class OrganizationFilterSet(OwnCouncilsFilterMixin, WagtailFilterSet):
    class Meta:
        model = Organization
        fields = ["council", "kind"]


class TermFilterSet(OwnCouncilsFilterMixin, WagtailFilterSet):
    class Meta:
        model = Term
        fields = ["council"]
