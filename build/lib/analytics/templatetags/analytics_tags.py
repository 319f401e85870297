"""The access counter ("Thống kê truy cập") and the most viewed pages, for public templates."""

from django import template

from analytics import live, stats
from analytics.recording import counted_target

register = template.Library()


def _site_id(request):
    from wagtail.models import Site

    site = Site.find_for_request(request) if request is not None else None
    return site.pk if site else None


@register.filter
def vn_number(value):
    """678659 -> 678.659."""
    try:
        return stats.vietnamese_number(value)
    except (TypeError, ValueError):
        return value


@register.inclusion_tag("analytics/access_stats.html", takes_context=True)
def access_stats(context):
    """Online now, today, this week, all time; and this page's views when ANALYTICS_SHOW_PAGE_VIEWS is on."""
    request = context.get("request")
    target = counted_target(request) if request is not None else None
    return live.access_stats_context(_site_id(request), target)


@register.inclusion_tag("analytics/most_viewed.html", takes_context=True)
def most_viewed(context, days=7, limit=5):
    """The most viewed pages of the last ``days`` days on this site."""
    request = context.get("request")
    return {"items": stats.cached_most_viewed(days, _site_id(request), limit, request), "days": days}


@register.simple_tag
def page_views(obj):
    """All-time views of a page or other counted object (no row is created by reading)."""
    from django.contrib.contenttypes.models import ContentType

    if obj is None or obj.pk is None:
        return 0
    content_type_id = getattr(obj, "content_type_id", None) or ContentType.objects.get_for_model(obj).pk
    return stats.object_views(content_type_id, obj.pk)
