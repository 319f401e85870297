"""Traffic like real traffic (issue 15): endpoints whose every request is a different URL.

The single-URL rows of ``make bench`` load one address again and again, so after the first request
the whole-page cache answers. These "traffic kinds" give wrk a file of paths instead (bench/paths.lua,
one path a line), built from the generated database by ``request_lines`` (run inside Django by
bench/probe.py, which also counts the queries of each kind's first path):

  random_report   every reader a random conference report (all of them)
  random_member   a random member page (all live members)
  random_index    a random news index page: ?page=1..N, and ?year=, ?year=&month=, ?category= with their pages
  search_random   two terms from SEARCH_TERMS (common words, no diacritics), result page 1 to 3 where the
                  pair has that many pages; the file is walked, so within a run queries do not repeat
  api_sync        the API list of 20 news pages, fields=*, each request its own modified_since (a random
                  second between the oldest news date and the newest change); walked too

The ``editing`` configuration (BENCH_CONFIGS=editing, Redis) loads random_report three times per round:
alone, while one editor saves a draft every second, and while one publishes a news page every second and
another saves a draft every second (bench/editor.py, manage.py bench_editor).
"""

import datetime
import random

TRAFFIC_LABELS = {  # at most 30 characters, the table's column
    "random_report": "random conference report",
    "random_member": "random member page",
    "random_index": "random news index/filter page",
    "search_random": "search 2 random terms, p. 1–3",
    "api_sync": "API sync, own modified_since",
    "draft_report": "random report + drafts 1/s",
    "edit_report": "random report + publish, draft",
}
KINDS = ("random_report", "random_member", "random_index", "search_random", "api_sync")
EDITING_ROWS = ("random_report", "draft_report", "edit_report")  # the readers' file for all three
WALKED = {"search_random", "api_sync"}  # paths.lua steps through these files instead of picking at random
EDITING_TITLE = "Redis cache, readers while editors publish and save drafts"

# Common words of council news, as readers type them: without diacritics (the search folds them).
SEARCH_TERMS = [
    "giam sat", "ky hop", "cu tri", "nghi quyet", "ngan sach", "dau tu", "nong thon", "chuyen doi so", "y te",
    "giao duc", "dat dai", "cong dan", "khieu nai", "to cao", "an sinh", "moi truong", "thuy loi", "giao thong",
    "chat van", "hoi nghi", "kien nghi", "dai bieu", "thao luan", "bao cao", "thuc hien", "ket qua", "viec lam",
    "nuoc sach", "thu tuc", "hanh chinh", "giam ngheo", "thien tai", "do thi", "ha tang", "chua benh",
    "phoi hop", "co quan", "thuong truc", "to trinh", "du thao",
]
SEARCH_PAIRS = 150  # ordered pairs drawn (each counted once, to give only result pages that exist)
SYNC_CLIENTS = 5000  # distinct modified_since values
API_SYNC = "/api/v2/pages/?type=newsroom.NewsPage&fields=*&limit=20&modified_since={moment}"
SEED = 15


