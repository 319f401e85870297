"""GET /api/v2/removals/: what left the public API, for mirrors syncing with modified_since."""

from rest_framework import serializers
from wagtail.api import APIField

from delivery.api import ObjectAPIViewSet
from delivery.models import Removal
from delivery.openapi import EndpointDoc
from delivery.parameters import SyncParameters, choice_parameter
from delivery.tombstones import tombstone_endpoints


class RemovalParameters(SyncParameters):
    search = None  # tombstones hold no text to search
    endpoint = choice_parameter(tombstone_endpoints(), help_text="Only the tombstones of this endpoint.")

    def filter(self, queryset):
        data = self.cleaned_data
        if data["modified_since"]:
            queryset = queryset.filter(removed_at__gte=data["modified_since"])
        if data["endpoint"]:
            queryset = queryset.filter(endpoint=data["endpoint"])
        return queryset


class RemovalsAPIViewSet(ObjectAPIViewSet):
    """Tombstones: {id, type, endpoint, reason, removed_at} and nothing of the content."""

    name = "removals"
    openapi_doc = EndpointDoc(
        "Removals (tombstones)", None, None, "Removal",
        "What was unpublished, deleted or made private since modified_since: a mirror drops these ids. "
        "When an object comes back, its tombstone goes and the object shows again with a newer "
        "modification time.")
    model = Removal
    listing_parameters_class = RemovalParameters
    actions = ("listing_view",)
    meta_fields = []
    body_fields = [
        APIField("id", serializer=serializers.IntegerField(source="object_id", read_only=True)),
        APIField("type", serializer=serializers.CharField(source="object_type", read_only=True)),
        "endpoint",
        "reason",
        "removed_at",
    ]

    def get_queryset(self):
        return Removal.objects.order_by("removed_at", "pk")

    @classmethod
    def get_urlpatterns(cls):
        from django.urls import path

        return [path("", cls.as_view({"get": "listing_view"}), name="listing")]
