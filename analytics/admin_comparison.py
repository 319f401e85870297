"""Admin report "the sites' views compared": one horizontal bar per site, drawn server-side as SVG.

The longest bar first; each bar is the site's views of the last 30 days, its darker
start today's views (on the same scale). The 20 most viewed sites have their own
bar, the rest share one ("the other units"). Screen readers get the figures as a table.
Each user sees the sites comparison.visible_site_ids gives them.
"""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from analytics import comparison

SHOWN_SITES = 20
# The chart, in SVG units: each row a line of text above its bar.
CHART_WIDTH, ROW_HEIGHT, TEXT_HEIGHT, BAR_HEIGHT = 640, 36, 15, 12


def chart_rows(items, shown=SHOWN_SITES):
    """Rows for the chart: the ``shown`` first sites, then one row adding up the others (if any)."""
    rows = [{"name": item["site"]["name"], "views": item["views_last_30_days"], "today": item["today"],
             "others": 0} for item in items[:shown]]
    rest = items[shown:]
    if rest:
        rows.append({"name": _("other units"), "views": sum(item["views_last_30_days"] for item in rest),
                     "today": sum(item["today"] for item in rest), "others": len(rest)})
    return rows


def draw(rows):
    """Each row's place and bar widths, scaled so that the longest bar fills the chart."""
    peak = max((row["views"] for row in rows), default=0) or 1
    for index, row in enumerate(rows):
        top = index * ROW_HEIGHT
        row.update(
            text_y=top + TEXT_HEIGHT - 3,
            bar_y=top + TEXT_HEIGHT,
            width=round(row["views"] / peak * CHART_WIDTH, 1),
            today_width=round(min(row["today"], row["views"]) / peak * CHART_WIDTH, 1),
        )
    return rows


class SiteComparisonView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "analytics/admin/site_comparison.html"
    page_title = _("Views of the units compared")
    header_icon = "view"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        items = comparison.comparison()
        visible = comparison.visible_site_ids(self.request.user)
        if visible is not None:
            items = [item for item in items if item["site"]["id"] in visible]
        rows = draw(chart_rows(items))
        context.update(
            rows=rows, chart_width=CHART_WIDTH, bar_height=BAR_HEIGHT,
            chart_height=len(rows) * ROW_HEIGHT, total=sum(row["views"] for row in rows),
            days=comparison.COMPARED_DAYS,
        )
        return context


def admin_urls():
    return [path("analytics/sites/", SiteComparisonView.as_view(), name="analytics_site_comparison")]


def menu_item():
    return MenuItem(_("Views of the units compared"), reverse("analytics_site_comparison"), icon_name="view",
                    order=700)
