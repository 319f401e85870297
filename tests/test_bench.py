"""The benchmark's ceiling exists only under its own URLs and middleware (bench/settings.py)."""

import http.server
import io
import shutil
import subprocess
import threading
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.db.models import Q
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Site

BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36"


def bench_middleware():
    """MIDDLEWARE as bench/settings.py makes it (that module needs production's environment to import)."""
    replaced = {"delivery.page_cache.PageCacheMiddleware": "bench.middleware.BenchPageCacheMiddleware",
                "portal.restrictions.ReaderMemoMiddleware": "bench.middleware.BenchReaderMemoMiddleware"}
    return [replaced.get(name, name) for name in django_settings.MIDDLEWARE]


@pytest.mark.django_db
def test_the_product_has_no_ceiling(client, home_page):
    assert client.get("/bench/ok/").status_code == 404


@pytest.mark.django_db
def test_the_benchmark_serves_its_ceiling_past_the_page_cache_and_the_portal_through_it(client, home_page, settings):
    assert "delivery.page_cache.PageCacheMiddleware" in settings.MIDDLEWARE
    settings.ROOT_URLCONF = "bench.urls"
    settings.MIDDLEWARE = bench_middleware()
    settings.PAGE_CACHE_ENABLED = True
    cache.clear()

    for _ in range(2):
        with CaptureQueriesContext(connection) as ctx:
            ceiling = client.get("/bench/ok/", HTTP_USER_AGENT=BROWSER)
        assert ctx.captured_queries == []  # the cheapest answer: not even the content version
        assert ceiling.status_code == 200
        assert ceiling.content == b"ok"
        assert "X-Page-Cache" not in ceiling

    first = client.get("/", HTTP_USER_AGENT=BROWSER)
    second = client.get("/", HTTP_USER_AGENT=BROWSER)
    assert first.status_code == second.status_code == 200
    assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit")
    assert home_page.title in second.content.decode()


@pytest.mark.django_db
def test_the_generator_makes_commune_sites_each_answering_on_its_own_host(client, settings):
    from bench import sites
    from bench.management.commands.generate_bench_site import Command
    from newsroom.models import NewsPage

    call_command(Command(), news=40, conferences=2, members=0, hits=0, photos=3, sites=3, stdout=io.StringIO())
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, sites.HOST_SUFFIX]

    generated = NewsPage.objects.filter(Q(slug__startswith="bench-tin-") | Q(slug__startswith="bench-xa-tin-"))
    assert generated.count() == 40  # the configured news count, shared with the communes
    for n in (1, 2, 3):
        host = sites.hostname(n)
        home = client.get("/", HTTP_HOST=host, HTTP_USER_AGENT=BROWSER)
        assert home.status_code == 200
        assert home.context_data["page"].pk == Site.objects.get(hostname=host).root_page_id  # its own home
        news = client.get(f"/tin-tuc/{sites.NEWS_SLUG.format(n=1)}/", HTTP_HOST=host, HTTP_USER_AGENT=BROWSER)
        assert news.status_code == 200
        assert news.context_data["page"].get_site().hostname == host
        assert f"HĐND {sites.NAME.format(n=n).lower()}" in news.content.decode()
    assert Site.objects.filter(hostname__endswith=sites.HOST_SUFFIX).count() == 3
    # The generator builds the search index once at its end, and leaves saves indexing again after it.
    index = NewsPage.objects.filter(slug__startswith="bench-tin-").first().get_parent()
    later = NewsPage(title="Giám sát chợ đầu mối sau khi sinh dữ liệu", date=timezone.now())
    index.add_child(instance=later)
    later.save_revision().publish()
    assert later.pk in [page.pk for page in NewsPage.objects.live().search("chợ đầu mối")]


@pytest.mark.skipif(not shutil.which("wrk"), reason="wrk is not installed")
def test_the_hosts_script_sends_each_request_to_a_host_and_path_of_its_file(tmp_path):
    lines = ["xa-1.bench.localhost /tin-tuc/", "xa-2.bench.localhost /api/v2/pages/7/"]
    seen = wrk_against_recorder(tmp_path, "hosts.lua", lines)
    assert set(seen) == {("xa-1.bench.localhost", "/tin-tuc/"), ("xa-2.bench.localhost", "/api/v2/pages/7/")}


