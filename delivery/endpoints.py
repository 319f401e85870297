"""The endpoints' side of the query parameters (delivery/parameters.py): one form per action.

``StrictParametersMixin`` validates the form of each action before it runs; pagination,
ordering and search read the cleaned values; detail routes take numeric ids only.
"""

import functools
import re

from django.http import Http404
from django.urls import path
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from rest_framework.exceptions import NotAcceptable, NotFound, ParseError
from rest_framework.filters import BaseFilterBackend
from rest_framework.response import Response
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.utils import BadRequestError

from delivery.parameters import (
    MAX_ID,
    DetailParameters,
    FieldsParameter,
    FindParameters,
    ListingParameters,
    NotFoundError,
    OrderParameter,
    ParameterError,
    PatternParameter,
    choice_parameter,
    limit_max,
)


@functools.cache
def action_form(viewset, action):
    """The form of one action of one endpoint, with its own field names, orders and formats."""
    base = {
        "listing_view": viewset.listing_parameters_class,
        "detail_view": viewset.detail_parameters_class,
        "find_view": viewset.find_parameters_class,
    }[action]
    attrs = {
        "format": choice_parameter(viewset.formats(), help_text="Answer format (json; api is the browsable page)."),
        "_": PatternParameter("^[0-9]{1,20}$", 20, help_text="Cache-buster (jQuery): ignored."),
    }
    names = viewset.field_names(action)
    if names:
        attrs["fields"] = FieldsParameter(names)
    if action == "listing_view" and viewset.order_names():
        attrs["order"] = OrderParameter(viewset.order_names())
    if viewset.rich_text_formats():
        attrs["rich_text_format"] = choice_parameter(viewset.rich_text_formats(),
                                                     help_text="How rich text comes out (default html).")
    return type(f"{viewset.__name__}{action.title().replace('_', '')}Parameters", (base,), attrs)


class StrictParametersMixin:
    """Validates every query parameter of every action before it runs; errors in Vietnamese JSON.

    Endpoints set ``listing_parameters_class`` (their filters), and may set
    ``detail_parameters_class`` and ``find_parameters_class``. The validated
    form is ``self.parameters``; its ``filter`` narrows the listing.
    """

    listing_parameters_class = ListingParameters
    detail_parameters_class = DetailParameters
    find_parameters_class = FindParameters
    actions = ("listing_view", "detail_view", "find_view")
    not_found_message = gettext_lazy("Not found.")

    @classmethod
    def formats(cls):
        return [renderer.format for renderer in cls.renderer_classes]

    @classmethod
    def field_names(cls, action):
        """Names ?fields= may use; none: the endpoint takes no ?fields=."""
        model = getattr(cls, "model", None)
        if model is None or not hasattr(cls, "get_available_fields"):
            return []
        names = set(cls.get_available_fields(model))
        if action == "listing_view":
            names -= set(getattr(cls, "detail_only_fields", []))
        return sorted(names)

    @classmethod
    def order_names(cls):
        return []

    @classmethod
    def rich_text_formats(cls):
        return ["html", "db_html", "markdown", "db_markdown"] if hasattr(cls, "resolve_rich_text_format") else []

    @classmethod
    def parameters_form(cls, action):
        return action_form(cls, action if action in cls.actions else "listing_view")

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        if request.method in ("GET", "HEAD"):  # other methods get their 405 from the dispatch
            self.parameters = self.parameters_form(getattr(self, "action", None)).validate(request.GET)

    def perform_content_negotiation(self, request, force=False):
        try:
            return super().perform_content_negotiation(request, force)
        except Http404 as exc:  # REST framework's answer to an unknown ?format=
            raise NotAcceptable() from exc

    def handle_exception(self, exc):
        if isinstance(exc, ParameterError):
            return Response({"message": str(exc)}, status=400)
        if isinstance(exc, NotFoundError):
            return Response({"message": str(exc) or _("Not found.")}, status=404)
        # Wagtail's own messages are English: the project's handler gives the Vietnamese one.
        if isinstance(exc, BadRequestError):
            exc = ParseError()
        elif isinstance(exc, Http404):
            exc = NotFound()
        return super().handle_exception(exc)

    @classmethod
    def _get_serializer_class(cls, router, model, fields_config, show_details=False, nested=False):
        if not nested:
            available = set(cls.get_available_fields(model))
            if not show_details:
                available -= set(cls.detail_only_fields)
            unknown = {name for name, _negated, _sub in fields_config if name not in ("*", "_")} - available
            if unknown:
                raise ParameterError(_("unknown fields for %(type)s: %(names)s") % {
                    "type": model._meta.label, "names": ", ".join(sorted(unknown))})
        return super()._get_serializer_class(router, model, fields_config, show_details, nested)

    def check_query_parameters(self, queryset):
        """Wagtail's check of parameter names: done, with their values, in ``initial``."""

    def get_object(self):
        return self.object_or_not_found(super().get_object)

    def object_or_not_found(self, get):
        """The object of a detail URL: a 400 for an id that is not a number, our 404 when absent."""
        require_numeric_id(self.kwargs.get("pk"))
        try:
            return get()
        except NotFoundError:
            raise
        except Http404 as exc:
            raise NotFoundError(self.not_found_message) from exc

    def filter_queryset(self, queryset):
        if getattr(self, "action", None) == "listing_view":
            queryset = self.parameters.filter(queryset)
        return super().filter_queryset(queryset)

    def find_object(self, queryset, request):
        pk = self.parameters.cleaned_data.get("id")
        return queryset.filter(pk=pk).first() if pk else None


