"""Resolve the benchmark's URLs and count SQL queries per request, not under load.

Run by bench/run.py with the same environment as the server (bench/settings.py,
the benchmark database, the cache of the configuration measured):

    python bench/probe.py OUTPUT.json

Each endpoint is requested twice with django.test.Client as a browser would (same
User-Agent as wrk); the queries of the second, warmed request are counted, once
with the whole-page cache off (what rendering costs: the figure held to at most
12) and once with it on (what a request served from the cache costs). The
beacon's second request comes from a new visitor, so it is a counted view.
"""

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

USER_AGENT = ("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
              "Chrome/126.0 Safari/537.36 hdnd-bench")


def path_of(url):
    """The path of a page's URL: with more than one site, Wagtail gives pages full URLs."""
    from urllib.parse import urlsplit

    return urlsplit(url).path


def resolve_targets():
    """The concrete URLs: a generated conference report, the most-quoted member, a news page for the beacon."""
    from django.contrib.contenttypes.models import ContentType
    from django.db.models import Count
    from wagtail.models import ReferenceIndex

    from councils.models import CouncilMember
    from newsroom.models import ConferencePage, NewsPage

    conferences = list(ConferencePage.objects.live().public().order_by("pk").values_list("pk", flat=True))
    if not conferences:
        raise SystemExit("No conference report: generate the benchmark site first.")
    generated = list(ConferencePage.objects.live().filter(slug__startswith="bench-").order_by("pk")
                     .values_list("pk", flat=True)) or conferences
    conference = ConferencePage.objects.get(pk=generated[len(generated) // 2])

    member_type = ContentType.objects.get_for_model(CouncilMember)
    speakers = (ReferenceIndex.objects.filter(to_content_type=member_type, content_path__contains=".speaker")
                .values("to_object_id").annotate(n=Count("id")).order_by("-n", "to_object_id"))
    member = None
    for row in speakers[:20]:
        member = CouncilMember.objects.filter(pk=row["to_object_id"], live=True).first()
        if member:
            speeches = row["n"]
            break
    if member is None:
        raise SystemExit("No member with speeches: was the reference index built?")

    news = (NewsPage.objects.live().public().filter(slug__startswith="bench-tin").order_by("pk").first()
            or NewsPage.objects.live().public().exclude(pk__in=conferences).order_by("pk").first())
    news_index = conference.get_parent().specific
    news_root = NewsPage.objects.live().filter(slug__startswith="bench-tin").first()
    index = (news_root.get_parent() if news_root else news_index).specific
    news_index_url = path_of(index.url)
    # Page 50 of the listing, or its last page on a site generated smaller than the default.
    from newsroom.models.index import NEWS_PER_PAGE

    pages = max(1, -(-index.news_items().count() // NEWS_PER_PAGE))

    return {
        "conference_id": conference.pk,
        "conference_url": path_of(conference.url),
        "member_slug": member.slug,
        "member_speeches": speeches,
        "member_url": path_of(member.get_url()),
        "beacon_page_id": news.pk,
        "news_index_url": news_index_url,
        "news_index_id": index.pk,
        "deep_page": min(50, pages),
    }


def endpoints(targets):
    """name -> (method, path, body); the same list wrk loads."""
    news = targets["news_index_url"]
    return {
        "ceiling": ("GET", "/bench/ok/", None),
        "home": ("GET", "/", None),
        "news_index_p1": ("GET", news, None),
        "news_index_p50": ("GET", f"{news}?page={targets.get('deep_page', 50)}", None),
        "conference": ("GET", targets["conference_url"], None),
        "member": ("GET", targets["member_url"], None),
        "search": ("GET", "/tim-kiem/?q=giam+sat", None),
        "api_list": ("GET", "/api/v2/pages/?type=newsroom.ConferencePage&fields=*&limit=20", None),
        "api_detail": ("GET", f"/api/v2/pages/{targets['conference_id']}/", None),
        "api_members": ("GET", "/api/v2/council-members/", None),
        "stats": ("GET", "/api/v2/stats/", None),
        "beacon": ("POST", "/api/v2/hits/", json.dumps({"page": targets["beacon_page_id"]})),
    }


COMMUNE_LABELS = {  # the province endpoint each one matches, for the table
    "site_home": "home",
    "site_news_index": "news_index_p1",
    "site_news": "conference",
    "site_member": "member",
    "site_api_list": "api_list",
    "site_api_detail": "api_detail",
}


def resolve_sites():
    """Each generated commune site: its host and the paths that differ from one site to the next."""
    from wagtail.models import Site

    from bench.sites import HOST_SUFFIX, NEWS_SLUG
    from councils.models import CouncilMember, MemberDirectoryPage
    from home.models import PortalSettings
    from newsroom.models import NewsPage

    result = []
    for site in Site.objects.filter(hostname__endswith=HOST_SUFFIX).order_by("hostname"):
        council = PortalSettings.for_site(site).council
        member = (CouncilMember.objects.filter(live=True, memberships__organization__council=council)
                  .order_by("pk").first())
        news = NewsPage.objects.live().descendant_of(site.root_page).get(slug=NEWS_SLUG.format(n=1))
        directory = MemberDirectoryPage.objects.live().child_of(site.root_page).first()
        result.append({"host": site.hostname, "member_path": f"{directory.relative_url(site)}{member.slug}/",
                       "news_id": news.pk, "news_path": news.relative_url(site)})
    return result


def site_endpoints(site):
    """name -> path on one commune site: the province's page endpoints, on a commune's host."""
    return {
        "site_home": "/",
        "site_news_index": "/tin-tuc/",
        "site_news": site["news_path"],
        "site_member": site["member_path"],
        "site_api_list": "/api/v2/pages/?type=newsroom.NewsPage&fields=*&limit=20",
        "site_api_detail": f"/api/v2/pages/{site['news_id']}/",
    }


# Same endpoint with fewer items: the query count must not depend on the number shown.
SCALING = {
    "api_list": "/api/v2/pages/?type=newsroom.ConferencePage&fields=*&limit=5",
    "api_members": "/api/v2/council-members/?limit=5",
}


def count_queries(client, method, path, body, visitor):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    extra = {"HTTP_X_FORWARDED_FOR": visitor} if visitor else {}
    with CaptureQueriesContext(connection) as captured:
        if method == "POST":
            response = client.post(path, data=body, content_type="text/plain;charset=UTF-8", **extra)
        else:
            response = client.get(path, **extra)
    return response.status_code, len(captured.captured_queries), [q["sql"][:300] for q in captured.captured_queries]


def main():
    out = Path(sys.argv[1])
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
    import django

    django.setup()
    from django.conf import settings
    from django.test import Client, override_settings

    targets = resolve_targets()
    targets["sites"] = resolve_sites()
    from wagtail.models import Page

    from bench.traffic import WALKED, request_lines

    # Traffic like real traffic: the paths wrk draws from (bench/traffic.py); the first of each is probed.
    targets["traffic"] = request_lines(Page.objects.get(pk=targets["news_index_id"]).specific)
    client = Client(HTTP_HOST="127.0.0.1", HTTP_USER_AGENT=USER_AGENT)
    results = {}
    visitor = 0
    probed = [(client, name, spec) for name, spec in endpoints(targets).items()]
    probed += [(client, kind, ("GET", paths[0], None)) for kind, paths in targets["traffic"].items()]
    if targets["sites"]:
        # One commune, the middle one: every commune's pages are built alike.
        site = targets["sites"][len(targets["sites"]) // 2]
        on_site = Client(HTTP_HOST=site["host"], HTTP_USER_AGENT=USER_AGENT)
        probed += [(on_site, name, ("GET", path, None)) for name, path in site_endpoints(site).items()]
    for on_host, name, (method, path, body) in probed:
        # Rendered: the whole-page cache off, so the count is the work of building the answer.
        # Served: as the configuration serves it, as wrk sees it (a hit after the first request
        # where the cache is on).
        counted = {}
        for mode, enabled in (("rendered", False), ("served", settings.PAGE_CACHE_ENABLED)):
            rounds = []
            with override_settings(PAGE_CACHE_ENABLED=enabled):
                for _ in range(2):
                    visitor += 1
                    # Beacons come from a new visitor each time (counted); pages from one returning visitor.
                    ip = f"192.0.2.{visitor}" if method == "POST" else None
                    rounds.append(count_queries(on_host, method, path, body, ip))
            counted[mode] = rounds
        status, queries, sql = counted["rendered"][-1]
        # Searches and sync queries never repeat (bench/traffic.py): as served, each is a first request.
        served = counted["served"][0 if name in WALKED else -1]
        results[name] = {"status": status, "queries": queries, "first_queries": counted["rendered"][0][1],
                         "sql": sql, "served_queries": served[1], "served_sql": served[2]}
    with override_settings(PAGE_CACHE_ENABLED=False):
        for name, path in SCALING.items():
            count_queries(client, "GET", path, None, None)
            status, queries, _ = count_queries(client, "GET", path, None, None)
            results[name]["queries_fewer_items"] = queries
    out.write_text(json.dumps({"targets": targets, "queries": results}, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