@pytest.mark.django_db
def test_the_traffic_files_hold_distinct_paths_of_each_kind_that_the_site_answers(client):
    import re

    from bench.management.commands.generate_bench_site import Command
    from bench.traffic import KINDS, SEARCH_TERMS, request_lines
    from newsroom.models import NewsIndexPage

    call_command(Command(), news=40, conferences=3, members=4, hits=0, photos=3, stdout=io.StringIO())
    index = NewsIndexPage.objects.child_of(Site.objects.get(is_default_site=True).root_page).get(slug="tin-tuc")
    lines = request_lines(index)

    assert set(lines) == set(KINDS)
    for kind, paths in lines.items():
        assert paths, kind
        assert len(set(paths)) == len(paths), f"{kind} repeats a path"
        assert all(re.fullmatch(r"/\S+", path) for path in paths), kind
    assert len(lines["random_report"]) >= 3
    assert len(lines["random_member"]) >= 4
    assert all(re.fullmatch(r"/tin-tuc/\?((year=\d{4}&(month=\d{1,2}&)?)|category=[\w-]+&)?page=\d+", p)
               for p in lines["random_index"])
    assert "/tin-tuc/?page=1" in lines["random_index"] and any("year=" in p for p in lines["random_index"])
    for path in lines["search_random"]:
        match = re.fullmatch(r"/tim-kiem/\?q=([a-z+]+)&page=([123])", path)
        assert match, path
        words = match.group(1).replace("+", " ")
        assert any(words == f"{a} {b}" for a in SEARCH_TERMS for b in SEARCH_TERMS if a != b), words
    assert all(re.fullmatch(r"/api/v2/pages/\?type=newsroom\.NewsPage&fields=\*&limit=20"
                            r"&modified_since=\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", p) for p in lines["api_sync"])
    assert len(lines["api_sync"]) >= 1000

    # Every page and filter, and a sample of the searches and sync queries, answers: no page past the last.
    sample = [*lines["random_report"], *lines["random_member"], *lines["random_index"],
              *lines["search_random"][:10], *lines["api_sync"][:3]]
    for path in sample:
        assert client.get(path, HTTP_USER_AGENT=BROWSER).status_code == 200, path


def wrk_against_recorder(tmp_path, script, lines, *args):
    """Run wrk for one second with ``script`` and a file of ``lines`` against a local server; what it requested."""
    seen = []

    class Recorder(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self):  # noqa: N802 (http.server's name)
            seen.append((self.headers["Host"], self.path))
            self.send_response(200)
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"ok")

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    file = tmp_path / "lines.txt"
    file.write_text("".join(f"{line}\n" for line in lines))
    try:
        done = subprocess.run(
            ["wrk", "-t1", "-c1", "-d1s", "-s", str(Path(__file__).parent.parent / "bench" / script),
             f"http://127.0.0.1:{server.server_address[1]}/", "--", str(file), *args],
            capture_output=True, text=True, timeout=30)
    finally:
        server.shutdown()
    assert done.returncode == 0, done.stderr
    return seen


@pytest.mark.skipif(not shutil.which("wrk"), reason="wrk is not installed")
def test_the_paths_script_sends_paths_of_its_file_at_random_or_in_turn(tmp_path):
    paths = ["/tim-kiem/?q=giam+sat+ky+hop&page=2", "/tin-tuc/?year=2024&page=1", "/api/v2/pages/?limit=20"]
    randomly = wrk_against_recorder(tmp_path, "paths.lua", paths)
    assert {path for _host, path in randomly} == set(paths)

    walked = [path for _host, path in wrk_against_recorder(tmp_path, "paths.lua", paths, "walk")]
    assert len(walked) > 6
    start = paths.index(walked[0])
    assert walked == [paths[(start + i) % len(paths)] for i in range(len(walked))]  # in turn, no repeat early


@pytest.mark.django_db
def test_the_bench_editor_publishes_or_saves_drafts_and_reports_how_many():
    import json

    from bench.management.commands.bench_editor import Command as Editor
    from bench.management.commands.generate_bench_site import Command
    from newsroom.models import NewsPage

    call_command(Command(), news=6, conferences=0, members=0, hits=0, photos=1, stdout=io.StringIO())
    before = dict(NewsPage.objects.filter(slug__startswith="bench-tin-").values_list("pk", "summary"))
    reports = {}
    for mode in ("publish", "draft"):
        out = io.StringIO()
        call_command(Editor(), mode=mode, interval=0, count=3, stdout=out)
        lines = out.getvalue().split()
        assert lines[0] == "ready"
        reports[mode] = json.loads(out.getvalue().split("\n", 1)[1])
        assert (reports[mode]["mode"], reports[mode]["count"], reports[mode]["failures"]) == (mode, 3, 0)

    after = {page.pk: page for page in NewsPage.objects.filter(pk__in=before)}
    published = [pk for pk, page in after.items() if page.summary != before[pk]]
    drafted = [pk for pk, page in after.items() if page.has_unpublished_changes]
    assert published and all("[sửa " in after[pk].summary for pk in published)  # what readers see changed
    assert drafted and not set(drafted) & set(published)  # drafts on other pages, their live summary untouched
    assert all(after[pk].summary == before[pk] for pk in drafted)
