"""The portal's benchmark: ``make bench`` (see bench/README.md).

Prepares a large site on PostgreSQL (generate_bench_site), serves it with gunicorn
(bench/settings.py: the production settings, DEBUG off, plus the ceiling /bench/ok/) on
127.0.0.1, once with the local-memory cache and once with Redis, loads each endpoint with wrk,
counts SQL queries per request (bench/probe.py, not under load), prints a table and writes it as JSON to
bench/results/<timestamp>-<git sha>.json and bench/results/latest.json.

Every knob is an environment variable (defaults in brackets):

  BENCH_DATABASE_URL   PostgreSQL database of its own [postgres://postgres@127.0.0.1:5432/hdnd_bench]
  BENCH_REGENERATE     auto: generate only when the database is missing or was generated with other
                       sizes; always; never [auto]
  BENCH_NEWS, BENCH_CONFERENCES, BENCH_MEMBERS, BENCH_HITS   site size [2000, 200, 200, 1000000]
  BENCH_REDIS_URL      Redis database of its own, flushed before use [redis://127.0.0.1:6379/9]
  BENCH_CONFIGS        which configurations, comma-separated: local, redis, rendered (the whole-page
                       cache off) [local,redis]
  BENCH_ROUNDS         rounds, interleaved (every endpoint once per round) [3]
  BENCH_DURATION       seconds per wrk run [10]
  BENCH_WARMUP         seconds of wrk per endpoint before round 1 [2]
  BENCH_CONNECTIONS, BENCH_THREADS, BENCH_WORKERS   wrk -c, wrk -t, gunicorn workers [8, 2, 2]
  BENCH_BEACON_REPEAT  beacons per visitor (the later ones must not count) [2]
  BENCH_ENDPOINTS      only these endpoints, comma-separated (the ceiling is always run) [all]

``python bench/run.py --compare OLD.json NEW.json`` compares two results.
"""

import datetime
import json
import os
import platform
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

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
TARGETS["rendered"] = {}
CONFIG_TITLES = {"local": "no shared cache (local memory, per worker)", "redis": "Redis cache (shared)",
                 "rendered": "whole-page cache off (every answer built; local memory)"}


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
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
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
           str(params["conferences"]), "--members", str(params["members"]), "--hits", str(params["hits"]))
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


def check_endpoint(base, method, path, body):
    """One request outside wrk: the endpoint must answer 200 (202 for the beacon), not a redirect."""
    opener = urllib.request.build_opener(NoRedirect)
    request = urllib.request.Request(base + path, method=method, data=body.encode() if body else None,
                                     headers={"User-Agent": USER_AGENT, "Content-Type": "text/plain;charset=UTF-8",
                                              "X-Forwarded-For": "198.51.100.1"})
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


def run_wrk(base, method, path, seconds, threads, connections, beacon_args=None):
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency", "--timeout", "30s",
               "-H", f"User-Agent: {USER_AGENT}"]
    if method == "POST":
        command += ["-s", str(BENCH / "beacon.lua"), base + path, "--", *map(str, beacon_args)]
    else:
        command.append(base + path)
    done = subprocess.run(command, capture_output=True, text=True, timeout=seconds + 120)
    if done.returncode != 0:
        raise RuntimeError(f"wrk failed ({done.returncode}): {done.stderr}\n{done.stdout}")
    return parse_wrk(done.stdout), done.stdout


# --- one configuration -------------------------------------------------------------------------


def flush_redis(url):
    import redis

    try:
        redis.Redis.from_url(url, socket_timeout=5).flushdb()
    except redis.RedisError as exc:
        fail(f"cannot reach Redis at {url}: {exc} (BENCH_CONFIGS=local runs without Redis)")


def probe(environment, workdir, label):
    out = Path(workdir) / f"probe-{label}.json"
    done = subprocess.run([PY, str(BENCH / "probe.py"), str(out)], cwd=ROOT, env=environment,
                          capture_output=True, text=True)
    if done.returncode != 0:
        print(done.stdout[-3000:], done.stderr[-5000:], file=sys.stderr)
        fail("bench/probe.py failed (query counts)")
    return json.loads(out.read_text())


