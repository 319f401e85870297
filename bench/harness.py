"""The benchmark's tools (bench/run.py): settings from BENCH_* variables, wrk, the database, gunicorn."""

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from bench.traffic import EDITING_TITLE, TRAFFIC_LABELS

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
RESULTS = BENCH / "results"
MEDIA = RESULTS / "media"
PY = sys.executable
USER_AGENT = ("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
              "Chrome/126.0 Safari/537.36 hdnd-bench")

ENDPOINT_LABELS = {
    "ceiling": "trivial view (ceiling)",
    "home": "home /",
    "news_index_p1": "news index, page 1",
    "news_index_p50": "news index, page 50",
    "conference": "conference report",
    "member": "member page",
    "search": "search ?q=giam+sat",
    "api_list": "API list 20 reports fields=*",
    "api_detail": "API detail of a report",
    "api_members": "API council-members",
    "stats": "API stats (1M hits)",
    "beacon": "view beacon POST",
    # BENCH_SITES: the same pages on a random commune host per request (bench/hosts.lua).
    "site_home": "commune home /",
    "site_news_index": "commune news index, page 1",
    "site_news": "commune news page",
    "site_member": "commune member page",
    "site_api_list": "commune API list 20 news",
    "site_api_detail": "commune API detail of news",
    **TRAFFIC_LABELS,  # every request a different URL (bench/traffic.py, bench/paths.lua)
}
HTML_PAGES = {"home", "news_index_p1", "news_index_p50", "conference", "member", "search"}
PUBLIC = set(ENDPOINT_LABELS) - {"ceiling"}
MAX_QUERIES = 12

# Targets from issue 7, as ratios to the ceiling of the same round.
TARGETS = {
    "local": {"conference": 0.05, "news_index_p1": 0.06, "news_index_p50": 0.06, "member": 0.05,
              "api_list": 0.015, "api_detail": 0.05, "beacon": 0.3, "stats": 0.3},
    "redis": {**{name: 0.5 for name in HTML_PAGES}, "api_list": 0.2, "beacon": 0.3, "stats": 0.3},
}
# "rendered" is not run by default: the whole-page cache off (PAGE_CACHE=false), so every request
# builds its answer, as the first request after a publish does. It has no targets of its own.
TARGETS["rendered"] = TARGETS["editing"] = {}
CONFIG_TITLES = {"local": "no shared cache (local memory, per worker)", "redis": "Redis cache (shared)",
                 "rendered": "whole-page cache off (every answer built; local memory)", "editing": EDITING_TITLE}


def env(name, default):
    return os.environ.get(name, "").strip() or default


def log(message):
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", flush=True)


def fail(message):
    print(f"bench: {message}", file=sys.stderr)
    sys.exit(1)


# --- tools --------------------------------------------------------------------------------


def ensure_wrk():
    if shutil.which("wrk"):
        return
    apt = shutil.which("apt-get")
    if not apt:
        fail("wrk is not installed and apt-get is not available: install wrk (https://github.com/wg/wrk) "
             "and run again.")
    sudo = [] if os.geteuid() == 0 else (["sudo", "-n"] if shutil.which("sudo") else None)
    if sudo is None:
        fail("wrk is not installed; run `apt-get install -y wrk` as root, then run again.")
    log("installing wrk from Debian (apt-get install -y wrk)")
    done = subprocess.run([*sudo, apt, "install", "-y", "wrk"], capture_output=True, text=True)
    if done.returncode != 0 or not shutil.which("wrk"):
        subprocess.run([*sudo, apt, "update"], capture_output=True)
        done = subprocess.run([*sudo, apt, "install", "-y", "wrk"], capture_output=True, text=True)
    if not shutil.which("wrk"):
        fail(f"could not install wrk with apt-get:\n{done.stderr[-2000:]}")


