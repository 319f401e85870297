"""Security of the portal's answers: sign-in throttling, Content-Security-Policy, Permissions-Policy.

django-axes counts failed sign-ins per user name and client address and refuses the pair for a
cool-off period; django-csp writes the Content-Security-Policy header. This module holds the
project's side of both: where the client address comes from, the Vietnamese lockout page, and
the choice of policy for each part of the site.
"""

import http.client as http_client
import ipaddress
from urllib.parse import urlsplit

from axes.backends import AxesStandaloneBackend
from csp.constants import HEADER
from csp.middleware import CheckableLazyObject, CSPMiddleware
from csp.utils import build_policy, default_config
from django.conf import settings
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from analytics.visitors import client_ip

LOCKOUT_TEMPLATE = "portal/security/lockout.html"
IPV6_NETWORK_PREFIX = 64


# --- sign-in throttling (django-axes) -------------------------------------------------------


class SignInThrottleBackend(AxesStandaloneBackend):
    """axes' check for sign-ins made through a request (the admins' sign-in forms).

    ``authenticate()`` without a request (a shell, the test client's ``login()``) is no sign-in
    form an attacker can reach, and axes would refuse it with an error: it is left to the next
    backend. Every HTTP sign-in path passes its request (Django's and Wagtail's login views).
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)


def login_client_ip(request):
    """The address axes counts failures against, read as the access statistics read it.

    X-Forwarded-For is believed only when the peer is one of TRUSTED_PROXIES, so a client
    cannot rotate addresses by writing the header itself. An IPv6 client counts as its /64
    network (the first address of it): one machine usually holds a whole /64 and could
    otherwise take a fresh address for every few tries.
    """
    address = client_ip(request.META)
    if address is None:
        return None
    if address.version == 6:
        if address.ipv4_mapped is not None:
            return str(address.ipv4_mapped)
        return str(ipaddress.ip_network(f"{address}/{IPV6_NETWORK_PREFIX}", strict=False).network_address)
    return str(address)


def cooloff_minutes():
    cooloff = settings.AXES_COOLOFF_TIME
    return max(1, int(cooloff.total_seconds() // 60)) if cooloff else None


def lockout_message():
    minutes = cooloff_minutes()
    if minutes is None:
        return _("Too many failed sign-in attempts: sign-in is locked. Ask an administrator to unlock it.")
    return ngettext(
        "Too many failed sign-in attempts: sign-in is locked for %(minutes)d minute. "
        "Try again later, or ask an administrator to unlock it.",
        "Too many failed sign-in attempts: sign-in is locked for %(minutes)d minutes. "
        "Try again later, or ask an administrator to unlock it.",
        minutes,
    ) % {"minutes": minutes}


def lockout_response(request, original_response=None, credentials=None):
    """The admin's sign-in page, in its own look, saying in Vietnamese why it refuses (429).

    Used for Wagtail's and Django's admin sign-in alike (AXES_LOCKOUT_CALLABLE); the form
    posts to Wagtail's sign-in, which every editor uses.
    """
    from wagtail.admin.views.account import get_user_login_form

    username = (credentials or {}).get("username") or request.POST.get("username", "")
    form = get_user_login_form()(request, initial={"username": username})
    # Rendered now: axes' middleware hands this back after the template-response phase.
    response = render(request, LOCKOUT_TEMPLATE, {
        "form": form,
        "next": request.POST.get("next") or request.GET.get("next") or reverse("wagtailadmin_home"),
        "lockout_message": lockout_message(),
        "show_password_reset": False,
    }, status=429)
    response["Cache-Control"] = "no-store"
    if settings.AXES_COOLOFF_TIME:
        response["Retry-After"] = str(int(settings.AXES_COOLOFF_TIME.total_seconds()))
    return response


# --- headers ------------------------------------------------------------------------------------


def _origin(url):
    parts = urlsplit(url or "")
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else None


def _with_media_origin(directives):
    """Images from an absolute MEDIA_URL (a bucket or a CDN) are allowed wherever images are."""
    media = _origin(settings.MEDIA_URL)
    directives = dict(directives)
    if media and media not in directives.get("img-src", []):
        directives["img-src"] = [*directives.get("img-src", []), media]
    return default_config(directives)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware with one policy per part of the site.

    The public site gets CONTENT_SECURITY_POLICY; paths in CSP_POLICIES_BY_PATH (the admins,
    the browsable API) get theirs. A view's own ``@csp_update``/``@csp_replace``/``@csp_exempt``
    and a template's ``request.csp_nonce`` still work (django-csp builds that answer's header);
    every other answer gets its policy's header built once at start-up, which saves about a
    tenth of a millisecond per request. Placed outside the whole-page cache, so cached answers
    carry it too (hence no nonces in public templates: a cached page would keep an old one).
    """

    PER_RESPONSE_ATTRIBUTES = ("_csp_exempt", "_csp_config", "_csp_update", "_csp_replace")

    def __init__(self, get_response):
        super().__init__(get_response)
        default = _with_media_origin(settings.CONTENT_SECURITY_POLICY["DIRECTIVES"])
        self.policies = [
            (prefix, _with_media_origin(directives))
            for prefix, directives in getattr(settings, "CSP_POLICIES_BY_PATH", [])
        ] + [("", default)]
        self.headers = [(prefix, build_policy(config=policy)) for prefix, policy in self.policies]

    def policy_for(self, path):
        return next(policy for prefix, policy in self.policies if path.startswith(prefix))

    def header_for(self, path):
        return next(header for prefix, header in self.headers if path.startswith(prefix))

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None:
            parts.config = self.policy_for(request.path_info)
        return parts

    def _needs_django_csp(self, request, response):
        """Whether this answer's header depends on the answer (a decorator, a nonce, a debug page)."""
        if settings.DEBUG and response.status_code in (http_client.NOT_FOUND, http_client.INTERNAL_SERVER_ERROR):
            return True
        if getattr(request, "_csp_nonce", None) is not None or getattr(settings, "CONTENT_SECURITY_POLICY_REPORT_ONLY",
                                                                          None):
            return True
        return any(getattr(response, name, None) is not None for name in self.PER_RESPONSE_ATTRIBUTES)

    def process_response(self, request, response):
        if self._needs_django_csp(request, response):
            return super().process_response(request, response)
        if HEADER not in response:
            response[HEADER] = self.header_for(request.path_info)
        # As django-csp does: a nonce asked for after this point would not be in the header.
        request.csp_nonce = CheckableLazyObject(self._csp_nonce_post_response)
        return response


def permissions_policy_header(features):
    """``camera=(), microphone=(self)``: each feature with the origins that may use it."""
    return ", ".join(f"{feature}=({' '.join(origins)})" for feature, origins in features.items())


class PermissionsPolicyMiddleware:
    """Permissions-Policy on every answer: browser features the portal never uses are refused."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.header = permissions_policy_header(getattr(settings, "PERMISSIONS_POLICY", {}))

    def __call__(self, request):
        response = self.get_response(request)
        if self.header and "Permissions-Policy" not in response:
            response["Permissions-Policy"] = self.header
        return response
