"""Commune sites for the benchmark's many-sites configuration (``generate_bench_site --sites N``).

A province installation serves about 100 commune councils, each on its own host. The generator
makes N of them under the province council with the product's own provisioning
(``manage.py add_council_site --csv``): council, Wagtail Site, home page, Tin tức, Hội nghị,
Đại biểu, portal settings, collection, groups and workflow. Each commune then gets a few members
(the council's delegates, so its directory and member pages have someone to show) and a few news
pages, taken from the configured news count so the installation holds as many pages as with one
site. Hits are generated afterwards over every live page, so they spread over the communes too.

Every commune's news pages have the same slugs (``bench-xa-tin-01``...), so a news page has the
same path on every commune host: wrk can pick the host per request and keep the path.
"""

import csv
import datetime
import io
import json
import tempfile
from pathlib import Path

from django.core.management import call_command
from django.utils.text import slugify

HOST = "xa-bench-{n:03d}.bench.localhost"
HOST_SUFFIX = ".bench.localhost"  # what ALLOWED_HOSTS needs for them (bench/harness.py)
PORT = 80
NAME = "Xã Bình Minh {n:03d}"
NEWS_SLUG = "bench-xa-tin-{n:02d}"
MEMBERS_PER_SITE = 2
MIN_NEWS, MAX_NEWS = 5, 10


def hostname(n):
    return HOST.format(n=n)


def news_per_site(news, sites):
    """How many of the ``news`` pages each of ``sites`` communes gets: 5 to 10, at most all of them.

    About half of the news stays with the province; a small site with many communes gives each
    fewer than 5 rather than more pages than asked for.
    """
    if not sites:
        return 0
    return min(MAX_NEWS, max(MIN_NEWS, news // (2 * sites)), news // sites)


def provision(count, province_slug):
    """N commune sites under the province council, through ``add_council_site --csv``."""
    with tempfile.TemporaryDirectory(prefix="bench-sites-") as folder:
        path = Path(folder) / "communes.csv"
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["hostname", "name", "kind"])
            for n in range(1, count + 1):
                writer.writerow([hostname(n), NAME.format(n=n), "commune"])
        call_command("add_council_site", csv=str(path), parent=province_slug, port=str(PORT), stdout=io.StringIO())


def commune_sites(count):
    """(site, council, news index) of the generated communes, in order."""
    from wagtail.models import Site

    from home.models import PortalSettings
    from newsroom.models import NewsIndexPage

    result = []
    for n in range(1, count + 1):
        site = Site.objects.get(hostname=hostname(n), port=PORT)
        council = PortalSettings.for_site(site).council
        index = NewsIndexPage.objects.child_of(site.root_page).get(slug="tin-tuc")
        result.append((site, council, index))
    return result


def make_members(council, n, rng, places):
    """The commune council's delegates: a term, the council as an organization, a few members."""
    from councils.models import CouncilMember, Membership, MembershipRole, Organization, Term

    term, _ = Term.objects.get_or_create(council=council, number=1,
                                         defaults={"start_date": datetime.date(2025, 7, 1)})
    body, _ = Organization.objects.get_or_create(council=council, slug="hoi-dong-nhan-dan",
                                                 defaults={"kind": "council", "name": "Hội đồng nhân dân"})
    members = []
    for k in range(1, MEMBERS_PER_SITE + 1):
        name = f"Đại biểu {k} {NAME.format(n=n)}"
        member = CouncilMember(
            slug=slugify(f"dai-bieu-{k}-xa-bench-{n:03d}"), full_name=name, honorific="Đ/c", gender="male",
            ethnicity="Kinh", hometown=rng.choice(places), live=True,
            biography=f"<p>Đại biểu HĐND {NAME.format(n=n).lower()} khóa I.</p>",
        )
        member.save()
        Membership.objects.create(member=member, organization=body, term=term, role=MembershipRole.DELEGATE,
                                  title=f"Đại biểu HĐND {NAME.format(n=n)}", sort_order=k)
        member.save_revision().publish()
        members.append(member)
    return members


def make_sites(command, count, news, province_slug, places, paragraphs):
    """Provision ``count`` communes and give each members and news; returns the news pages made."""
    from newsroom.models import NewsPage, NewsPageMember

    provision(count, province_slug)
    per_site = news_per_site(news, count)
    start = datetime.datetime(2025, 7, 1, tzinfo=datetime.UTC)
    end = datetime.datetime.now(datetime.UTC) - datetime.timedelta(days=1)
    made = 0
    for n, (_site, council, index) in enumerate(commune_sites(count), start=1):
        members = make_members(council, n, command.rng, places)
        pages = []
        for i in range(1, per_site + 1):
            title = f"HĐND {NAME.format(n=n).lower()} giám sát {command.rng.choice(places)} (tin {i})"
            fields = command.common_fields(title, command.when(start, end), [], "giam-sat")
            fields["council"] = council
            fields["member_links"] = [NewsPageMember(member=m, sort_order=j) for j, m in enumerate(members)]
            body = [{"type": "paragraph", "value": f"<p>{p}</p>"} for p in command.rng.sample(paragraphs, 2)]
            pages.append(NewsPage(slug=NEWS_SLUG.format(n=i), body=json.dumps(body, ensure_ascii=False), **fields))
        command.add_pages(index, pages)
        made += len(pages)
    return made
