"""The dashboard panel: views today, this week and this month, 30 days as an SVG chart, the top 10.

The chart is read at a glance (dates under the bars, a round scale at the left) and the
day's figure shows on hover; screen readers get the same figures as a table.
"""

import math

from django.core.cache import cache
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component

from analytics import settings as app_settings
from analytics import stats

# The chart's drawing area, in SVG units: room at the left for the scale, below for the dates.
CHART_WIDTH, CHART_HEIGHT, CHART_GAP = 640, 200, 2
CHART_LEFT, CHART_RIGHT, CHART_TOP, CHART_BOTTOM = 44, 8, 10, 26
SCALE_STEPS = 4
DATE_EVERY = 7


def scale_step(peak):
    """A round step (1, 2 or 5 times a power of ten) so that SCALE_STEPS of them reach the peak."""
    wanted = max(peak, 1) / SCALE_STEPS
    magnitude = 10 ** max(math.floor(math.log10(wanted)), 0)
    for factor in (1, 2, 5, 10):
        if factor * magnitude >= wanted:
            return factor * magnitude
    return 10 * magnitude


def chart_bars(daily):
    """Bars for [(day, views)], scaled to the chart's drawing area; the scale's top is round."""
    top = scale_step(max((views for _, views in daily), default=0)) * SCALE_STEPS
    plot_width = CHART_WIDTH - CHART_LEFT - CHART_RIGHT
    plot_height = CHART_HEIGHT - CHART_TOP - CHART_BOTTOM
    slot = plot_width / max(len(daily), 1)
    bars = []
    for index, (day, views) in enumerate(daily):
        height = round(views / top * plot_height, 1)
        x = CHART_LEFT + index * slot
        bars.append({
            "x": round(x + CHART_GAP / 2, 1),
            "y": round(CHART_TOP + plot_height - height, 1),
            "width": round(slot - CHART_GAP, 1),
            "height": height,
            "centre": round(x + slot / 2, 1),
            "day": day,
            "views": views,
            # Dates under the last day (today) and every DATE_EVERY days before it.
            "labelled": (len(daily) - 1 - index) % DATE_EVERY == 0,
        })
    return bars, top


def chart_scale(top):
    """The scale at the left: [{"value", "y"}] from 0 to the top."""
    plot_height = CHART_HEIGHT - CHART_TOP - CHART_BOTTOM
    step = top // SCALE_STEPS
    return [
        {"value": step * i, "y": round(CHART_TOP + plot_height - plot_height * i / SCALE_STEPS, 1)}
        for i in range(SCALE_STEPS + 1)
    ]


def panel_data():
    data = cache.get("analytics:dashboard")
    if data is None:
        daily = stats.daily_views(30)
        bars, top = chart_bars(daily)
        data = {
            "figures": stats.compute_figures(None),
            "bars": bars,
            "scale": chart_scale(top),
            "peak": max((views for _, views in daily), default=0),
            "total": sum(views for _, views in daily),
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
        context.update(
            chart_width=CHART_WIDTH, chart_height=CHART_HEIGHT, chart_left=CHART_LEFT,
            chart_right=CHART_WIDTH - CHART_RIGHT, chart_base=CHART_HEIGHT - CHART_BOTTOM,
            chart_date_y=CHART_HEIGHT - 8,
        )
        return context