class StrictPagination(WagtailPagination):
    """limit and offset as validated; an offset past the end is an empty page without a query."""

    def paginate_queryset(self, queryset, request, view=None):
        data = view.parameters.cleaned_data
        limit = data.get("limit")
        if limit is None:
            limit = min(20, limit_max())
        offset = data.get("offset") or 0
        self.view = view
        self.total_count = queryset.count()
        if offset >= self.total_count or limit == 0:
            return []
        return queryset[offset:offset + limit]


class OrderFilter(BaseFilterBackend):
    """?order= as validated, for the fields of the model being listed; the id breaks ties."""

    def filter_queryset(self, request, queryset, view):
        order = view.parameters.cleaned_data.get("order")
        if not order:
            return self.default_order(queryset)
        available = set(view.get_available_fields(queryset.model, db_fields_only=True))
        unknown = [name for name in order if name.lstrip("-") not in available]
        if unknown:
            raise ParameterError(_("%(type)s cannot be ordered by %(names)s") % {
                "type": queryset.model._meta.label, "names": ", ".join(unknown)})
        if not any(name.lstrip("-") in ("id", "pk") for name in order):
            order = [*order, "id"]
        return queryset.order_by(*order)

    def default_order(self, queryset):
        return queryset.order_by("id")


class TitleSearchFilter(BaseFilterBackend):
    """?search= on titles: every word, as written (images and documents have no folded text)."""

    def filter_queryset(self, request, queryset, view):
        text = view.parameters.cleaned_data.get("search")
        if not text:
            return queryset
        for word in text.split():
            queryset = queryset.filter(title__icontains=word)
        return queryset


def json_detail_urlpatterns(viewset):
    """Listing, find and detail routes where any id reaches the view.

    Wagtail's ``<int:pk>`` lets /abc/ fall through to page serving's HTML 404;
    here every segment reaches get_object, which answers in JSON.
    """
    return [
        path("", viewset.as_view({"get": "listing_view"}), name="listing"),
        path("find/", viewset.as_view({"get": "find_view"}), name="find"),
        path("<str:pk>/", viewset.as_view({"get": "detail_view"}), name="detail"),
    ]


def require_numeric_id(pk):
    """A detail URL's id, or a 400 with a message when it is not a whole number (up to MAX_ID)."""
    pk = str(pk)
    if not re.fullmatch(r"[0-9]{1,19}", pk) or int(pk) > MAX_ID:
        raise ParameterError(_("The id must be a whole number."))
    return int(pk)
