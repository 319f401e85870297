"""The demo as a province installation: three commune sites beside the province's, one with an inherited archive.

Each commune's site is made by the provisioning command (``add_council_site``), on its own host
beside the province's (``xa-tan-phong.localhost`` when the province answers at 127.0.0.1 or
localhost: browsers send every ``*.localhost`` to this machine) and on the same port. Each gets a
few news items of its own (demo/commune_news.py); its council's members are in the directory's
demo. xã Tân Phong also gets the archive of the dissolved HĐND huyện Tân Phong, read from an old
portal's feed (demo/fixtures/huyen-tan-phong/) by ``import_archive``.

Idempotent: the provisioning command and the importer change nothing on a rerun, and news
pages are found by their address under the commune's news index.
"""

import io
import ipaddress
import json
from pathlib import Path

from django.core.management import call_command
from wagtail.models import Site

from demo.blocks import Directory, page_slug, paragraph, statistic_block
from demo.commune_news import COMMUNE_STORIES
from demo.directory import LAM_SON, SONG_HOA, TAN_PHONG, TAN_PHONG_DISTRICT
from home.council_site import unit_name
from newsroom.models import NewsIndexPage, NewsPage

COMMUNE_SITES = [TAN_PHONG, LAM_SON, SONG_HOA]  # the host name starts with the council's slug
ARCHIVE = Path(__file__).parent / "fixtures" / "huyen-tan-phong" / "tin-tuc.rss"
ARCHIVE_COUNCIL = TAN_PHONG_DISTRICT
ARCHIVE_HEIR = TAN_PHONG


def commune_hostname(slug, province_hostname):
    """``<slug>.localhost`` beside a local address (127.0.0.1, localhost), else ``<slug>.<province host>``."""
    host = province_hostname.strip("[]")
    try:
        ipaddress.ip_address(host)
        local = True
    except ValueError:
        local = host == "localhost"
    return f"{slug}.localhost" if local else f"{slug}.{host}"


def commune_sites(province_site):
    """The commune sites of the demo, in COMMUNE_SITES order (those that exist)."""
    hosts = {commune_hostname(slug, province_site.hostname): slug for slug in COMMUNE_SITES}
    sites = {site.hostname: site for site in Site.objects.filter(hostname__in=hosts, port=province_site.port)}
    return [sites[host] for host in hosts if host in sites]


def run_command(ctx, name, *args, **options):
    """Run one of the project's commands and pass on what it reports."""
    out = io.StringIO()
    call_command(name, *args, stdout=out, **options)
    for line in out.getvalue().splitlines():
        ctx.log(line)


def ensure_commune_sites(ctx):
    for slug in COMMUNE_SITES:
        run_command(ctx, "add_council_site", council=slug, port=ctx.site.port,
                    hostname=commune_hostname(slug, ctx.site.hostname))
    return dict(zip(COMMUNE_SITES, commune_sites(ctx.site), strict=True))


def news_index(site):
    return NewsIndexPage.objects.child_of(site.root_page).filter(slug="tin-tuc").first()


def ensure_commune_news(ctx, sites, directory):
    for story in COMMUNE_STORIES:
        index = news_index(sites[story.council])
        body = [paragraph(f"<p>{text}</p>") for text in story.paragraphs[1:]]
        if story.statistic:
            body.append(statistic_block(*story.statistic))
        ctx.ensure_child_page(
            index, NewsPage, page_slug(story.title), title=story.title, date=story.when,
            first_published_at=story.when, summary=story.paragraphs[0], byline=story.byline,
            council=directory.council(story.council), body=json.dumps(body, ensure_ascii=False),
        )


def import_district_archive(ctx, heir_site, directory):
    """The dissolved district's old portal, into its heir's news, its photos in the heir's collection."""
    run_command(ctx, "import_archive", str(ARCHIVE), council=ARCHIVE_COUNCIL, into=heir_site.hostname,
                collection=unit_name(directory.council(ARCHIVE_HEIR)))


def load_communes(ctx):
    """Three commune sites with their news, and the district archive xã Tân Phong inherited."""
    directory = Directory()
    sites = ensure_commune_sites(ctx)
    ensure_commune_news(ctx, sites, directory)
    import_district_archive(ctx, sites[ARCHIVE_HEIR], directory)
