from decimal import Decimal, InvalidOperation

from django import template

register = template.Library()


@register.filter
def vn_number(value):
    """A figure the Vietnamese way: 1248 -> "1.248", 3.5 -> "3,5" (whole numbers without decimals)."""
    try:
        number = Decimal(value)
    except (InvalidOperation, TypeError, ValueError):
        return value
    sign = "-" if number < 0 else ""
    number = abs(number)
    whole = int(number)
    fraction = number - whole
    grouped = f"{whole:,}".replace(",", ".")
    if fraction:
        decimals = f"{fraction.normalize():f}".split(".")[1]
        return f"{sign}{grouped},{decimals}"
    return f"{sign}{grouped}"
