"""The API side of headless preview: the draft of a token, as the pages endpoint shows a page.

The project mounts ``preview_viewset(<its pages endpoint>)`` in its router; the front end calls it
with the ``content_type`` and ``token`` that the editor's Preview put in its address.
"""

from django.urls import path
from django.utils.translation import gettext_lazy
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from wagtail.models import get_page_models

from delivery.parameters import PatternParameter, QueryParameters, choice_parameter
from newsroom.preview import TOKEN_PATTERN, HeadlessPreviewPageMixin, TokenRefused, page_from_preview_token


def previewable_types():
    """content_type values of the page types that offer the front end preview."""
    return sorted(f"{model._meta.app_label}.{model._meta.model_name}" for model in get_page_models()
                  if issubclass(model, HeadlessPreviewPageMixin))


class PreviewParameters(QueryParameters):
    token = PatternParameter(TOKEN_PATTERN, 255, gettext_lazy("This preview link is not valid."),
                             help_text="The preview token the editor's Preview put in the front end's address.")
    content_type = choice_parameter(previewable_types(),
                                    help_text="The draft's page type, as in the front end's address.")

    def clean(self):
        cleaned = super().clean()
        if not self.data.get("token"):
            self.add_error("token", gettext_lazy("A preview token is required."))
        return cleaned


def preview_viewset(pages_viewset):
    """The preview endpoint for a pages endpoint: its detail form of a draft, by token only.

    Built on the project's own pages endpoint (with whatever fields the project adds), so a draft
    reads exactly like the published page it will become.
    """

    class PagePreviewAPIViewSet(pages_viewset):
        listing_parameters_class = PreviewParameters
        actions = ("listing_view",)
        renderer_classes = [JSONRenderer]  # for the front end's script: no browsable page
        not_found_message = gettext_lazy("No preview for this link: press Preview in the editor again.")

        @classmethod
        def openapi_paths(cls, name):
            from newsroom.openapi import preview_paths

            return preview_paths(cls, name)

        @classmethod
        def field_names(cls, action):
            return []

        @classmethod
        def order_names(cls):
            return []

        @classmethod
        def rich_text_formats(cls):
            return []

        def preview_view(self, request):
            page = self.get_object()
            # Serialised as the detail of that page is: every field of its type, blocks included.
            self.action = "detail_view"
            response = self.detail_view(request, page.pk)
            # Never kept by a browser, a proxy or the portal's page cache: the token is short-lived.
            response["Cache-Control"] = "private, no-store"
            return response

        def detail_view(self, request, pk):
            from newsroom.api import loaded_together

            instance = self.get_object()
            with loaded_together([instance], with_bodies=True):
                data = self.get_serializer(instance).data
            if instance.pk is None:  # a new page, previewed before its first save: no id, no address yet
                data["meta"]["detail_url"] = None
            return Response(data)

        def handle_exception(self, exc):
            if isinstance(exc, TokenRefused):  # the reason in Vietnamese, not the generic 403 message
                return Response({"message": str(exc.detail)}, status=exc.status_code)
            return super().handle_exception(exc)

        def get_object(self):
            if not hasattr(self, "_preview_page"):
                data = self.parameters.cleaned_data
                self._preview_page = page_from_preview_token(data["token"], data.get("content_type"))
            return self._preview_page

        @classmethod
        def get_urlpatterns(cls):
            return [path("", cls.as_view({"get": "preview_view"}), name="listing")]

    return PagePreviewAPIViewSet
