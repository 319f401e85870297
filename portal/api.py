"""The public API router, mounted at /api/v2/.

Plugins contribute their own endpoints (see each plugin's api.py); this module
is the one place that decides what the portal exposes.
"""

from wagtail.api import APIField
from wagtail.api.v2.router import WagtailAPIRouter

from analytics.api import HitCountField, StatsAPIViewSet
from councils.api import CouncilMembersAPIViewSet, CouncilsAPIViewSet
from newsroom.api import PortalPagesAPIViewSet
from portal.media_api import PortalDocumentsAPIViewSet, PortalImagesAPIViewSet
from portal.removals import RemovalsAPIViewSet


class PagesEndpoint(PortalPagesAPIViewSet):
    """Pages, with their view counts: the portal joins the newsroom and analytics plugins here."""

    body_fields = PortalPagesAPIViewSet.body_fields + [APIField("hit_count", serializer=HitCountField())]


class CouncilMembersEndpoint(CouncilMembersAPIViewSet):
    body_fields = CouncilMembersAPIViewSet.body_fields + [APIField("hit_count", serializer=HitCountField())]


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesEndpoint)
api_router.register_endpoint("images", PortalImagesAPIViewSet)
api_router.register_endpoint("documents", PortalDocumentsAPIViewSet)
api_router.register_endpoint("council-members", CouncilMembersEndpoint)
api_router.register_endpoint("councils", CouncilsAPIViewSet)
api_router.register_endpoint("removals", RemovalsAPIViewSet)
api_router.register_endpoint("stats", StatsAPIViewSet)
