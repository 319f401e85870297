"""Counts page views on the way out, once the response is known to be a served 200 page."""

import logging

from analytics.recording import record_from_response

logger = logging.getLogger(__name__)


class PageViewMiddleware:
    """Records a view of the page (or ``request.analytics_object``) a GET request served.

    Wagtail's ``before_serve_page`` hook (see wagtail_hooks.py) marks the page;
    a view that shows something else sets ``request.analytics_object``. Any
    other request passes through with two attribute look-ups.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if getattr(request, "analytics_page", None) is not None or getattr(request, "analytics_object", None):
            try:
                record_from_response(request, response)
            except Exception:  # a counter must never turn a page into an error
                logger.exception("analytics: could not record a page view")
        return response
