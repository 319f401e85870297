"""The dashboard panel: views today, this week and this month, 30 days as an SVG chart, the top 10.

Of the sites the user may see: one site's own figures, or the sum of several (the line under the
heading names them); the province's office sees the whole installation.

The chart is read at a glance (dates under the bars, a round scale at the left) and the
day's figure shows on hover; screen readers get the same figures as a table.
"""

import math

from django.core.cache import cache
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.models import Site

from analytics import settings as app_settings
from analytics import stats
from analytics.comparison import site_name

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


def scope_key(site_ids):
    return "all" if site_ids is None else ",".join(str(pk) for pk in sorted(site_ids)) or "none"


def panel_data(site_ids=None):
    """The panel's figures for the sites given (None: every site; several: their sum), cached per set of sites."""
    key = f"analytics:dashboard:{scope_key(site_ids)}"
    data = cache.get(key)
    if data is None:
        daily = stats.daily_views(30, site_ids)
        bars, top = chart_bars(daily)
        data = {
            "figures": stats.compute_figures(site_ids),
            "bars": bars,
            "scale": chart_scale(top),
            "peak": max((views for _, views in daily), default=0),
            "total": sum(views for _, views in daily),
            "top": stats.most_viewed(30, site_ids, limit=10),
        }
        cache.set(key, data, app_settings.get("ANALYTICS_FIGURES_CACHE_SECONDS"))
    return data


NAMES_SHOWN = 5


def scope_of(site_ids):
    """(the sites the figures are of, their names for the line under the heading); (None, None): every site.

    A user who may see every site (a page permission on the tree's root) gets the installation's
    figures, unnamed, as the province's office does; past NAMES_SHOWN sites the names end with "…".
    """
    if site_ids is None:
        return None, None
    sites = Site.objects.order_by("site_name", "hostname").values("id", "site_name", "hostname")
    every = {site["id"] for site in sites}
    if every and site_ids >= every:
        return None, None
    names = [site_name(site) for site in sites if site["id"] in site_ids]
    return site_ids, names[:NAMES_SHOWN] + (["…"] if len(names) > NAMES_SHOWN else [])


class AccessStatisticsPanel(Component):
    """The figures of the sites the user may see (comparison.visible_site_ids): a commune's editors, their commune's."""

    name = "analytics_access_statistics"
    template_name = "analytics/admin/dashboard_panel.html"
    order = 90
    heading = _("Access statistics")

    def __init__(self, site_ids=None):
        self.site_ids = site_ids

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        site_ids, names = scope_of(self.site_ids)
        context.update(panel_data(site_ids))
        context.update(
            site_names=names, site_count=len(site_ids or ()),
            chart_width=CHART_WIDTH, chart_height=CHART_HEIGHT, chart_left=CHART_LEFT,
            chart_right=CHART_WIDTH - CHART_RIGHT, chart_base=CHART_HEIGHT - CHART_BOTTOM,
            chart_date_y=CHART_HEIGHT - 8,
        )
        return context