def measure_config(name, environment, settings, workdir, database_url, run_counter):
    log(f"configuration '{name}': {CONFIG_TITLES[name]}")
    if name == "redis":
        flush_redis(environment["REDIS_URL"])
    probed = probe(environment, workdir, name)
    targets, queries = probed["targets"], probed["queries"]
    sys.path.insert(0, str(BENCH))
    from probe import endpoints

    chosen = endpoints(targets)
    wanted = settings["endpoints"]
    if wanted:
        chosen = {k: v for k, v in chosen.items() if k == "ceiling" or k in wanted}

    server = Server(environment, settings["workers"], Path(workdir) / f"gunicorn-{name}.log")
    runs = {endpoint: [] for endpoint in chosen}
    beacon_checks = []
    try:
        for endpoint, (method, path, body) in chosen.items():
            status, headers = check_endpoint(server.base, method, path, body)
            expected = 202 if method == "POST" else 200
            if status != expected:
                fail(f"{endpoint} {method} {path} answered {status}, not {expected}")
            queries[endpoint]["security_headers"] = {
                h: headers.get(h) for h in ("X-Content-Type-Options", "Referrer-Policy", "X-Frame-Options")}

        def load(endpoint, seconds, measured):
            method, path, _body = chosen[endpoint]
            beacon_args = None
            before = None
            if method == "POST":
                run_counter[0] += 1
                beacon_args = (targets["beacon_page_id"], run_counter[0], settings["beacon_repeat"])
                before = beacon_counts(database_url, targets["beacon_page_id"])
            server.drain()
            result, raw = run_wrk(server.base, method, path, seconds, settings["threads"],
                                  settings["connections"], beacon_args)
            server.drain()
            result["loadavg_1min"] = os.getloadavg()[0]
            if method == "POST":
                after = beacon_counts(database_url, targets["beacon_page_id"])
                check = {
                    "sent": result["beacon_sent"], "visitors": result["beacon_visitors"],
                    "answered": result["requests"], "errors": result["non_2xx_3xx"] + result["socket_errors"],
                    "counted": after[0] - before[0], "hit_rows": after[1] - before[1],
                    "measured": measured,
                }
                beacon_checks.append(check)
            if measured:
                result["raw"] = raw
            return result

        log(f"warming up ({settings['warmup']} s per endpoint)")
        for endpoint in chosen:
            load(endpoint, settings["warmup"], measured=False)
        for round_no in range(1, settings["rounds"] + 1):
            log(f"round {round_no}/{settings['rounds']}")
            for endpoint in chosen:
                result = load(endpoint, settings["duration"], measured=True)
                runs[endpoint].append(result)
                print(f"    {endpoint:<16} {result['rps']:>9.1f} req/s  p50 {result['p50_ms']:>8.2f} ms  "
                      f"p99 {result['p99_ms']:>8.2f} ms"
                      + (f"  errors {result['non_2xx_3xx'] + result['socket_errors']}"
                         if result['non_2xx_3xx'] + result['socket_errors'] else ""), flush=True)
    finally:
        server.stop()

    return summarise(name, runs, queries, beacon_checks, targets, settings)