def pages_of(count, per_page):
    return max(1, -(-count // per_page))


def on_default_site(urls):
    """The paths of those URLs that are on the default site (the province; wrk sends no Host of its own)."""
    from urllib.parse import urlsplit

    from wagtail.models import Site

    host = Site.objects.get(is_default_site=True).hostname
    return [urlsplit(url).path for url in urls if url and urlsplit(url).hostname in (None, host)]


def report_paths():
    from newsroom.models import ConferencePage

    return on_default_site(p.url for p in ConferencePage.objects.live().public().order_by("pk"))


def member_paths():
    from councils.models import CouncilMember

    return on_default_site(m.get_url() for m in CouncilMember.objects.filter(live=True).order_by("pk"))


def index_paths(index):
    """Every page of the news index, unfiltered and by year, year and month, category: none past the last."""
    from django.db.models import Count
    from django.db.models.functions import ExtractMonth, ExtractYear

    from bench.probe import path_of
    from newsroom.models.index import NEWS_PER_PAGE

    base = path_of(index.url)
    items = index.news_items().order_by()
    queries = [("", items.count())]
    for row in items.annotate(y=ExtractYear("date")).values("y").annotate(n=Count("pk")).order_by("y"):
        queries.append((f"year={row['y']}&", row["n"]))
    for row in (items.annotate(y=ExtractYear("date"), m=ExtractMonth("date")).values("y", "m")
                .annotate(n=Count("pk")).order_by("y", "m")):
        queries.append((f"year={row['y']}&month={row['m']}&", row["n"]))
    for row in items.exclude(category=None).values("category__slug").annotate(n=Count("pk")).order_by("category__slug"):
        queries.append((f"category={row['category__slug']}&", row["n"]))
    return [f"{base}?{query}page={page}" for query, count in queries
            for page in range(1, pages_of(count, NEWS_PER_PAGE) + 1)]


def search_paths(rng):
    """Two terms each, result pages 1 to 3 (as many as the pair has; page 1 always, even with no result)."""
    from urllib.parse import urlencode

    from newsroom.models import NewsPage
    from newsroom.views import RESULTS_PER_PAGE

    pairs = [(a, b) for a in SEARCH_TERMS for b in SEARCH_TERMS if a != b]
    rng.shuffle(pairs)
    from wagtail.models import Site

    # As the search page counts them: the default site's pages only (wrk sends no Host of its own).
    live = NewsPage.objects.live().public().descendant_of(Site.objects.get(is_default_site=True).root_page,
                                                          inclusive=True)
    paths = []
    for a, b in pairs[:SEARCH_PAIRS]:
        query = f"{a} {b}"
        found = live.search(query, operator="and").count()
        paths += [f"/tim-kiem/?{urlencode({'q': query, 'page': page})}"
                  for page in range(1, min(3, pages_of(found, RESULTS_PER_PAGE)) + 1)]
    rng.shuffle(paths)
    return paths


def sync_paths(rng):
    """Each mirror its own modified_since: a random second between the oldest news date and the newest change."""
    from django.db.models import Max, Min

    from newsroom.models import NewsPage

    span = NewsPage.objects.aggregate(first=Min("date"), last=Max("modified"))
    first = span["first"] or datetime.datetime(2022, 1, 1, tzinfo=datetime.UTC)
    last = span["last"] or datetime.datetime.now(datetime.UTC)
    seconds = max(int((last - first).total_seconds()), SYNC_CLIENTS)
    moments = sorted(rng.sample(range(seconds), SYNC_CLIENTS))
    rng.shuffle(moments)
    stamp = "%Y-%m-%dT%H:%M:%SZ"
    return [API_SYNC.format(moment=(first + datetime.timedelta(seconds=s)).astimezone(datetime.UTC).strftime(stamp))
            for s in moments]


def request_lines(index):
    """kind -> the paths its requests are drawn from (each distinct), from the database of the running Django."""
    rng = random.Random(SEED)
    lines = {
        "random_report": report_paths(),
        "random_member": member_paths(),
        "random_index": index_paths(index),
        "search_random": search_paths(rng),
        "api_sync": sync_paths(rng),
    }
    for kind in ("random_report", "random_member", "random_index"):
        rng.shuffle(lines[kind])
    return lines


def write_path_files(lines, workdir, config):
    """endpoint -> (a sample path, the file of paths for bench/paths.lua, its mode) for this configuration."""
    from pathlib import Path

    chosen = {row: "random_report" for row in EDITING_ROWS} if config == "editing" else {k: k for k in KINDS}
    files = {}
    for endpoint, kind in chosen.items():
        file = Path(workdir) / f"paths-{kind}.txt"
        file.write_text("".join(f"{path}\n" for path in lines[kind]))
        files[endpoint] = (lines[kind][0], file, "walk" if kind in WALKED else "random")
    return files


def describe(reports):
    """"12 publishes (p50 180 ms), 13 drafts (p50 40 ms)" from one run's editor reports (bench/editor.py)."""
    names = {"publish": "publishes", "draft": "drafts"}
    return ", ".join(f"{r['count']} {names.get(r['mode'], r['mode'])} (p50 {r.get('p50_ms')} ms"
                     + (f", {r['failures']} failed" if r.get("failures") else "") + ")" for r in reports)


def editor_notes(config):
    """One line per row that had editors at work: what they did in each round."""
    notes = []
    for row in config["endpoints"].values():
        done = [r["editors"] for r in row["rounds"] if r.get("editors")]
        if done:
            notes.append(f"{row['label']}: " + "; ".join(describe(reports) for reports in done))
    return notes
