"""The dashboard panel: views today, this week and this month, 30 days as an SVG chart, the top 10."""

from django.core.cache import cache
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component

from analytics import settings as app_settings
from analytics import stats

CHART_WIDTH, CHART_HEIGHT, CHART_GAP = 600, 120, 2


def chart_bars(daily):
    """Bars for [(day, views)], scaled to the chart; drawn by the template as SVG rects."""
    peak = max((views for _, views in daily), default=0) or 1
    width = CHART_WIDTH / max(len(daily), 1)
    bars = []
    for index, (day, views) in enumerate(daily):
        height = round(views / peak * (CHART_HEIGHT - 16), 1)
        bars.append({
            "x": round(index * width, 1),
            "y": round(CHART_HEIGHT - height, 1),
            "width": round(width - CHART_GAP, 1),
            "height": height,
            "day": day,
            "views": views,
        })
    return bars, peak


def panel_data():
    data = cache.get("analytics:dashboard")
    if data is None:
        daily = stats.daily_views(30)
        bars, peak = chart_bars(daily)
        data = {
            "figures": stats.compute_figures(None),
            "bars": bars,
            "peak": peak,
            "top": stats.most_viewed(30, None, limit=10),
        }
        cache.set("analytics:dashboard", data, app_settings.get("ANALYTICS_FIGURES_CACHE_SECONDS"))
    return data


class AccessStatisticsPanel(Component):
    name = "analytics_access_statistics"
    template_name = "analytics/admin/dashboard_panel.html"
    order = 90
    heading = _("Access statistics")

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context.update(panel_data())
        context.update(chart_width=CHART_WIDTH, chart_height=CHART_HEIGHT)
        return context
