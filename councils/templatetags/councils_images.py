"""``{% image_or_placeholder %}``: Wagtail's ``{% image %}``, with a placeholder for a lost file.

Wagtail's tag already survives an original file missing on disk, but answers
with ``<img src="/media/not-found" width="0" height="0">``: a broken image in
the reader's page, and nothing in the logs. This tag takes the same arguments
(``{% image_or_placeholder photo fill-96x120 class="x" alt="" %}`` or
``... as name``), draws an empty, sized box in place of the image (the
``image-missing`` class plus the classes asked for) and logs a warning naming
the image (delivery.images.rendition_or_none). With ``as``, the variable is
None for a lost file, so the template can choose what to show.
"""

from django import template
from django.utils.functional import cached_property
from django.utils.html import format_html
from wagtail.images.models import Filter

from delivery.images import rendition_or_none

register = template.Library()


class ImageOrPlaceholderNode(template.Node):
    def __init__(self, image_expr, specs, attrs, output_var_name):
        self.image_expr = image_expr
        self.specs = specs
        self.attrs = attrs
        self.output_var_name = output_var_name

    @cached_property
    def filter(self):
        # Built once per compiled template: a Filter inspects its arguments when made (STACK-NOTES).
        return Filter(spec="|".join(self.specs))

    def render(self, context):
        try:
            image = self.image_expr.resolve(context)
        except template.VariableDoesNotExist:
            image = None
        rendition = rendition_or_none(image, self.filter) if image else None
        if self.output_var_name:
            context[self.output_var_name] = rendition
            return ""
        if not image:
            return ""
        attrs = {name: value.resolve(context) for name, value in self.attrs.items()}
        if rendition is None:
            return placeholder(attrs)
        return rendition.img_tag(attrs)


def placeholder(attrs):
    """An empty box where the image would be: sized by the classes asked for, named by the alt text."""
    classes = " ".join(filter(None, ["image-missing", attrs.get("class", "")]))
    alt = attrs.get("alt", "")
    if alt:
        return format_html('<span class="{}" role="img" aria-label="{}"></span>', classes, alt)
    return format_html('<span class="{}" aria-hidden="true"></span>', classes)


@register.tag("image_or_placeholder")
def image_or_placeholder(parser, token):
    tag_name, *bits = token.split_contents()
    if not bits:
        raise template.TemplateSyntaxError(f"{tag_name} needs an image and at least one filter spec")
    image_expr = parser.compile_filter(bits.pop(0))
    output_var_name = None
    if len(bits) >= 2 and bits[-2] == "as":
        output_var_name = bits[-1]
        bits = bits[:-2]
    specs, attrs = [], {}
    for bit in bits:
        if "=" in bit:
            name, value = bit.split("=", 1)
            attrs[name] = parser.compile_filter(value)
        elif Filter.spec_pattern.match(bit):
            specs.append(bit)
        else:
            raise template.TemplateSyntaxError(f"{tag_name}: {bit!r} is neither a filter spec nor name=value")
    if not specs:
        raise template.TemplateSyntaxError(f"{tag_name} needs at least one filter spec")
    if output_var_name and attrs:
        raise template.TemplateSyntaxError(f"{tag_name}: attributes cannot be given with 'as'")
    return ImageOrPlaceholderNode(image_expr, specs, attrs, output_var_name)
