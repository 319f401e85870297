"""What a province's operator asks for when adding council sites, checked before anything is written.

``manage.py add_council_site`` (one council from its arguments, or many from a CSV) turns each
request into a ``SiteRequest``, and ``check_requests`` refuses the whole batch at the first
problem, naming the CSV line: a province adds its ~100 communes in one file, and a typo in row
57 should not leave 56 sites and a half. ``home/council_site.py`` then builds each site.
"""

import csv
import re
from dataclasses import dataclass

from django.core.management.base import CommandError
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.models import Site

from councils.models import Council, CouncilKind, CouncilLevel
from delivery.text import fold

DEFAULT_PORT = 443

# The kinds of unit a new council may be made for, with the word its name starts with and its level.
# Dissolved district councils keep their archives but get no new site.
UNIT_KINDS = {
    CouncilKind.COMMUNE: ("xã", CouncilLevel.COMMUNE),
    CouncilKind.WARD: ("phường", CouncilLevel.COMMUNE),
    CouncilKind.SPECIAL_ZONE: ("đặc khu", CouncilLevel.COMMUNE),
    CouncilKind.PROVINCE: ("tỉnh", CouncilLevel.PROVINCE),
    CouncilKind.CITY: ("thành phố", CouncilLevel.PROVINCE),
}
COUNCIL_NAME_PREFIX = "Hội đồng nhân dân"
COUNCIL_SHORT_PREFIX = "HĐND"

CSV_COLUMNS = ("name", "kind", "hostname", "slug", "parent", "port")
HOSTNAME = re.compile(r"^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$")


class RequestError(Exception):
    """A request that cannot be carried out; the message is the operator's (Vietnamese)."""


@dataclass(frozen=True)
class SiteRequest:
    """One council site as asked: an existing council by slug, or a new one by name and kind."""

    hostname: str
    port: int = DEFAULT_PORT
    slug: str = ""
    name: str = ""
    kind: str = ""
    parent: str = ""
    line: int | None = None

    @property
    def unit_name(self):
        """"Xã Tân Phong" from "Tân Phong" or "xã Tân Phong" (kind commune)."""
        word, _level = UNIT_KINDS[self.kind]
        name = " ".join(self.name.split())
        if name.lower().startswith(COUNCIL_NAME_PREFIX.lower()):
            name = name[len(COUNCIL_NAME_PREFIX):].strip()
        if not fold(name).lower().startswith(fold(word)):
            name = f"{word} {name}"
        return name[0].upper() + name[1:]

    @property
    def council_slug(self):
        return self.slug or slugify(fold(self.unit_name))[:100]

    def council_fields(self):
        """The fields of the Council this request creates when it does not exist yet."""
        unit = self.unit_name
        in_text = unit[0].lower() + unit[1:]
        return {
            "name": f"{COUNCIL_NAME_PREFIX} {in_text}",
            "short_name": f"{COUNCIL_SHORT_PREFIX} {in_text}",
            "slug": self.council_slug,
            "kind": self.kind,
            "level": UNIT_KINDS[self.kind][1],
        }


@dataclass(frozen=True)
class CheckedRequest:
    """A request whose council exists (``council``) or is to be made (``council`` None, ``parent`` set)."""

    request: SiteRequest
    council: Council | None
    parent: Council | None
    existing_site: Site | None


def parse_port(value):
    try:
        port = int(str(value).strip())
    except (TypeError, ValueError):
        port = 0
    if not 1 <= port <= 65535:
        raise RequestError(_("Not a valid port: “%(port)s” (1 to 65535).") % {"port": value})
    return port


def make_request(*, hostname, port=DEFAULT_PORT, slug="", name="", kind="", parent="", line=None):
    """A SiteRequest from the operator's words, normalised; RequestError for what cannot be one."""
    hostname = (hostname or "").strip().lower().rstrip(".")
    if not hostname:
        raise RequestError(_("A host name is needed (--hostname, or the column hostname)."))
    if not HOSTNAME.match(hostname):
        raise RequestError(_("Not a valid host name: “%(hostname)s”.") % {"hostname": hostname})
    slug, name, kind, parent = ((value or "").strip() for value in (slug, name, kind, parent))
    if not slug and not (name and kind):
        raise RequestError(_(
            "Name an existing council by its slug (--council, or the column slug), or give the name and "
            "kind of a new one (--name and --kind, or the columns name and kind)."
        ))
    if kind and kind not in UNIT_KINDS:
        raise RequestError(_("Unknown kind of unit: “%(kind)s” (one of: %(kinds)s).") % {
            "kind": kind, "kinds": ", ".join(UNIT_KINDS)})
    if slug and slug != slugify(slug):
        raise RequestError(_("Not a valid council slug: “%(slug)s”.") % {"slug": slug})
    return SiteRequest(hostname=hostname, port=parse_port(port), slug=slug, name=name, kind=kind,
                       parent=parent, line=line)