def summarise(name, runs, queries, beacon_checks, targets, settings):
    ceiling = runs["ceiling"]
    rows = {}
    for endpoint, results in runs.items():
        ratios = [r["rps"] / c["rps"] for r, c in zip(results, ceiling, strict=True) if c["rps"]]
        q = queries.get(endpoint, {})
        row = {
            "label": ENDPOINT_LABELS[endpoint],
            "rps": statistics.median(r["rps"] for r in results),
            "p50_ms": statistics.median(r["p50_ms"] for r in results),
            "p99_ms": statistics.median(r["p99_ms"] for r in results),
            "ratio": statistics.median(ratios) if ratios else None,
            "errors": sum(r["non_2xx_3xx"] + r["socket_errors"] for r in results),
            "queries": q.get("queries"),
            "queries_first_request": q.get("first_queries"),
            "queries_fewer_items": q.get("queries_fewer_items"),
            "queries_served": q.get("served_queries"),
            "security_headers": q.get("security_headers"),
            "sql": q.get("sql"),  # the warmed request's statements (first 300 characters each)
            "rounds": [{k: v for k, v in r.items() if k != "raw"} for r in results],
            "target_ratio": TARGETS[name].get(endpoint),
        }
        row["verdict"] = verdict(endpoint, row)
        rows[endpoint] = row
    accounting = beacon_accounting(beacon_checks, settings["connections"])
    if "beacon" in rows:
        rows["beacon"]["accounting"] = accounting
        if accounting and not accounting["exact"]:
            problem = (f"views not counted exactly ({accounting['views_counted']} counted for "
                       f"{accounting['distinct_visitors']} visitors)")
            verdict_now = rows["beacon"]["verdict"]
            rows["beacon"]["verdict"] = (verdict_now + "; " + problem if verdict_now.startswith("MISSED")
                                         else "MISSED: " + problem)
    return {"title": CONFIG_TITLES[name], "endpoints": rows, "beacon_runs": beacon_checks,
            "beacon_accounting": accounting, "targets_resolved": targets}


def beacon_accounting(checks, connections):
    """Views counted vs distinct visitors sent, over every beacon run of the configuration."""
    if not checks:
        return None
    sent = sum(c["sent"] or 0 for c in checks)
    visitors = sum(c["visitors"] or 0 for c in checks)
    counted = sum(c["counted"] for c in checks)
    rows = sum(c["hit_rows"] for c in checks)
    # At the end of a run wrk closes up to `connections` requests it sent but did not wait for.
    slack = connections * len(checks)
    lost = max(visitors - counted - slack, 0)
    doubled = max(counted - visitors, 0)
    exact = lost == 0 and doubled == 0 and counted == rows
    return {"beacons_sent": sent, "distinct_visitors": visitors, "views_counted": counted, "hit_rows_added": rows,
            "allowance_unanswered": slack, "lost": lost, "double_counted": doubled, "exact": exact}


def verdict(endpoint, row):
    problems = []
    target = row["target_ratio"]
    if target is not None and row["ratio"] is not None and row["ratio"] < target:
        if row["ratio"] > 0:
            problems.append(f"{row['ratio'] / target:.0%} of target (needs ×{target / row['ratio']:.1f})")
        else:
            problems.append("no request finished within the run")
    if endpoint in PUBLIC and row["queries"] is not None and row["queries"] > MAX_QUERIES:
        problems.append(f"{row['queries']} queries > {MAX_QUERIES}")
    fewer = row.get("queries_fewer_items")
    if fewer is not None and row["queries"] is not None and fewer != row["queries"]:
        problems.append(f"queries grow with items ({fewer}→{row['queries']})")
    if row["errors"]:
        problems.append(f"{row['errors']} errors")
    if not problems:
        return "met" if target is not None or endpoint in PUBLIC else ""
    return "MISSED: " + "; ".join(problems)


# --- output -------------------------------------------------------------------------------------


def num(value, spec):
    return "–" if value is None else format(value, spec)


def table(config):
    lines = [
        f"{'endpoint':<30} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'SQL':>4} {'hit':>4} {'ratio':>7} "
        f"{'target':>7}  verdict",
        "-" * 110,
    ]
    for row in config["endpoints"].values():
        target = f"≥{row['target_ratio']:g}" if row["target_ratio"] is not None else "–"
        queries = "–" if row["queries"] is None else str(row["queries"])
        served = "–" if row.get("queries_served") is None else str(row["queries_served"])
        lines.append(f"{row['label']:<30} {num(row['rps'], '>8.1f')} {num(row['p50_ms'], '>8.2f')} "
                     f"{num(row['p99_ms'], '>8.2f')} {queries:>4} {served:>4} {num(row['ratio'], '>7.3f')} "
                     f"{target:>7}  "
                     f"{row['verdict']}")
    accounting = config.get("beacon_accounting")
    if accounting:
        lines.append(
            f"beacon: {accounting['beacons_sent']} sent by {accounting['distinct_visitors']} visitors → "
            f"{accounting['views_counted']} views counted ({accounting['hit_rows_added']} Hit rows); "
            f"lost {accounting['lost']}, double counted {accounting['double_counted']} "
            f"(up to {accounting['allowance_unanswered']} may be cut off unanswered at the ends of runs) → "
            + ("exact" if accounting["exact"] else "NOT EXACT"))
    return "\n".join(lines)


