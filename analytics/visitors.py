"""Who the visitor is and whether to count them: address, robots, block lists, partner keys.

What is read from the database (block lists, partner keys, page types counted) is held in
process memory (``_Memo``) until ``analytics.recording.reset_memos`` forgets it.
"""

import ipaddress
import logging
import re
import threading
import time
from functools import lru_cache

from crawlerdetect import CrawlerDetect
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import InterfaceError, OperationalError
from django.utils.crypto import salted_hmac
from hitcount.models import BlacklistIP, BlacklistUserAgent
from python_ipware.modern.parsers import parse_ip, split_proxy_chain

from analytics import settings as app_settings

logger = logging.getLogger(__name__)

# A database that cannot be reached, or a connection that died: the view is kept for later (PendingViews).
DATABASE_AWAY = (OperationalError, InterfaceError)

HEADLESS = re.compile(
    r"headless|phantomjs|slimerjs|puppeteer|playwright|selenium|webdriver|lighthouse|electron/|jsdom|"
    r"python-requests|curl/|wget/|go-http-client|okhttp|java/|libwww|httpclient|axios/|node-fetch",
    re.IGNORECASE,
)
_crawler_detect = CrawlerDetect()

# --- the visitor -----------------------------------------------------------------------


@lru_cache(maxsize=8)
def _networks(entries):
    networks = []
    for entry in entries:
        try:
            networks.append(ipaddress.ip_network(entry.strip(), strict=False))
        except ValueError:
            logger.warning("analytics: ignoring trusted proxy %r, not an IP address or network", entry)
    return tuple(networks)


def _in(ip, networks):
    return any(ip.version == net.version and ip in net for net in networks)


def client_ip(meta):
    """The visitor's address: the peer, unless the peer is a trusted proxy.

    X-Forwarded-For is read only when REMOTE_ADDR is a trusted proxy; it is then
    walked from the right, skipping trusted proxies, so a client cannot put an
    address of its choice in front of the chain. python-ipware parses the
    header (ports, brackets, IPv4-mapped IPv6, RFC 7239 tokens).
    """
    peer = parse_ip(meta.get("REMOTE_ADDR"))
    if peer is None:
        return None
    trusted = _networks(tuple(app_settings.get("ANALYTICS_TRUSTED_PROXIES")))
    if not trusted or not _in(peer, trusted):
        return peer
    chain = split_proxy_chain(meta.get("HTTP_X_FORWARDED_FOR", "")) or []
    for hop in reversed(chain):
        if not _in(hop, trusted):
            return hop
    return chain[0] if chain else peer


def stored_ip(ip):
    """What Hit.ip keeps: the network, never the address (IPv4 /24, IPv6 /48 by default)."""
    prefix = app_settings.get("ANALYTICS_IPV4_PREFIX" if ip.version == 4 else "ANALYTICS_IPV6_PREFIX")
    return str(ipaddress.ip_network(f"{ip}/{prefix}", strict=False).network_address)


def visitor_key(ip, user_agent, day):
    """A keyed hash of address and browser; the key changes every day, so keys cannot be linked across days."""
    return salted_hmac(f"analytics.visitor.{day.isoformat()}", f"{ip}\n{user_agent}",
                       algorithm="sha256").hexdigest()[:32]


@lru_cache(maxsize=4096)
def is_robot(user_agent):
    """Crawlers (crawlerdetect), headless browsers and scripts; an empty user agent too.

    Remembered per user agent: the same few hundred browsers come back all day.
    """
    if not user_agent:
        return True
    return bool(HEADLESS.search(user_agent)) or _crawler_detect.is_crawler(user_agent)


# --- lists held in process memory -----------------------------------------------------


class _Memo:
    """A value loaded from the database, trusted for ANALYTICS_LISTS_TTL seconds or until a signal clears it."""

    def __init__(self, loader):
        self.loader = loader
        self.value = None
        self.loaded_at = 0.0
        self.lock = threading.Lock()

    def get(self):
        if self.value is None or time.monotonic() - self.loaded_at > app_settings.get("ANALYTICS_LISTS_TTL"):
            with self.lock:
                try:
                    self.value = self.loader()
                except DATABASE_AWAY:
                    if self.value is None:
                        raise
                    # The lists of a minute ago, rather than a failed view or a connect timeout per request.
                self.loaded_at = time.monotonic()
        return self.value

    def clear(self, **kwargs):
        self.value = None


def _load_blocklists():
    networks = []
    for entry in BlacklistIP.objects.values_list("ip", flat=True):
        try:
            networks.append(ipaddress.ip_network(entry.strip(), strict=False))
        except ValueError:
            logger.warning("analytics: ignoring blocked IP %r, not an IP address or network", entry)
    agents = [ua.strip().lower() for ua in BlacklistUserAgent.objects.values_list("user_agent", flat=True)]
    return tuple(networks), tuple(a for a in agents if a)


def _load_partner_keys():
    """Active keys by their SHA-256 (the database holds no key itself)."""
    from analytics.models import PartnerKey

    return dict(PartnerKey.objects.filter(active=True).values_list("key_hash", "pk"))


blocklists = _Memo(_load_blocklists)
partner_keys = _Memo(_load_partner_keys)


def partner_for_key(raw_key):
    """The id of the active partner whose key this is, or None: one hash and a dict lookup.

    A key of the wrong length is refused without hashing (generated keys are 43 characters).
    """
    from analytics.models import PARTNER_KEY_MAX_LENGTH, PARTNER_KEY_MIN_LENGTH, hash_api_key

    if not PARTNER_KEY_MIN_LENGTH <= len(raw_key) <= PARTNER_KEY_MAX_LENGTH:
        return None
    return partner_keys.get().get(hash_api_key(raw_key))


@lru_cache(maxsize=1)
def _counted_content_type_ids(labels):
    ids = set()
    for label in labels:
        try:
            model = apps.get_model(label)
        except (LookupError, ValueError):
            logger.warning("analytics: ANALYTICS_COUNTED_PAGE_MODELS names an unknown model %r", label)
            continue
        ids.add(ContentType.objects.get_for_model(model).pk)
    return frozenset(ids)


def counted_content_type_ids():
    """The content type ids of the page models counted, or None when every page type is."""
    labels = app_settings.get("ANALYTICS_COUNTED_PAGE_MODELS")
    return None if labels is None else _counted_content_type_ids(tuple(labels))


def counts_page_type(content_type_id):
    counted = counted_content_type_ids()
    return counted is None or content_type_id in counted


def is_blocked(ip, user_agent):
    networks, agents = blocklists.get()
    if networks and _in(ip, networks):
        return True
    lowered = user_agent.lower()
    return any(agent in lowered for agent in agents)


