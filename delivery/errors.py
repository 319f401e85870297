"""Error answers the site gives itself: styled Vietnamese pages, and JSON under /api/.

Django's own 400, 403 (CSRF) and 500 pages are English and unstyled; Wagtail's
API answers some errors as HTML and some as ``{"detail": ...}``. Every error the
portal gives goes through ``error_response`` instead: a page in the site's look
(``<status>.html``, extending ``error_base.html``) for readers, and
``{"message": "..."}`` for API clients. The pages are rendered without a
request context, so they need neither the database nor the cache: the 503 of
a lost database and the 500 of a broken one render like the rest.
"""

import json
import logging
import sys

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.template import TemplateDoesNotExist, loader
from django.utils.html import escape
from django.utils.translation import gettext as _
from rest_framework.response import Response
from rest_framework.views import exception_handler
from wagtail import hooks
from wagtail.api.v2.utils import BadRequestError

logger = logging.getLogger(__name__)

API_PREFIX = "/api/"


def default_message(status):
    """What a reader or a client is told for a status, in Vietnamese."""
    messages = {
        400: _("The request could not be understood: a value in the address or the form is not valid."),
        403: _("You do not have permission to see this page."),
        404: _("The page you are looking for does not exist or has been moved."),
        405: _("This address does not accept this method."),
        406: _("This address cannot answer in the format asked for."),
        413: _("What was sent is too large."),
        415: _("This address does not accept the type of content sent."),
        429: _("Too many requests. Please wait a minute and try again."),
        500: _("Something went wrong on our side. Please try again in a few minutes."),
        503: _("The portal is briefly unavailable. Please try again in a few minutes."),
    }
    return messages.get(status) or (messages[400] if status < 500 else messages[500])


def page_title(status):
    titles = {
        400: _("Bad request"),
        403: _("Access denied"),
        404: _("Page not found"),
        405: _("Method not allowed"),
        406: _("Format not available"),
        413: _("Too large"),
        429: _("Too many requests"),
        500: _("Server error"),
        503: _("Temporarily unavailable"),
    }
    return titles.get(status) or (titles[400] if status < 500 else titles[500])


def is_api_request(request):
    return request is not None and request.path.startswith(API_PREFIX)


def error_response(request, status, message=None, retry_after=None):
    """The portal's answer for an error: JSON under /api/, else the styled page for ``status``."""
    message = str(message) if message else default_message(status)
    if is_api_request(request):
        response = JsonResponse({"message": message}, status=status, json_dumps_params={"ensure_ascii": False})
    else:
        response = HttpResponse(render_error_page(status, message, site_name(request, status)), status=status,
                                content_type="text/html; charset=utf-8")
    if retry_after is not None:
        response["Retry-After"] = str(int(retry_after))
    if status >= 500 or status == 429:
        response["Cache-Control"] = "no-store"
    return response


def site_name(request, status):
    """The name of the site asked for, from the first ``error_page_site_name`` hook that names one
    (a Wagtail hook taking the request; the portal's reads its site settings); the installation's
    name (WAGTAIL_SITE_NAME) otherwise, and when the database cannot be asked (a 5xx never tries:
    the database may be what failed)."""
    fallback = getattr(settings, "WAGTAIL_SITE_NAME", "")
    if request is None or status >= 500:
        return fallback
    try:
        for hook in hooks.get_hooks("error_page_site_name"):
            name = hook(request)
            if name:
                return name
    except Exception:  # an error page must render whatever else is broken
        pass
    return fallback


def render_error_page(status, message, name=""):
    context = {
        "status": status,
        "title": page_title(status),
        "message": message,
        "site_name": name or getattr(settings, "WAGTAIL_SITE_NAME", ""),
    }
    for name in (f"{status}.html", "error_base.html"):
        try:
            return loader.get_template(name).render(context)
        except TemplateDoesNotExist:
            continue
        except Exception:  # a broken template or static manifest must not turn an error page into a 500
            logger.exception("could not render the error page %s", name)
            break
    return (f"<!DOCTYPE html><html lang=\"vi\"><meta charset=\"utf-8\"><title>{escape(context['title'])}</title>"
            f"<h1>{escape(context['title'])}</h1><p>{escape(message)}</p>")


# --- Django's handlers (handler400... in a project's URLconf, as portal/urls.py) ---------------


def bad_request(request, exception=None):
    from delivery.parameters import InvalidAddress

    return error_response(request, 400, str(exception) if isinstance(exception, InvalidAddress) else None)


def permission_denied(request, exception=None):
    return error_response(request, 403)


def page_not_found(request, exception=None):
    return error_response(request, 404)


def server_error(request):
    """A 500, or the 503 of a lost database when that is what failed.

    Database errors in views are answered by DatabaseOutageMiddleware; one raised
    in a middleware (sessions, redirects, sign-in throttling) reaches Django's
    500 handling instead, and is told apart here.
    """
    from delivery.outages import DATABASE_UNAVAILABLE, database_outage, retry_after_seconds

    exception = sys.exc_info()[1]
    if isinstance(exception, DATABASE_UNAVAILABLE):
        database_outage.error(exception, request.path)
        return error_response(request, 503, retry_after=retry_after_seconds())
    return error_response(request, 500)


def csrf_failure(request, reason=""):
    """CSRF_FAILURE_VIEW: the form was sent without its token, or from elsewhere."""
    logger.info("CSRF failure on %s: %s", request.path, reason)
    return error_response(request, 403, _("The form has expired or was not sent from this site. "
                                          "Go back, reload the page and send it again."))


# --- The API: REST framework's errors and a catch-all for the rest -----------------------------


def api_exception_handler(exc, context):
    """REST_FRAMEWORK["EXCEPTION_HANDLER"]: every error of an API view as ``{"message"}`` in Vietnamese.

    REST framework's own details ("Method \"POST\" not allowed.") are English; the
    status says the same, so the message is the portal's for that status. A
    plugin's BadRequestError carries its own (translated) message.
    """
    if isinstance(exc, BadRequestError):
        return Response({"message": str(exc)}, status=400)
    response = exception_handler(exc, context)
    if response is None:
        return None  # a server error: Django's handler500 answers
    response.data = {"message": default_message(response.status_code)}
    if response.status_code == 429:
        response["Cache-Control"] = "no-store"
    return response


def is_portal_json_error(response):
    """Whether an answer already is ``{"message": "..."}`` in JSON."""
    if not response.get("Content-Type", "").startswith("application/json") or response.streaming:
        return False
    try:
        body = json.loads(response.content)
    except ValueError:
        return False
    return isinstance(body, dict) and set(body) == {"message"} and isinstance(body["message"], str)


KEPT_HEADERS = ("Allow", "Retry-After", "Vary", "Access-Control-Allow-Origin", "Access-Control-Allow-Credentials",
                "Access-Control-Expose-Headers")


class ApiErrorMiddleware:
    """Under /api/, any error that is not yet the portal's JSON becomes it (Django's 404 and 405,
    an error page the browsable API rendered, a ``{"detail"}``), with its status and headers."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code < 400 or not is_api_request(request) or is_portal_json_error(response):
            return response
        replacement = error_response(request, response.status_code)
        for header in KEPT_HEADERS:
            if response.has_header(header):
                replacement[header] = response[header]
        return replacement