def markdown(result):
    out = []
    for config in result["configs"].values():
        out.append(f"\n**{config['title']}**\n")
        out.append("| endpoint | req/s | p50 ms | p99 ms | SQL rendered | SQL served | ratio | target | verdict |")
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---|")
        for row in config["endpoints"].values():
            target = f"≥ {row['target_ratio']:g}" if row["target_ratio"] is not None else ""
            queries = "" if row["queries"] is None else str(row["queries"])
            served = "" if row.get("queries_served") is None else str(row["queries_served"])
            out.append(f"| {row['label']} | {num(row['rps'], '.0f')} | {num(row['p50_ms'], '.1f')} | "
                       f"{num(row['p99_ms'], '.1f')} | {queries} | {served} | {num(row['ratio'], '.3f')} | {target} | "
                       f"{row['verdict']} |")
        accounting = config.get("beacon_accounting")
        if accounting:
            out.append(f"\nBeacon: {accounting['beacons_sent']} sent by {accounting['distinct_visitors']} visitors, "
                       f"{accounting['views_counted']} views counted; lost {accounting['lost']}, double counted "
                       f"{accounting['double_counted']}: " + ("exact." if accounting["exact"] else "NOT exact."))
    return "\n".join(out)


def compare(old_path, new_path):
    old, new = (json.loads(Path(p).read_text()) for p in (old_path, new_path))
    print(f"{old['meta']['git_sha']} ({old['meta']['started']}) → {new['meta']['git_sha']} ({new['meta']['started']})")
    for name, config in new["configs"].items():
        before = old["configs"].get(name, {}).get("endpoints", {})
        print(f"\n{config['title']}")
        print(f"{'endpoint':<30} {'ratio':>7} {'→':>2} {'ratio':>7} {'change':>8} {'SQL':>4} {'→':>2} {'SQL':>4}")
        for endpoint, row in config["endpoints"].items():
            prev = before.get(endpoint)
            if not prev:
                continue
            change = row["ratio"] / prev["ratio"] - 1 if prev["ratio"] and row["ratio"] else 0
            print(f"{row['label']:<30} {num(prev['ratio'], '>7.3f')} {'':>2} {num(row['ratio'], '>7.3f')} "
                  f"{change:>+8.0%} "
                  f"{prev['queries'] if prev['queries'] is not None else '–':>4} {'':>2} "
                  f"{row['queries'] if row['queries'] is not None else '–':>4}")


def machine():
    cpu = ""
    try:
        cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                    if line.startswith("model name")), "")
    except OSError:
        pass
    return {"cpus": os.cpu_count(), "cpu": cpu, "python": platform.python_version(), "platform": platform.platform()}


def versions():
    from importlib.metadata import version

    return {name: version(name) for name in ("Django", "wagtail", "gunicorn", "psycopg2-binary", "django-redis")}


