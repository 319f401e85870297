"""What our API endpoints share: the JSON they write, and rich text as clean HTML."""

from wagtail.api.rich_text import APIRichText
from wagtail.api.v2.serializers import BaseSerializer, RichTextFieldSerializer
from wagtail.fields import RichTextField

from delivery.richtext import clean_html


class CompactJSONMixin:
    """Answer compact JSON: put before Wagtail's BaseAPIViewSet (or a subclass) in the bases.

    Wagtail's API asks REST framework for JSON indented by four spaces, which
    makes Python fall back to its pure-Python encoder: the list of 20 reports
    took a good part of its time in it. The JSON means the same; the browsable
    page for browsers keeps its indentation (REST framework adds it there).
    """

    def get_renderer_context(self):
        context = super().get_renderer_context()
        context.pop("indent", None)
        return context


class CleanRichTextFieldSerializer(RichTextFieldSerializer):
    """A RichTextField in the API: the ``html`` format cleaned (delivery/richtext.py)."""

    def to_representation(self, value):
        representation = super().to_representation(value)
        if self.context.get("_wagtail_rich_text_format") == APIRichText.FORMAT_HTML:
            return clean_html(representation)
        return representation


class CleanRichTextMixin:
    """For a Wagtail API serializer: RichTextFields come out as CleanRichTextFieldSerializer."""

    serializer_field_mapping = {
        **BaseSerializer.serializer_field_mapping,
        RichTextField: CleanRichTextFieldSerializer,
    }
