"""wagtail-modeladmin reports: page view counts and hitcount's block lists."""

import datetime

from django.contrib.admin import SimpleListFilter
from django.contrib.admin import display as admin_display
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, IntegerField, OuterRef, Subquery, Sum, Value
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from hitcount.models import BlacklistIP, BlacklistUserAgent, Hit, HitCount
from wagtail_modeladmin.options import ModelAdmin, ModelAdminGroup

from analytics import stats
from analytics.admin_keys import PartnerKeyAdmin
from analytics.comparison import visible_site_ids
from analytics.models import DailyObjectViews
from delivery.modeladmin import ReadOnlyPermissionHelper

PERIODS = {
    "today": (_("Today"), lambda today: today),
    "week": (_("This week"), lambda today: stats.week_start(today)),
    "7d": (_("Last 7 days"), lambda today: today - datetime.timedelta(days=6)),
    "month": (_("This month"), lambda today: today.replace(day=1)),
    "30d": (_("Last 30 days"), lambda today: today - datetime.timedelta(days=29)),
    "90d": (_("Last 90 days"), lambda today: today - datetime.timedelta(days=89)),
    "year": (_("This year"), lambda today: today.replace(month=1, day=1)),
}


def period_start(key, now=None):
    today = stats.local_date(now or timezone.now())
    return PERIODS[key][1](today)


def with_period_views(queryset, first_day, now=None):
    """Annotate ``period_views``: rollups for finished days, live Hit rows for the rest."""
    now = now or timezone.now()
    done = stats.ensure_rollups(now)
    rolled = (
        DailyObjectViews.objects.filter(hitcount=OuterRef("pk"), date__gte=first_day, date__lte=done)
        .order_by().values("hitcount").annotate(total=Sum("views")).values("total")
    ) if done else None
    live_from = stats.day_start(first_day)
    if done:
        live_from = max(live_from, stats.day_start(done + datetime.timedelta(days=1)))
    live = (
        Hit.objects.filter(hitcount=OuterRef("pk"), created__gte=live_from, created__lte=now)
        .order_by().values("hitcount").annotate(total=Count("id")).values("total")
    )
    rolled_expr = Coalesce(Subquery(rolled, output_field=IntegerField()), 0) if rolled is not None else Value(0)
    return queryset.annotate(
        period_views=rolled_expr + Coalesce(Subquery(live, output_field=IntegerField()), 0)
    )


class PeriodFilter(SimpleListFilter):
    title = _("period")
    parameter_name = "period"

    def lookups(self, request, model_admin):
        return [(key, label) for key, (label, _start) in PERIODS.items()]

    def queryset(self, request, queryset):
        if self.value() in PERIODS:
            return queryset.filter(period_views__gt=0)
        return queryset


class PageTypeFilter(SimpleListFilter):
    title = _("page type")
    parameter_name = "type"

    def lookups(self, request, model_admin):
        counters = visible_counters(HitCount.objects.all(), request.user)
        types = ContentType.objects.filter(pk__in=counters.values("content_type")).order_by("model")
        return [(str(ct.pk), ct.model_class()._meta.verbose_name if ct.model_class() else ct.model) for ct in types]

    def queryset(self, request, queryset):
        value = self.value()
        if value and value.isdigit():
            return queryset.filter(content_type_id=int(value))
        return queryset


def visible_counters(queryset, user):
    """The counters of the sites the user may see (comparison.visible_site_ids): a commune editor, their commune's."""
    site_ids = visible_site_ids(user)
    return queryset if site_ids is None else queryset.filter(tracked__site_id__in=sorted(site_ids))


class ReportPermissionHelper(ReadOnlyPermissionHelper):
    """Every admin user may read the report (of their sites' pages); nobody edits counters by hand."""


class PageViewsAdmin(ModelAdmin):
    model = HitCount
    menu_label = _("Page views")
    menu_icon = "view"
    permission_helper_class = ReportPermissionHelper
    list_display = ("title", "object_type", "hits", "period_views", "modified")
    list_filter = (PageTypeFilter, PeriodFilter)
    list_export = ("title", "object_type", "hits", "period_views", "modified")
    export_filename = "luot-xem"
    list_per_page = 50
    ordering = ("-hits",)

    def get_queryset(self, request):
        queryset = visible_counters(super().get_queryset(request), request.user)
        queryset = queryset.select_related("content_type").prefetch_related("content_object")
        period = request.GET.get("period")
        if period in PERIODS:
            return with_period_views(queryset, period_start(period))
        return queryset.annotate(period_views=Value(None, output_field=IntegerField()))

    @admin_display(description=_("title"))
    def title(self, obj):
        target = obj.content_object
        return getattr(target, "title", None) or (str(target) if target is not None else _("(deleted)"))

    @admin_display(description=_("type"))
    def object_type(self, obj):
        model = obj.content_type.model_class()
        return model._meta.verbose_name if model else obj.content_type.model

    @admin_display(description=_("views in the period"), ordering="period_views")
    def period_views(self, obj):
        return obj.period_views


class BlockedIPAdmin(ModelAdmin):
    model = BlacklistIP
    menu_label = _("Blocked addresses")
    menu_icon = "cross"
    list_display = ("ip",)
    search_fields = ("ip",)


class BlockedUserAgentAdmin(ModelAdmin):
    model = BlacklistUserAgent
    menu_label = _("Blocked browsers")
    menu_icon = "cross"
    list_display = ("user_agent",)
    search_fields = ("user_agent",)


class AnalyticsAdminGroup(ModelAdminGroup):
    menu_label = _("Access statistics")
    menu_icon = "view"
    menu_order = 700
    items = (PageViewsAdmin, BlockedIPAdmin, BlockedUserAgentAdmin, PartnerKeyAdmin)
