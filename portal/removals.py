"""GET /api/v2/removals/: what left the public API, for mirrors syncing with modified_since."""

from rest_framework import serializers
from wagtail.api import APIField

from councils.api import DirectoryAPIViewSet
from delivery.parameters import SyncParameters, choice_parameter
from portal.models import Removal


class RemovalParameters(SyncParameters):
    search = None  # tombstones hold no text to search
    endpoint = choice_parameter(["pages", "council-members", "councils"],
                                help_text="Only the tombstones of this endpoint.")

    def filter(self, queryset):
        data = self.cleaned_data
        if data["modified_since"]:
            queryset = queryset.filter(removed_at__gte=data["modified_since"])
        if data["endpoint"]:
            queryset = queryset.filter(endpoint=data["endpoint"])
        return queryset


class RemovalsAPIViewSet(DirectoryAPIViewSet):
    """Tombstones: {id, type, endpoint, reason, removed_at} and nothing of the content."""

    name = "removals"
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