def main():
    if len(sys.argv) == 4 and sys.argv[1] == "--compare":
        compare(sys.argv[2], sys.argv[3])
        return
    started = datetime.datetime.now(datetime.UTC)
    wall = time.monotonic()
    settings = {
        "rounds": int(env("BENCH_ROUNDS", "3")),
        "duration": int(env("BENCH_DURATION", "10")),
        "warmup": int(env("BENCH_WARMUP", "2")),
        "connections": int(env("BENCH_CONNECTIONS", "8")),
        "threads": int(env("BENCH_THREADS", "2")),
        "workers": int(env("BENCH_WORKERS", "2")),
        "beacon_repeat": int(env("BENCH_BEACON_REPEAT", "2")),
        "configs": [c.strip() for c in env("BENCH_CONFIGS", "local,redis").split(",") if c.strip()],
        "endpoints": [e.strip() for e in env("BENCH_ENDPOINTS", "").split(",") if e.strip()],
    }
    unknown = [c for c in settings["configs"] if c not in CONFIG_TITLES]
    if unknown:
        fail(f"unknown BENCH_CONFIGS {unknown}; use local and/or redis")
    params = {"news": int(env("BENCH_NEWS", "2000")), "conferences": int(env("BENCH_CONFERENCES", "200")),
              "members": int(env("BENCH_MEMBERS", "200")), "hits": int(env("BENCH_HITS", "1000000"))}
    database_url = env("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/hdnd_bench")
    redis_url = env("BENCH_REDIS_URL", "redis://127.0.0.1:6379/9")

    ensure_wrk()
    RESULTS.mkdir(parents=True, exist_ok=True)
    environment = base_env(database_url)
    generation = prepare_database(database_url, environment, params)
    log("collectstatic")
    manage(environment, "collectstatic", "--noinput", "-v0", quiet=True)

    result = {
        "meta": {
            "started": started.isoformat(timespec="seconds"), "git_sha": git_sha(), "machine": machine(),
            "loadavg_at_start": os.getloadavg(),
            "versions": versions(), "settings": settings, "site": params, "generation": generation,
            "wrk": f"wrk -t{settings['threads']} -c{settings['connections']} -d{settings['duration']}s --latency",
            "server": f"gunicorn portal.wsgi --workers {settings['workers']} (sync), bench.settings",
            "targets": TARGETS, "max_queries": MAX_QUERIES,
        },
        "configs": {},
    }
    # Numbers the beacon runs, so each has visitor addresses of its own, also across invocations:
    # the database remembers visitors for the 30-minute dedupe window. One run per configuration
    # for the warm-up and one per round.
    run_counter = [reserve_beacon_runs((1 + settings["rounds"]) * len(settings["configs"]))]
    with tempfile.TemporaryDirectory(prefix="hdnd-bench-") as workdir:
        for name in settings["configs"]:
            config_env = dict(environment)
            if name == "redis":
                config_env["REDIS_URL"] = redis_url
            if name == "rendered":
                config_env["PAGE_CACHE"] = "false"
            result["configs"][name] = measure_config(name, config_env, settings, workdir, database_url, run_counter)
            # Keep the server logs with the results when something went wrong.
            for log_path in Path(workdir).glob(f"gunicorn-{name}.log"):
                if log_path.stat().st_size:
                    shutil.copy(log_path, RESULTS / f"gunicorn-{name}-last.log")
    result["meta"]["seconds"] = round(time.monotonic() - wall)

    stamp = started.strftime("%Y%m%dT%H%M%SZ")
    path = RESULTS / f"{stamp}-{result['meta']['git_sha']}.json"
    text = json.dumps(result, ensure_ascii=False, indent=1)
    path.write_text(text)
    (RESULTS / "latest.json").write_text(text)
    (RESULTS / "latest.md").write_text(markdown(result) + "\n")

    print()
    print(f"HĐND Portal benchmark — {result['meta']['git_sha']}, {started:%Y-%m-%d %H:%M} UTC, "
          f"{result['meta']['machine']['cpus']} CPUs; {result['meta']['wrk']}; medians of {settings['rounds']} "
          f"rounds; ratio = req/s ÷ ceiling req/s in the same round")
    for config in result["configs"].values():
        print(f"\n== {config['title']} ==")
        print(table(config))
    loads = [r.get("loadavg_1min", 0) for c in result["configs"].values() for row in c["endpoints"].values()
             for r in row["rounds"]]
    if loads and max(loads) > (os.cpu_count() or 1) + 0.5:
        print(f"\nNote: the machine's 1-minute load average reached {max(loads):.1f} on {os.cpu_count()} CPUs "
              "during the runs: other processes competed for the CPUs, so absolute numbers are low and noisy; "
              "the ratios to the ceiling of the same round are steadier.")
    print(f"\nWritten: {path.relative_to(ROOT)} (and latest.json, latest.md); took {result['meta']['seconds']} s")


if __name__ == "__main__":
    main()
