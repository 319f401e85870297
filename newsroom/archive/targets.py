"""Where an archive goes: its council, the news index it is put under, the collection of its images.

A council's site is known to the plugins through the directory: the site that holds a
directory page showing that council. A dissolved council's archive goes to the site of
the council that succeeded it (one whose ``predecessors`` include it).
"""

from django.utils.translation import gettext as _
from wagtail.models import Collection, Site

from councils.models import Council, MemberDirectoryPage
from newsroom.archive.readers import ArchiveError
from newsroom.models import NewsIndexPage


def find_council(slug):
    council = Council.objects.filter(slug=slug).first()
    if council is None:
        raise ArchiveError(_("No council has the slug “%(slug)s”.") % {"slug": slug})
    return council


def find_collection(name):
    if not name:
        return Collection.get_first_root_node()
    collection = Collection.objects.filter(name=name).first()
    if collection is None:
        raise ArchiveError(_("No collection is named “%(name)s”.") % {"name": name})
    return collection


def find_index(into, council):
    """The news index given by ``--into`` (a page id or a site's host name), else the council's own site's."""
    if into:
        if str(into).isdigit():
            index = NewsIndexPage.objects.filter(pk=int(into)).first()
            if index is None:
                raise ArchiveError(_("Page %(id)s is not a news index.") % {"id": into})
            return index
        site = Site.objects.filter(hostname=into).first()
        if site is None:
            raise ArchiveError(_("No site has the host name “%(host)s”.") % {"host": into})
        return first_index(site)
    return first_index(council_site(council))


def council_site(council):
    """The site of the council's directory; for a dissolved council, of its successor's."""
    owners = [council]
    if council.is_dissolved:
        owners = list(council.successors.all())
        if len(owners) != 1:
            raise ArchiveError(_(
                "%(council)s was dissolved and has %(count)s successors: give --into (a news index id or a "
                "site's host name)."
            ) % {"council": council, "count": len(owners)})
    directory = MemberDirectoryPage.objects.filter(council=owners[0]).order_by("path").first()
    site = directory.get_site() if directory is not None else None
    if site is None:
        raise ArchiveError(_(
            "No site shows %(council)s in its directory: give --into (a news index id or a site's host name)."
        ) % {"council": owners[0]})
    return site


def first_index(site):
    index = NewsIndexPage.objects.descendant_of(site.root_page).order_by("path").first()
    if index is None:
        raise ArchiveError(_("The site %(host)s has no news index.") % {"host": site.hostname})
    return index
