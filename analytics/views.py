"""POST /api/v2/hits/: the view beacon for headless front ends and partner sites.

A browser sends ``navigator.sendBeacon("/api/v2/hits/", JSON.stringify({page: 12}))``:
a text/plain body, so no CORS preflight. A partner's server may instead send
``X-Api-Key`` with the visitor's address and browser in the body
(``{"page": 12, "visitor_ip": "...", "user_agent": "..."}``).
"""

import json
import time

from django.conf import settings
from django.core.cache import cache
from django.http import JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from python_ipware.modern.parsers import parse_ip
from wagtail.models import Page

from analytics import settings as app_settings
from analytics.recording import record_view, visitor_may_count
from analytics.signals import page_cache_key
from analytics.visitors import client_ip, counts_page_type, partner_for_key
from delivery.readers import public_pages

MAX_BODY = 2048
PAGE_CACHE_SECONDS = 300
ALLOWED_KEYS = {"page", "visitor_ip", "user_agent"}


def _error(message, status):
    return JsonResponse({"message": message}, status=status)


def _rate_limited(ident, limit):
    """A fixed one-minute window per client, counted in the shared cache.

    A client's first request of the minute costs one plain operation (add);
    later ones an increment too (django-redis runs a script for it). A count
    the cache cannot keep (Redis away: ``add`` and ``incr`` give None) lets the
    request through: the views it brings are still deduped by the database.
    """
    key = f"analytics:rate:{ident}:{int(time.time() // 60)}"
    added = cache.add(key, 1, 70)
    if added is None:
        return False
    if added:
        return limit < 1
    try:
        count = cache.incr(key)
    except ValueError:  # expired between the two operations: a new window
        cache.add(key, 1, 70)
        count = 1
    return count is not None and count > limit


def _key_failure_key(client):
    return f"analytics:keyfail:{client}:{int(time.time() // 60)}"


def _key_failures_exceeded(client):
    """Whether this client sent ANALYTICS_PARTNER_KEY_FAILURE_LIMIT wrong keys this minute.

    Checked before any key is looked up, so guessing keys from one address stops at the
    limit, and even a right key waits for the next minute.
    """
    failures = cache.get(_key_failure_key(client))
    return failures is not None and failures >= app_settings.get("ANALYTICS_PARTNER_KEY_FAILURE_LIMIT")


def _count_key_failure(client):
    key = _key_failure_key(client)
    if not cache.add(key, 1, 70):
        try:
            cache.incr(key)
        except ValueError:  # expired between the two operations: a new window
            cache.add(key, 1, 70)


def _origin_allowed(request):
    origin = request.META.get("HTTP_ORIGIN")
    if not origin:
        return True
    if origin.rstrip("/") in {o.rstrip("/") for o in getattr(settings, "CORS_ALLOWED_ORIGINS", [])}:
        return True
    return origin.split("://", 1)[-1].rstrip("/") == request.get_host()


# Answers of countable_page kept in this process for a few seconds on top of the shared
# cache: a beacon then costs one cache operation less. A page unpublished in that time may
# still be counted for those seconds by a worker that had just looked it up.
_countable = {}
COUNTABLE_MEMO_SECONDS = 5
_COUNTABLE_MEMO_MAX = 10_000


def countable_page(page_id, request=None):
    """(content type id, site id) of a live, public, counted page, or None; cached, cleared on (un)publish."""
    now = time.monotonic()
    memo = _countable.get(page_id)
    if memo is not None and memo[0] > now:
        return memo[1]
    result = _countable_page(page_id, request)
    if len(_countable) >= _COUNTABLE_MEMO_MAX:
        _countable.clear()
    _countable[page_id] = (now + COUNTABLE_MEMO_SECONDS, result)
    return result


def forget_countable(page_id=None):
    if page_id is None:
        _countable.clear()
    else:
        _countable.pop(page_id, None)


def _countable_page(page_id, request=None):
    key = page_cache_key(page_id)
    cached = cache.get(key)
    if cached is None:
        pages = public_pages(Page.objects.live(), request).filter(pk=page_id)
        page = pages.only("id", "path", "content_type_id").first()
        if page is None or not counts_page_type(page.content_type_id):
            cached = 0
        else:
            site = page.get_site()
            cached = (page.content_type_id, site.pk if site else None)
        cache.set(key, cached, PAGE_CACHE_SECONDS)
    return cached or None


class BodyTooLarge(ValueError):
    status = 413


def _parse(body):
    """The beacon's JSON object and its page id; a ValueError with the message (and status) otherwise."""
    if len(body) > MAX_BODY:
        raise BodyTooLarge(_("the body is too long"))
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ValueError(_("the body must be JSON, e.g. {\"page\": 12}")) from None
    if not isinstance(data, dict):
        raise ValueError(_("the body must be a JSON object, e.g. {\"page\": 12}"))
    unknown = sorted(set(data) - ALLOWED_KEYS)
    if unknown:
        raise ValueError(_("unknown field: %(names)s") % {"names": ", ".join(unknown)})
    page = data.get("page")
    if isinstance(page, float) and page.is_integer():  # 12.0 is the integer 12 in JSON
        page = int(page)
    if not isinstance(page, int) or isinstance(page, bool) or not 0 < page < 2**31:
        raise ValueError(_("page must be the id of a page"))
    return data, page


@csrf_exempt
def hits_beacon(request):
    if request.method != "POST":
        response = _error(_("use POST"), 405)
        response["Allow"] = "POST"
        return response
    if not _origin_allowed(request):
        return _error(_("this origin may not send views"), 403)
    peer = client_ip(request.META)
    if peer is None:
        return _error(_("the client address could not be read"), 400)
    client = str(peer) if peer.version == 4 else f"{peer.exploded[:19]}::/64"
    api_key = request.META.get("HTTP_X_API_KEY")
    partner = None
    if api_key:
        if _key_failures_exceeded(client):
            return _error(_("too many wrong API keys from this address; try again in a minute"), 429)
        partner = partner_for_key(api_key)
        if partner is None:
            _count_key_failure(client)
            return _error(_("unknown or inactive API key"), 403)
    ident = f"key{partner}" if partner else client
    limit = app_settings.get("ANALYTICS_PARTNER_RATE_LIMIT" if partner else "ANALYTICS_BEACON_RATE_LIMIT")
    if _rate_limited(ident, limit):
        return _error(_("too many requests; try again in a minute"), 429)
    try:
        declared = request.META.get("CONTENT_LENGTH") or ""
        if declared.isdigit() and int(declared) > MAX_BODY:  # refused before it is read
            raise BodyTooLarge(_("the body is too long"))
        data, page_id = _parse(request.body)
    except ValueError as exc:
        return _error(str(exc), getattr(exc, "status", 400))
    if partner:
        ip = parse_ip(data.get("visitor_ip") if isinstance(data.get("visitor_ip"), str) else None)
        user_agent = data.get("user_agent")
        if ip is None or not isinstance(user_agent, str):
            return _error(_("a partner must send visitor_ip (an IP address) and user_agent"), 400)
    else:
        if "visitor_ip" in data or "user_agent" in data:
            return _error(_("visitor_ip and user_agent may only be sent with an API key"), 400)
        ip, user_agent = peer, request.META.get("HTTP_USER_AGENT", "")
    target = countable_page(page_id, request)
    if target is None:
        return _error(_("no published page with this id is counted"), 404)
    content_type_id, site_id = target
    if visitor_may_count(request, ip, user_agent):
        record_view(content_type_id, page_id, ip, user_agent, site_id)
    return JsonResponse({"message": _("accepted")}, status=202)
