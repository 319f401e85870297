"""The public API router, mounted at /api/v2/.

Plugins contribute their own endpoints (see each plugin's api.py); this module
is the one place that decides what the portal exposes.
"""

from wagtail.api import APIField
from wagtail.api.v2.router import WagtailAPIRouter

from analytics.api import HitCountField, StatsAPIViewSet, StatsParameters
from councils.api import CouncilMembersAPIViewSet, CouncilsAPIViewSet
from delivery.endpoints import StrictParametersMixin
from delivery.media_api import PortalDocumentsAPIViewSet, PortalImagesAPIViewSet
from delivery.parameters import QueryParameters
from delivery.removals import RemovalsAPIViewSet
from newsroom.api import PortalPagesAPIViewSet
from newsroom.preview_api import preview_viewset


class PagesEndpoint(PortalPagesAPIViewSet):
    """Pages, with their view counts: the portal joins the newsroom and analytics plugins here."""

    body_fields = PortalPagesAPIViewSet.body_fields + [APIField("hit_count", serializer=HitCountField())]


# A draft by its preview token, in the pages endpoint's shape (hit_count included): newsroom/preview.py.
PreviewEndpoint = preview_viewset(PagesEndpoint)


class CouncilMembersEndpoint(CouncilMembersAPIViewSet):
    body_fields = CouncilMembersAPIViewSet.body_fields + [APIField("hit_count", serializer=HitCountField())]


class StrictStatsParameters(QueryParameters, StatsParameters):
    """The stats parameters under the API's one rule for parameters (delivery/parameters.py)."""


class StatsEndpoint(StrictParametersMixin, StatsAPIViewSet):
    listing_parameters_class = StrictStatsParameters
    actions = ("listing_view",)


# Every endpoint by its name; delivery/openapi.py documents them from this list.
ENDPOINTS = {
    "pages": PagesEndpoint,
    "images": PortalImagesAPIViewSet,
    "documents": PortalDocumentsAPIViewSet,
    "council-members": CouncilMembersEndpoint,
    "councils": CouncilsAPIViewSet,
    "removals": RemovalsAPIViewSet,
    "stats": StatsEndpoint,
    "preview": PreviewEndpoint,
}

api_router = WagtailAPIRouter("wagtailapi")
for name, endpoint in ENDPOINTS.items():
    api_router.register_endpoint(name, endpoint)

