from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def member_url(context, member):
    """The member's page, resolved once per request (no query per member)."""
    return member.get_url(context.get("request")) or ""


@register.simple_tag(takes_context=True)
def council_url(context, council):
    return council.get_url(context.get("request")) or ""
