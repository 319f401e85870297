"""The public API router, mounted at /api/v2/.

Plugins contribute their own endpoints (see each plugin's api.py); this module
is the one place that decides what the portal exposes.
"""

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from councils.api import CouncilMembersAPIViewSet, CouncilsAPIViewSet
from newsroom.api import PortalPagesAPIViewSet
from portal.removals import RemovalsAPIViewSet

api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PortalPagesAPIViewSet)
api_router.register_endpoint("images", ImagesAPIViewSet)
api_router.register_endpoint("documents", DocumentsAPIViewSet)
api_router.register_endpoint("council-members", CouncilMembersAPIViewSet)
api_router.register_endpoint("councils", CouncilsAPIViewSet)
api_router.register_endpoint("removals", RemovalsAPIViewSet)
