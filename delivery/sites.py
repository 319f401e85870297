"""The Site of a request's host name, looked up once per installation version by each process.

Wagtail looks up the Site of the host name on every request (``Site.find_for_request``). Sites
change only when an editor changes one, which moves the installation's content version
(delivery.versions); so each process keeps what it found for the current version, and a
request asks ``request_site(request)``: the request's own copy, resolved once. A project that
wants Wagtail's routing to use the same copy gives it to ``Site.find_for_request`` through
the request attribute that method documents caching on (portal/restrictions.py does).
"""

import copy
import threading

from django.http.request import split_domain_port
from wagtail import hooks
from wagtail.models import Site
from wagtail.models.sites import get_site_for_hostname

from delivery.scope import RequestScope
from delivery.versions import installation_token

_lock = threading.Lock()
_sites = {"token": None, "by_host": {}}
MAX_HOSTS = 1000


def site_for_request(request):
    """The Site for the request's host and port, as Wagtail finds it, looked up once per version."""
    token = installation_token(request)
    key = (request._get_raw_host(), request.get_port())
    with _lock:
        if _sites["token"] != token:
            _sites.update(token=token, by_host={})
        known = _sites["by_host"].get(key, _sites)
    if known is _sites:  # not looked up yet for this version
        try:  # what Site.find_for_request does when nothing is cached on the request
            known = get_site_for_hostname(split_domain_port(key[0])[0], key[1])
        except Site.DoesNotExist:
            known = None
        with _lock:
            if _sites["token"] == token and len(_sites["by_host"]) < MAX_HOSTS:
                _sites["by_host"][key] = known
    # A copy per request: nothing a request caches on it (its root page) reaches another.
    return copy.copy(known) if known is not None else None


def request_site(request):
    """The request's Site (or None), resolved once per request; the one Wagtail found, if it has."""
    request = getattr(request, "_request", request)
    found = request.__dict__.get("_wagtail_site", RequestScope)
    if found is not RequestScope:
        return found
    return RequestScope.of(request).remember("site", lambda: site_for_request(request))


def sites_showing(pages):
    """Ids of the sites these pages belong to, and of those a project says show them too.

    A page belongs to every site whose root is above it (Wagtail's cached root paths: no query).
    The ``content_changed_sites`` Wagtail hook, called with a page and the ids of its own sites,
    returns more ids: the province portal that lists a commune's news, say (home/wagtail_hooks.py).
    """
    roots = Site.get_site_root_paths()
    hooks_found = hooks.get_hooks("content_changed_sites")
    found = set()
    for page in pages:
        own = {root.site_id for root in roots if page.url_path and page.url_path.startswith(root.root_path)}
        found |= own
        for hook in hooks_found:
            found.update(hook(page, own) or ())
    return found


def pages_changed(pages):
    """These pages changed as readers see them: the version of each site showing them moves."""
    from delivery.models import SiteContentVersion

    SiteContentVersion.bump(sites_showing(pages))
