"""The images and documents endpoints: Wagtail's, with modified_since, renditions and privacy."""

from django import forms
from django.db.models import Q
from rest_framework import serializers
from rest_framework.fields import Field
from wagtail.api import APIField
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import CollectionViewRestriction

from councils.api import QueryParameters, json_detail_urlpatterns, require_numeric_id
from councils.images import image_api_representation, image_queryset


class MediaParameters(QueryParameters):
    """modified_since, on the time the file was added (images and documents are not versioned)."""

    search = forms.CharField(required=False, max_length=200)

    def filter(self, queryset):
        data = self.cleaned_or_bad_request()
        if data["modified_since"]:
            queryset = queryset.filter(created_at__gte=data["modified_since"])
        return queryset


class RenditionsField(Field):
    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def get_attribute(self, instance):
        return instance

    def to_representation(self, image):
        return image_api_representation(image)["renditions"]


class StrictMediaMixin:
    known_query_parameters = ImagesAPIViewSet.known_query_parameters.union(["modified_since"])

    def filter_queryset(self, queryset):
        if self.action == "listing_view":
            form_data = {k: v for k, v in self.request.GET.items() if k == "modified_since"}
            queryset = MediaParameters(form_data).filter(queryset)
        return super().filter_queryset(queryset)

    def get_object(self):
        require_numeric_id(self.kwargs.get("pk"))
        return super().get_object()

    @classmethod
    def get_urlpatterns(cls):
        return json_detail_urlpatterns(cls)


class PortalImagesAPIViewSet(StrictMediaMixin, ImagesAPIViewSet):
    body_fields = ImagesAPIViewSet.body_fields + [
        APIField("alt", serializer=serializers.CharField(source="default_alt_text", read_only=True)),
        APIField("renditions", serializer=RenditionsField()),
        "created_at",
    ]

    def get_queryset(self):
        return image_queryset().order_by("id")


class PortalDocumentsAPIViewSet(StrictMediaMixin, DocumentsAPIViewSet):
    body_fields = DocumentsAPIViewSet.body_fields + ["created_at"]

    def get_queryset(self):
        """Documents outside collections with a view restriction (those are for logged-in eyes)."""
        queryset = super().get_queryset()
        private = Q()
        for collection_path in CollectionViewRestriction.objects.values_list("collection__path", flat=True):
            private |= Q(collection__path__startswith=collection_path)
        return queryset.exclude(private) if private else queryset
