"""What our API endpoints share: the JSON they write, rich text as clean HTML, the base of an object endpoint."""

from wagtail.api.rich_text import APIRichText
from wagtail.api.v2.serializers import BaseSerializer, RichTextFieldSerializer
from wagtail.api.v2.views import BaseAPIViewSet
from wagtail.fields import RichTextField

from delivery.endpoints import StrictPagination, StrictParametersMixin, json_detail_urlpatterns
from delivery.parameters import SyncParameters
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


class ObjectSerializer(CleanRichTextMixin, BaseSerializer):
    """The serializer of an endpoint over a model that is not a page."""


class ObjectAPIViewSet(CompactJSONMixin, StrictParametersMixin, BaseAPIViewSet):
    """An endpoint over a model that is not a page: strict parameters, JSON errors, compact JSON.

    Subclasses set ``model``, ``listing_parameters_class`` (a SyncParameters
    form) and ``body_fields``; all fields are shown in listings as in details.
    """

    listing_parameters_class = SyncParameters
    pagination_class = StrictPagination
    base_serializer_class = ObjectSerializer
    nested_default_fields = ["id", "type", "detail_url"]

    @classmethod
    def get_listing_default_fields(cls, model):
        return cls.get_available_fields(model)

    @classmethod
    def get_urlpatterns(cls):
        return json_detail_urlpatterns(cls)
