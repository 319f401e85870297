"""The council directory in the Wagtail admin, under one menu: "Hội đồng nhân dân"."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet, SnippetViewSetGroup
from wagtail_modeladmin.helpers import PermissionHelper
from wagtail_modeladmin.options import ModelAdmin

from councils.filters import CouncilFilterSet, CouncilMemberFilterSet, OrganizationFilterSet
from councils.images import PORTRAIT_SMALL
from councils.models import Council, CouncilMember, Membership, Organization, Term
from councils.text import fold


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


class PortraitColumn(Column):
    cell_template_name = "councils/admin/portrait_cell.html"

    def get_value(self, instance):
        if not instance.portrait_id:
            return None
        return instance.portrait.get_rendition(PORTRAIT_SMALL)


class CurrentPostsColumn(Column):
    def get_value(self, instance):
        return instance.position_line() or _("(no current post)")


class CouncilMemberViewSet(SnippetViewSet):
    model = CouncilMember
    icon = "user"
    menu_label = _("Council members")
    menu_order = 100
    index_view_class = FoldedSearchIndexView
    search_fields = ["search_name"]
    search_backend_name = None
    filterset_class = CouncilMemberFilterSet
    list_per_page = 50
    list_display = [
        PortraitColumn("portrait", label=_("Portrait"), width="90px"),
        "full_name",
        CurrentPostsColumn("position", label=_("Current posts")),
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
        return CouncilMember.objects.with_directory_data(PORTRAIT_SMALL.spec)


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


class TermViewSet(SnippetViewSet):
    model = Term
    icon = "date"
    menu_label = _("Terms")
    menu_order = 300
    list_display = ["__str__", "start_date", "end_date"]
    list_filter = ["council"]
    list_export = ["council", "number", "name", "start_date", "end_date"]
    export_filename = "nhiem-ky"

    def get_queryset(self, request):
        return Term.objects.select_related("council")


class OrganizationViewSet(SnippetViewSet):
    model = Organization
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
        return Organization.objects.select_related("council")


class MembershipReportPermissionHelper(PermissionHelper):
    """Whoever may see members may read the report; nobody writes through it."""

    def user_can_list(self, user):
        return user.is_active and (
            user.is_superuser
            or any(user.has_perm(f"councils.{action}_councilmember") for action in ("view", "change", "add"))
        )

    def user_can_create(self, user):
        return False

    def user_can_edit_obj(self, user, obj):
        return False

    def user_can_delete_obj(self, user, obj):
        return False


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
    list_display = ("member", "title", "role", "organization", "term", "start_date", "end_date", "constituency")
    list_filter = ("organization__council", "organization__kind", "term", "role")
    search_fields = ("member__full_name", "title", "organization__name")
    list_export = ("member", "title", "role", "organization", "term", "start_date", "end_date", "constituency")
    ordering = ("organization__council__name", "organization__sort_order", "organization__name", "term",
                "member__sort_name")
    list_per_page = 100

    def get_queryset(self, request):
        return super().get_queryset(request).select_related(
            "member", "organization__council", "term__council"
        ).filter(member__live=True)


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

