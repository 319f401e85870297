"""The public API router, mounted at /api/v2/.

Plugins contribute their own endpoints (see each plugin's api.py); this module
is the one place that decides what the portal exposes.
"""

from rest_framework.viewsets import GenericViewSet
from wagtail.api import APIField
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import BaseAPIViewSet

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


def use_compact_json():
    """Answer compact JSON on every endpoint (called once, from PortalConfig.ready).

    Wagtail's API asks REST framework for JSON indented by four spaces, which
    makes Python fall back to its pure-Python encoder: the list of 20 reports
    took a good part of its time in it. The JSON means the same; the browsable
    page for browsers keeps its indentation (REST framework adds it there).
    """
    BaseAPIViewSet.get_renderer_context = GenericViewSet.get_renderer_context
