from django import template

from delivery.text import vietnamese_number

register = template.Library()


@register.filter
def vn_number(value):
    """A figure the Vietnamese way: 1248 -> "1.248", 3.5 -> "3,5" (whole numbers without decimals)."""
    return vietnamese_number(value)
