"""The access counter ("Thống kê truy cập") and the most viewed pages, for public templates."""

from django import template
from django.utils.safestring import mark_safe

from analytics import live, stats
from analytics.recording import counted_target
from delivery.text import vietnamese_number

register = template.Library()


def _site_id(request):
    from wagtail.models import Site

    site = Site.find_for_request(request) if request is not None else None
    return site.pk if site else None


@register.filter
def vn_number(value):
    """678659 -> 678.659."""
    return vietnamese_number(value)


@register.simple_tag(takes_context=True)
def access_stats(context):
    """Online now, today, this week, all time; and this page's views when ANALYTICS_SHOW_PAGE_VIEWS is on.

    Wrapped as ``live.ACCESS_COUNTER``, so a whole-page cache renders it anew on every request.
    """
    request = context.get("request")
    target = counted_target(request) if request is not None else None
    return mark_safe(live.access_stats_html(_site_id(request), target) + "\n")  # from our own template


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
