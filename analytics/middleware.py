"""Counts page views on the way out, once the response is known to be a served 200 page."""

import logging

from analytics.recording import record_from_response
from delivery.scope import RequestScope

logger = logging.getLogger(__name__)


class PageViewMiddleware:
    """Records a view of the page (or ``counted_object`` of the request's scope) a GET request served.

    Wagtail's ``before_serve_page`` hook (see wagtail_hooks.py) marks the page;
    a view that shows something else sets ``RequestScope.of(request).counted_object``
    (delivery/scope.py). Any other request passes through with one dictionary look-up.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        scope = RequestScope.peek(request)
        if scope is not None and (scope.counted_page is not None or scope.counted_object is not None):
            try:
                record_from_response(request, response)
            except Exception:  # a counter must never turn a page into an error
                logger.exception("analytics: could not record a page view")
        return response