def reserve_beacon_runs(count):
    """The first of ``count`` beacon run numbers no invocation used lately (kept in bench/results/).

    beacon.lua maps run numbers below 200 into public unicast space; after that they start again
    from 0, long after the 30-minute dedupe window of the first ones has passed.
    """
    state = RESULTS / ".beacon-next-run"
    try:
        first = int(state.read_text().strip())
    except (OSError, ValueError):
        first = int(time.time() // 600) % 20 * 10
    if first + count > 200:
        first = 0
    RESULTS.mkdir(parents=True, exist_ok=True)
    state.write_text(f"{first + count}\n")
    return first


def git_sha():
    try:
        sha = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                             text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT,
                               capture_output=True, text=True).stdout.strip()
        return sha + ("-dirty" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# --- environment ----------------------------------------------------------------------------


def base_env(database_url):
    environment = {k: v for k, v in os.environ.items() if k not in {"REDIS_URL", "DEBUG"}}
    environment.update({
        "DJANGO_SETTINGS_MODULE": "bench.settings",  # production's, plus the generator and /bench/ok/
        "SECRET_KEY": "bench-only-secret-key-0f3c9a7e5d1b2c4a6e8f0a1b3c5d7e9f-not-for-production",
        # The commune sites of BENCH_SITES are on hosts under .bench.localhost (bench/sites.py).
        "ALLOWED_HOSTS": "127.0.0.1,localhost,.bench.localhost",
        # Plain HTTP on loopback: no redirect to HTTPS, cookies not HTTPS-only.
        "SECURE_SSL_REDIRECT": "false",
        "SESSION_COOKIE_SECURE": "false",
        "CSRF_COOKIE_SECURE": "false",
        "DEBUG": "false",
        "DATABASE_URL": database_url,
        "MEDIA_ROOT": str(MEDIA),
        # The beacon's visitors come with X-Forwarded-For from wrk on loopback.
        "TRUSTED_PROXIES": "127.0.0.1",
        "LOG_LEVEL": "WARNING",
        "PYTHONUNBUFFERED": "1",
    })
    return environment


def manage(environment, *args, quiet=False):
    result = subprocess.run([PY, "manage.py", *args], cwd=ROOT, env=environment,
                            capture_output=quiet, text=True)
    if result.returncode != 0:
        if quiet:
            print(result.stdout[-3000:], result.stderr[-3000:], file=sys.stderr)
        fail(f"manage.py {' '.join(args)} failed")
    return result


# --- database -------------------------------------------------------------------------------


def connect(url, dbname=None):
    import psycopg2

    parts = urllib.parse.urlsplit(url)
    return psycopg2.connect(
        host=parts.hostname or "127.0.0.1", port=parts.port or 5432, user=urllib.parse.unquote(parts.username or ""),
        password=urllib.parse.unquote(parts.password or "") or None,
        dbname=dbname or parts.path.lstrip("/"),
    )


def generated_with(url):
    """The generator's parameters recorded in the database, or None when missing or incomplete."""
    import psycopg2

    try:
        conn = connect(url)
    except psycopg2.OperationalError:
        return None
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT to_regclass('bench_generated')")
            if cur.fetchone()[0] is None:
                return None
            cur.execute("SELECT params, seconds FROM bench_generated ORDER BY created DESC LIMIT 1")
            row = cur.fetchone()
            return (row[0], row[1]) if row else None
    finally:
        conn.close()


def prepare_database(url, environment, params):
    """Reuse the generated database when it matches, else drop, recreate, migrate and generate."""
    import psycopg2

    name = urllib.parse.urlsplit(url).path.lstrip("/")
    if not re.fullmatch(r"[A-Za-z0-9_]+", name):
        fail(f"BENCH_DATABASE_URL must name a plain database (letters, digits, _), not {name!r}")
    mode = env("BENCH_REGENERATE", "auto")
    found = generated_with(url)
    if mode == "never" or (mode == "auto" and found and found[0] == params):
        if not found:
            fail("BENCH_REGENERATE=never but the benchmark database has not been generated")
        log(f"reusing database {name} (generated in {found[1]:.0f} s; BENCH_REGENERATE=always to redo)")
        manage(environment, "migrate", "--noinput", quiet=True)
        return {"reused": True, "generation_seconds": found[1]}

    log(f"creating database {name} (dropped first if present)")
    try:
        admin = connect(url, "postgres")
    except psycopg2.OperationalError as exc:
        fail(f"cannot reach PostgreSQL for {url}: {exc}")
    admin.autocommit = True
    with admin.cursor() as cur:
        cur.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        cur.execute(f'CREATE DATABASE "{name}"')
    admin.close()
    shutil.rmtree(MEDIA, ignore_errors=True)
    started = time.monotonic()
    manage(environment, "migrate", "--noinput", quiet=True)
    log("generating the site (generate_bench_site)")
    manage(environment, "generate_bench_site", "--news", str(params["news"]), "--conferences",
           str(params["conferences"]), "--members", str(params["members"]), "--hits", str(params["hits"]),
           "--sites", str(params.get("sites", 0)))
    seconds = time.monotonic() - started
    conn = connect(url)
    with conn, conn.cursor() as cur:
        cur.execute("CREATE TABLE bench_generated (params jsonb, seconds float, created timestamptz DEFAULT now())")
        cur.execute("INSERT INTO bench_generated (params, seconds) VALUES (%s, %s)", [json.dumps(params), seconds])
    conn.close()
    log(f"generated in {seconds:.0f} s (migrate included)")
    return {"reused": False, "generation_seconds": seconds}


def beacon_counts(url, page_id):
    """(HitCount.hits, Hit rows) of the beacon's page."""
    conn = connect(url)
    try:
        with conn.cursor() as cur:
            cur.execute(
                "SELECT hc.id, hc.hits FROM hitcount_hit_count hc JOIN wagtailcore_page p "
                "ON p.content_type_id = hc.content_type_id AND hc.object_pk = p.id WHERE p.id = %s",
                [page_id])
            row = cur.fetchone()
            if row is None:
                return 0, 0
            cur.execute("SELECT count(*) FROM hitcount_hit WHERE hitcount_id = %s", [row[0]])
            return row[1], cur.fetchone()[0]
    finally:
        conn.close()


# --- server ---------------------------------------------------------------------------------


class Server:
    def __init__(self, environment, workers, log_path):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log_file = open(log_path, "w")  # noqa: SIM115 (closed in stop)
        self.process = subprocess.Popen(
            [PY, "-m", "gunicorn", "portal.wsgi", "--workers", str(workers), "--worker-class", "sync",
             "--bind", f"127.0.0.1:{self.port}", "--timeout", "120", "--log-level", "warning"],
            cwd=ROOT, env=environment, stdout=self.log_file, stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                fail(f"gunicorn exited at start; see {log_path}")
            try:
                with urllib.request.urlopen(self.base + "/bench/ok/", timeout=5) as response:
                    if response.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.3)
        self.stop()
        fail(f"gunicorn did not answer /bench/ok/ within 60 s; see {log_path}")

    def drain(self):
        """Wait until requests left over from the last wrk run are done, so the next run starts on idle workers.

        When wrk stops, up to -c requests are still queued or running; on a slow endpoint they would
        eat into the next run. Two concurrent trivial requests come back only once both workers are free.
        """
        def ping():
            try:
                with urllib.request.urlopen(self.base + "/bench/ok/", timeout=120) as response:
                    response.read()
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass

        for _ in range(2):
            pool = [threading.Thread(target=ping) for _ in range(2)]
            for thread in pool:
                thread.start()
            for thread in pool:
                thread.join()

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log_file.close()


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def check_endpoint(base, method, path, body, host=None):
    """One request outside wrk: the endpoint must answer 200 (202 for the beacon), not a redirect."""
    opener = urllib.request.build_opener(NoRedirect)
    headers = {"User-Agent": USER_AGENT, "Content-Type": "text/plain;charset=UTF-8", "X-Forwarded-For": "198.51.100.1"}
    if host:
        headers["Host"] = host
    request = urllib.request.Request(base + path, method=method, data=body.encode() if body else None,
                                     headers=headers)
    try:
        with opener.open(request, timeout=60) as response:
            return response.status, response.headers
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers


# --- wrk --------------------------------------------------------------------------------------

UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0, "h": 3_600_000.0}


