""""Tin từ cơ sở": a province home page shows the latest news of its communes' sites.

A commune's site is one whose PortalSettings name a council whose parent is the
council of the site asking. Three queries whatever the number of communes or news
items: the asking site's settings (kept per content version by PortalSettings),
the communes' settings with their sites and root pages, and the news itself; each
item is matched to its commune by its tree path.
"""

from dataclasses import dataclass

from django.db.models import Q

from delivery.readers import public_pages

COMMUNE_NEWS_ON_HOME = 6


@dataclass(frozen=True)
class CommuneNewsItem:
    """One news page of a commune's site, with the commune's name and the page's address."""

    page: object
    commune_name: str
    url: str


def commune_sites(council_id, own_site_id):
    """The settings of the sites of the councils directly below ``council_id``, with their root pages."""
    from home.models import PortalSettings

    return list(
        PortalSettings.objects.filter(council__parent_id=council_id)
        .exclude(site_id=own_site_id)
        .select_related("site__root_page", "council")
    )


def commune_name(portal_settings):
    council = portal_settings.council
    return portal_settings.council_name or council.short_name or council.name


def commune_news(request, site, limit=COMMUNE_NEWS_ON_HOME):
    """The latest ``limit`` public news pages of the communes' sites below this site's council."""
    from home.models import PortalSettings
    from newsroom.models import NewsPage

    if site is None:
        return []
    own = PortalSettings.for_request(request) if request is not None else PortalSettings.for_site(site)
    if own.council_id is None:
        return []
    communes = commune_sites(own.council_id, site.pk)
    if not communes:
        return []
    roots = Q()
    for portal_settings in communes:
        roots |= Q(path__startswith=portal_settings.site.root_page.path)
    pages = (
        public_pages(NewsPage.objects.live(), request).filter(roots)
        .select_related("hero_image", "council", "category")
        .order_by("-date", "-pk")[:limit]
    )
    items = []
    for page in pages:
        owner = max((s for s in communes if page.path.startswith(s.site.root_page.path)),
                    key=lambda s: len(s.site.root_page.path))
        items.append(CommuneNewsItem(page=page, commune_name=commune_name(owner), url=page.get_url(request)))
    return items
