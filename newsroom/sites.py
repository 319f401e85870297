"""Which sites the pages endpoint reads: the request's, or those ``?site=`` names.

A province portal and its partners read every commune's pages in one listing
(``?site=all``, ``?site=3,7``); a site's own host still lists only its own
pages. Each page names the site it belongs to in ``meta.site``. The sites asked
for are read in one query with their root pages, and a page is matched to its
site by its tree path, so the query count does not grow with the items listed.
"""

from django.conf import settings
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.api import APIField
from wagtail.models import Page, Site

from delivery.parameters import NotFoundError, ParameterError, PatternParameter
from delivery.readers import public_pages
from delivery.serializers import WholeObjectField

HOSTNAME = "[A-Za-z0-9](?:[-A-Za-z0-9.]{0,252})(?::[0-9]{1,5})?"
# Up to 90 ids, so that the longest value stays within the 1,000 characters any value may have.
SITE_IDS = "[1-9][0-9]{0,9}(?:,[1-9][0-9]{0,9}){0,89}"
MAX_SITE_ID = 2**31 - 1  # Wagtail's Site ids are 32-bit


class SitesParameter(PatternParameter):
    """``all``, one site id or several (comma-separated, up to 90), or a host name (and :port).

    The cleaned value is the list of sites, each with its root page, or None for the
    request's site. A site that does not exist is a 404 naming it, as any object a
    filter names (``child_of``, ``member``).
    """

    def __init__(self, **kwargs):
        super().__init__(f"^(?:all|{SITE_IDS}|{HOSTNAME})$", 1000,
                         gettext_lazy("Expected all, site ids separated by commas, or a host name."), **kwargs)

    def clean(self, value):
        value = super().clean(value)
        if not value:
            return None
        sites = Site.objects.select_related("root_page")
        if value == "all":
            return list(sites.order_by("pk"))
        if value.replace(",", "").isdigit():
            return self.sites_by_id(sites, [int(part) for part in value.split(",")])
        return self.site_by_host(sites, value)

    @staticmethod
    def sites_by_id(sites, ids):
        if any(pk > MAX_SITE_ID for pk in ids):
            raise ParameterError(_("A site id is at most %(max)s.") % {"max": MAX_SITE_ID})
        if len(set(ids)) != len(ids):
            raise ParameterError(_("A site is named twice."))
        found = {site.pk: site for site in sites.filter(pk__in=ids)}
        missing = [str(pk) for pk in ids if pk not in found]
        if missing:
            raise NotFoundError(_("No site with id %(ids)s.") % {"ids": ", ".join(missing)})
        return [found[pk] for pk in ids]

    @staticmethod
    def site_by_host(sites, value):
        hostname, _colon, port = value.partition(":")
        matching = list(sites.filter(hostname=hostname, **({"port": int(port)} if port else {}))[:2])
        if not matching:
            raise NotFoundError(_("No site with host name %(host)s.") % {"host": value})
        if len(matching) > 1:
            raise ParameterError(_("Several sites answer to this host name: add its port."))
        return matching


def site_representation(site):
    return {"id": site.pk, "hostname": site.hostname, "name": site.site_name or site.hostname}


def page_site(page, context):
    """The site of a listed page, among the sites the request reads (meta.site)."""
    view = context.get("view")
    if view is None or not page.path:  # a new page's preview has no place in the tree yet
        return None
    matches = [site for site in view.listed_sites() if page.path.startswith(site.root_page.path)]
    if not matches:
        return None
    return site_representation(max(matches, key=lambda site: len(site.root_page.path)))


SITE_META_FIELD = APIField("site", serializer=WholeObjectField(page_site))


class SitePagesMixin:
    """The pages of the sites a request reads: ``?site=`` (see SitesParameter), else the request's.

    Wagtail's own version lets through private sections that the request may see (a
    logged-in group member); this public API never shows them, and ``public_pages``
    reads the private sections from the request's reader scope (delivery/readers.py).
    Wagtail asks for the base queryset several times a request: it is built once.
    """

    def listed_sites(self):
        if not hasattr(self, "_sites"):
            parameters = getattr(self, "parameters", None)
            asked = parameters.cleaned_data.get("site") if parameters is not None else None
            if asked is None:
                site = Site.find_for_request(self.request)
                asked = [site] if site is not None else []
            self._sites = asked
        return self._sites

    def get_base_queryset(self):
        if not hasattr(self, "_base_queryset"):
            pages = public_pages(Page.objects.all().live(), self.request)
            scoped = pages.none()
            for site in self.listed_sites():
                scoped |= pages_of_site(pages, site)
            self._base_queryset = scoped
        return self._base_queryset


def pages_of_site(pages, site):
    root = site.root_page
    scoped = pages.descendant_of(root, inclusive=True)
    if getattr(settings, "WAGTAIL_I18N_ENABLED", False):
        for translation in root.get_translations():
            scoped |= pages.descendant_of(translation, inclusive=True)
    return scoped
