"""The council directory in the Wagtail admin, under one menu: "Hội đồng nhân dân"."""

from django.contrib import admin
from django.contrib.admin.utils import quote
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import ObjectList
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.chooser import ChooseResultsView, ChooseView, SnippetChooserViewSet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet, SnippetViewSetGroup
from wagtail_modeladmin.options import ModelAdmin

from councils.filters import CouncilFilterSet, CouncilMemberFilterSet, OrganizationFilterSet, TermFilterSet
from councils.forms import CouncilMemberForm, MemberSearchFilterForm
from councils.models import Council, CouncilMember, Membership, Organization, Term
from councils.openapi import add_directory
from councils.permissions import (
    CouncilMemberPermissionPolicy,
    CouncilScopedViewSetMixin,
    OrganizationPermissionPolicy,
    ScopedChooseMixin,
    ScopedChooserViewSet,
    ScopedChosenView,
    TermPermissionPolicy,
    reachable_councils,
    reachable_only,
)
from delivery.images import PORTRAIT_SMALL, rendition_or_none
from delivery.modeladmin import ReadOnlyPermissionHelper
from delivery.text import fold

# Each council's editor groups reach its directory only (councils.permissions); registered
# before the viewsets below, which would otherwise make Wagtail's per-model fallback policies.
register_permission_policy(CouncilMember, CouncilMemberPermissionPolicy())
register_permission_policy(Organization, OrganizationPermissionPolicy())
register_permission_policy(Term, TermPermissionPolicy())


class FoldedSearchIndexView(IndexView):
    """Search that ignores Vietnamese diacritics: "dinh minh ha" finds "Đinh Minh Hà".

    Every word of the folded query must appear in the model's folded name field.
    """

    folded_field = "search_name"

    def search_queryset(self, queryset):
        if not self.is_searching:
            return queryset
        for word in fold(self.search_query).split():
            queryset = queryset.filter(**{f"{self.folded_field}__icontains": word})
        return queryset


def portrait_thumbnail(member):
    """The list's small portrait; None when there is none or its original file is lost."""
    return rendition_or_none(member.portrait, PORTRAIT_SMALL) if member.portrait_id else None


class MemberNameColumn(TitleColumn):
    """The member's name, linked, beside their portrait, with "Bản nháp" on a draft.

    The first thing an editor recognises in a list or a chooser, and the one place a
    row's link lives (Wagtail links the title column only).
    """

    cell_template_name = "councils/admin/member_title_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["portrait"] = portrait_thumbnail(instance)
        context["is_draft"] = not instance.live
        return context


class CurrentPostsColumn(Column):
    def get_value(self, instance):
        return instance.position_line() or _("(no current post)")


def member_councils(member):
    """The councils of a member's council posts (those with a term), current ones first."""
    posts = sorted((m for m in member.memberships.all() if m.term_id), key=lambda m: not m.is_current())
    councils = []
    for membership in posts:
        council = membership.organization.council
        if council not in councils:
            councils.append(council)
    return councils


class CouncilsColumn(Column):
    def get_value(self, instance):
        return ", ".join(str(council) for council in member_councils(instance))


class MemberIndexView(FoldedSearchIndexView):
    """The member list: every row opens the member's edit form from the name."""

    def _get_title_column(self, field_name, column_class=MemberNameColumn, **kwargs):
        return super()._get_title_column(field_name, column_class, **kwargs)


class MemberChooseViewMixin:
    """The member chooser shows who each member is: portrait, position line and council, drafts marked.

    A name alone does not tell two namesakes apart, nor a former chair from a current one.
    """

    filter_form_class = MemberSearchFilterForm

    def get_object_list(self):
        return CouncilMember.objects.with_directory_data(PORTRAIT_SMALL.spec)

    @property
    def columns(self):
        if self.is_multiple_choice:
            name = MemberNameColumn("title", label=_("Full name"), accessor=str, label_prefix="chooser-modal-select")
        else:
            name = MemberNameColumn(
                "title", label=_("Full name"), accessor=str, link_attrs={"data-chooser-modal-choice": True},
                get_url=lambda member: self.append_preserved_url_parameters(
                    reverse(self.chosen_url_name, args=(quote(member.pk),))
                ),
            )
        return [
            name,
            CurrentPostsColumn("position", label=_("Current posts")),
            CouncilsColumn("councils", label=_("Council")),
        ]


class MemberChooseView(ScopedChooseMixin, MemberChooseViewMixin, ChooseView):
    pass


class MemberChooseResultsView(ScopedChooseMixin, MemberChooseViewMixin, ChooseResultsView):
    pass


class MemberChooserViewSet(SnippetChooserViewSet):
    choose_view_class = MemberChooseView
    choose_results_view_class = MemberChooseResultsView
    chosen_view_class = ScopedChosenView