def to_ms(text):
    match = re.fullmatch(r"([\d.]+)(us|ms|s|m|h)", text.strip())
    if not match:
        raise ValueError(f"unreadable wrk duration {text!r}")
    return float(match.group(1)) * UNITS[match.group(2)]


def parse_wrk(output):
    """Requests/s, latency percentiles, totals and errors from `wrk --latency` output."""
    result = {"rps": None, "p50_ms": None, "p99_ms": None, "requests": None, "non_2xx_3xx": 0,
              "socket_errors": 0, "beacon_sent": None, "beacon_visitors": None}
    if m := re.search(r"^Requests/sec:\s+([\d.]+)", output, re.M):
        result["rps"] = float(m.group(1))
    if m := re.search(r"^\s*(\d+) requests in ([\d.]+\w+)", output, re.M):
        result["requests"] = int(m.group(1))
    distribution = output.split("Latency Distribution", 1)[-1] if "Latency Distribution" in output else ""
    for pct, key in (("50", "p50_ms"), ("99", "p99_ms")):
        if m := re.search(rf"^\s*{pct}(?:\.0+)?%\s+([\d.]+\w+)", distribution, re.M):
            result[key] = to_ms(m.group(1))
    if m := re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output):
        result["non_2xx_3xx"] = int(m.group(1))
    if m := re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output):
        result["socket_errors"] = sum(int(g) for g in m.groups())
    if m := re.search(r"BEACON sent=(\d+) visitors=(\d+)", output):
        result["beacon_sent"], result["beacon_visitors"] = int(m.group(1)), int(m.group(2))
    if result["rps"] is None or result["p50_ms"] is None:
        raise ValueError("wrk output without Requests/sec or latency distribution:\n" + output)
    return result


def run_wrk(base, method, path, seconds, threads, connections, beacon_args=None, hosts_file=None, paths=None):
    """wrk on one URL; with ``hosts_file`` (lines "HOST PATH", bench/hosts.lua) a random line per request;
    with ``paths`` (FILE, MODE: bench/paths.lua) a path of the file per request."""
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency", "--timeout", "30s",
               "-H", f"User-Agent: {USER_AGENT}"]
    if paths:
        command += ["-s", str(BENCH / "paths.lua"), base + path, "--", *map(str, paths)]
    elif hosts_file:
        command += ["-s", str(BENCH / "hosts.lua"), base + path, "--", str(hosts_file)]
    elif method == "POST":
        command += ["-s", str(BENCH / "beacon.lua"), base + path, "--", *map(str, beacon_args)]
    else:
        command.append(base + path)
    done = subprocess.run(command, capture_output=True, text=True, timeout=seconds + 120)
    if done.returncode != 0:
        raise RuntimeError(f"wrk failed ({done.returncode}): {done.stderr}\n{done.stdout}")
    return parse_wrk(done.stdout), done.stdout