def read_csv(path, defaults):
    """The requests of a CSV file (UTF-8, a header row); ``defaults`` fill empty parent and port cells."""
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            header = [(column or "").strip().lower() for column in (reader.fieldnames or [])]
            reader.fieldnames = header
            rows = list(reader)
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise CommandError(_("Cannot read %(path)s: %(error)s") % {"path": path, "error": error}) from error
    if not rows:
        raise CommandError(_("The CSV file %(path)s has no rows.") % {"path": path})
    unknown = [column for column in header if column not in CSV_COLUMNS]
    if unknown or "hostname" not in header:
        raise CommandError(_(
            "The CSV file %(path)s needs the columns hostname and either slug or name,kind "
            "(and may have parent, port); it has: %(columns)s."
        ) % {"path": path, "columns": ", ".join(str(column) for column in header)})
    requests = []
    for line, row in enumerate(rows, start=2):  # line 1 is the header
        if None in row or None in row.values():
            raise CommandError(_("Line %(line)s: %(error)s") % {
                "line": line, "error": _("the row does not have as many cells as the header.")})
        cells = {column: (row.get(column) or "").strip() for column in CSV_COLUMNS}
        if not any(cells.values()):
            continue
        cells["parent"] = cells["parent"] or defaults.get("parent", "")
        cells["port"] = cells["port"] or defaults.get("port", DEFAULT_PORT)
        try:
            requests.append(make_request(**cells, line=line))
        except RequestError as error:
            raise CommandError(_("Line %(line)s: %(error)s") % {"line": line, "error": error}) from error
    return requests


def check_requests(requests):
    """Every request checked against the database and the others; CommandError at the first problem."""
    councils = Council.objects.in_bulk(
        {r.council_slug for r in requests} | {r.parent for r in requests if r.parent}, field_name="slug"
    )
    sites = {site.hostname: site for site in Site.objects.filter(hostname__in={r.hostname for r in requests})}
    site_owners, council_sites = council_site_pairs()
    seen_hosts, seen_councils, checked = {}, {}, []
    for request in requests:
        try:
            for seen, key in ((seen_hosts, request.hostname), (seen_councils, request.council_slug)):
                if key in seen:
                    raise RequestError(_("“%(key)s” is asked for twice (lines %(first)s and %(line)s).") % {
                        "key": key, "first": seen[key], "line": request.line})
                seen[key] = request.line
            checked.append(check_request(request, councils, sites, site_owners, council_sites))
        except RequestError as error:
            if request.line is None:
                raise CommandError(str(error)) from error
            raise CommandError(_("Line %(line)s: %(error)s") % {"line": request.line, "error": error}) from error
    return checked


def council_site_pairs():
    """{site id: council id} from the portal settings, and {council id: site} the other way."""
    from home.models import PortalSettings

    pairs = list(PortalSettings.objects.filter(council__isnull=False).select_related("site"))
    return {s.site_id: s.council_id for s in pairs}, {s.council_id: s.site for s in pairs}


def check_request(request, councils, sites, site_owners, council_sites):
    council = councils.get(request.council_slug)
    parent = councils.get(request.parent) if request.parent else None
    if request.parent and parent is None:
        raise RequestError(_("There is no council with the slug “%(slug)s” to be the parent.") % {
            "slug": request.parent})
    if council is None:
        if not request.kind:
            raise RequestError(_("There is no council with the slug “%(slug)s”.") % {"slug": request.council_slug})
        if UNIT_KINDS[request.kind][1] == CouncilLevel.COMMUNE and parent is None:
            raise RequestError(_("A new commune-level council needs its province: --parent, or the column parent."))
    elif request.name and council.name != request.council_fields()["name"]:
        raise RequestError(_("The slug “%(slug)s” is already %(existing)s, not %(name)s.") % {
            "slug": council.slug, "existing": council.name, "name": request.council_fields()["name"]})
    site = sites.get(request.hostname)
    owner_id = site_owners.get(site.pk) if site else None
    if site is not None and (council is None or owner_id != council.pk):
        owner = Council.objects.filter(pk=owner_id).first() if owner_id else None
        raise RequestError(_("The host name %(hostname)s already belongs to %(owner)s.") % {
            "hostname": request.hostname, "owner": owner or _("another site (not a council's)")})
    if site is not None and site.port != request.port:
        raise RequestError(_("The site on %(hostname)s answers on port %(port)s; change it under Settings → Sites.")
                           % {"hostname": request.hostname, "port": site.port})
    own_site = council_sites.get(council.pk) if council else None
    if own_site is not None and own_site.hostname != request.hostname:
        raise RequestError(_(
            "%(council)s already has its site on %(hostname)s; change its address under Settings → Sites."
        ) % {"council": council, "hostname": own_site.hostname})
    return CheckedRequest(request=request, council=council, parent=parent, existing_site=own_site)