class CouncilMemberViewSet(CouncilScopedViewSetMixin, SnippetViewSet):
    model = CouncilMember
    edit_handler = ObjectList(CouncilMember.panels, base_form_class=CouncilMemberForm)
    icon = "user"
    menu_label = _("Council members")
    menu_order = 100
    index_view_class = MemberIndexView
    chooser_viewset_class = MemberChooserViewSet
    chooser_per_page = 20
    search_fields = ["search_name"]
    search_backend_name = None
    filterset_class = CouncilMemberFilterSet
    list_per_page = 50
    list_display = [
        "full_name",
        CurrentPostsColumn("position", label=_("Current posts")),
        CouncilsColumn("councils", label=_("Council")),
        DateColumn("modified", label=_("Modified")),
    ]
    list_export = [
        "uuid", "full_name", "given_name", "honorific", "gender", "birth_date", "ethnicity", "hometown",
        "position_line", "contact_email", "contact_phone", "live", "created", "modified",
    ]
    export_headings = {"position_line": _("Current posts")}
    export_filename = "dai-bieu-hdnd"
    ordering = ["sort_name", "pk"]

    def get_queryset(self, request):
        return reachable_only(request, CouncilMember, CouncilMember.objects.with_directory_data(PORTRAIT_SMALL.spec))


class CouncilViewSet(SnippetViewSet):
    model = Council
    icon = "group"
    menu_label = _("Councils")
    menu_order = 200
    index_view_class = FoldedSearchIndexView
    search_fields = ["search_name"]
    search_backend_name = None
    filterset_class = CouncilFilterSet
    list_display = ["name", "level", "parent", "established", "dissolved"]
    list_export = ["name", "short_name", "slug", "level", "kind", "parent", "established", "dissolved"]
    export_filename = "hoi-dong-nhan-dan"

    def get_queryset(self, request):
        return Council.objects.select_related("parent")


class TermViewSet(CouncilScopedViewSetMixin, SnippetViewSet):
    model = Term
    chooser_viewset_class = ScopedChooserViewSet
    icon = "date"
    menu_label = _("Terms")
    menu_order = 300
    list_display = ["__str__", "start_date", "end_date"]
    filterset_class = TermFilterSet
    list_export = ["council", "number", "name", "start_date", "end_date"]
    export_filename = "nhiem-ky"

    def get_queryset(self, request):
        return reachable_only(request, Term, Term.objects.select_related("council"))


class OrganizationViewSet(CouncilScopedViewSetMixin, SnippetViewSet):
    model = Organization
    chooser_viewset_class = ScopedChooserViewSet
    icon = "list-ul"
    menu_label = _("Organizations")
    menu_order = 400
    search_fields = ["name", "short_name"]
    search_backend_name = None
    filterset_class = OrganizationFilterSet
    list_display = ["name", "kind", "council", "sort_order"]
    list_export = ["council", "kind", "name", "short_name", "slug", "sort_order"]
    export_filename = "to-chuc"

    def get_queryset(self, request):
        return reachable_only(request, Organization, Organization.objects.select_related("council"))


class MembershipReportPermissionHelper(ReadOnlyPermissionHelper):
    """Whoever may see members may read the report; nobody writes through it."""

    read_permissions = tuple(f"councils.{action}_councilmember" for action in ("view", "change", "add"))


class MembershipReport(ModelAdmin):
    """Who holds which post, by organization and term: a read-only report.

    wagtail-modeladmin rather than a snippet viewset, because memberships are
    edited inline on their member and must not get add/edit/delete screens of
    their own; modeladmin gives a sortable, filterable, exportable list over a
    non-snippet model with its permission helper deciding that it is read-only.
    """

    model = Membership
    menu_label = _("Posts by organization and term")
    menu_icon = "table"
    add_to_admin_menu = False
    permission_helper_class = MembershipReportPermissionHelper
    list_display = ("member_link", "title", "role", "organization", "term", "start_date", "end_date", "constituency")
    list_filter = ("organization__council", "organization__kind", "term", "role")
    search_fields = ("member__full_name", "title", "organization__name")
    list_export = ("member", "title", "role", "organization", "term", "start_date", "end_date", "constituency")
    ordering = ("organization__council__name", "organization__sort_order", "organization__name", "term",
                "member__sort_name")
    list_per_page = 100

    def get_queryset(self, request):
        queryset = super().get_queryset(request).select_related(
            "member", "organization__council", "term__council"
        ).filter(member__live=True)
        councils = reachable_councils(request.user)
        return queryset if councils is None else queryset.filter(organization__council__in=councils)

    @admin.display(description=_("council member"), ordering="member__sort_name")
    def member_link(self, obj):
        """Posts are edited on their member: each row opens the member's edit form."""
        url = reverse(CouncilMember.snippet_viewset.get_url_name("edit"), args=[quote(obj.member_id)])
        return format_html('<a href="{}">{}</a>', url, obj.member)


membership_report = MembershipReport()
membership_report.register_with_wagtail()


class CouncilDirectoryGroup(SnippetViewSetGroup):
    menu_label = _("People's Council")
    menu_icon = "group"
    menu_order = 250
    items = (CouncilMemberViewSet, CouncilViewSet, TermViewSet, OrganizationViewSet)

    def get_submenu_items(self):
        return [*super().get_submenu_items(), membership_report.get_menu_item(order=900)]


register_snippet(CouncilDirectoryGroup)


# The councils part of the API's OpenAPI document (delivery/openapi.py).
hooks.register("construct_openapi_document", add_directory)
