"""The images and documents endpoints: Wagtail's, with modified_since, renditions and privacy."""

from django.db.models import Q
from rest_framework import serializers
from wagtail.api import APIField
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import CollectionViewRestriction

from delivery.api import CompactJSONMixin
from delivery.endpoints import (
    OrderFilter,
    StrictPagination,
    StrictParametersMixin,
    TitleSearchFilter,
    json_detail_urlpatterns,
)
from delivery.images import image_queryset
from delivery.openapi import EndpointDoc
from delivery.parameters import SyncParameters
from delivery.serializers import ImageRepresentationField


class MediaParameters(SyncParameters):
    """modified_since, on the time the file was added (images and documents are not versioned)."""

    def filter(self, queryset):
        data = self.cleaned_data
        if data["modified_since"]:
            queryset = queryset.filter(created_at__gte=data["modified_since"])
        return queryset


class StrictMediaMixin(CompactJSONMixin, StrictParametersMixin):
    """Validated parameters; search on titles; order by the fields a client can see; compact JSON."""

    listing_parameters_class = MediaParameters
    pagination_class = StrictPagination
    filter_backends = [OrderFilter, TitleSearchFilter]
    order_fields = ["id", "title", "created_at"]

    @classmethod
    def order_names(cls):
        return cls.order_fields

    @classmethod
    def get_urlpatterns(cls):
        return json_detail_urlpatterns(cls)


class PortalImagesAPIViewSet(StrictMediaMixin, ImagesAPIViewSet):
    openapi_doc = EndpointDoc("Images", "An image", "Find an image by id", "ImageItem", "Search looks in titles.")
    order_fields = ["id", "title", "created_at", "width", "height"]
    body_fields = ImagesAPIViewSet.body_fields + [
        APIField("alt", serializer=serializers.CharField(source="default_alt_text", read_only=True)),
        APIField("renditions", serializer=ImageRepresentationField("renditions", source="*")),
        "created_at",
    ]

    def get_queryset(self):
        return image_queryset().order_by("id")


class PortalDocumentsAPIViewSet(StrictMediaMixin, DocumentsAPIViewSet):
    openapi_doc = EndpointDoc("Documents", "A document", "Find a document by id", "DocumentItem",
                              "Documents outside private collections; search looks in titles.")
    body_fields = DocumentsAPIViewSet.body_fields + ["created_at"]

    def get_queryset(self):
        """Documents outside collections with a view restriction (those are for logged-in eyes)."""
        queryset = super().get_queryset()
        private = Q()
        for collection_path in CollectionViewRestriction.objects.values_list("collection__path", flat=True):
            private |= Q(collection__path__startswith=collection_path)
        return queryset.exclude(private) if private else queryset
