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
                       cache off), editing (Redis; random reports while editors publish and save drafts,
                       bench/traffic.py) [local,redis]
  BENCH_ROUNDS         rounds, interleaved (every endpoint once per round) [3]
  BENCH_DURATION       seconds per wrk run [10]
  BENCH_WARMUP         seconds of wrk per endpoint before round 1 [2]
  BENCH_CONNECTIONS, BENCH_THREADS, BENCH_WORKERS   wrk -c, wrk -t, gunicorn workers [8, 2, 2]
  BENCH_BEACON_REPEAT  beacons per visitor (the later ones must not count) [2]
  BENCH_ENDPOINTS      only these endpoints, comma-separated (the ceiling is always run) [all]
  BENCH_SITES          commune sites beside the province (generate_bench_site --sites); with any,
                       every configuration also loads the province's pages on a random commune
                       host per request (bench/hosts.lua) [0]

``python bench/run.py --compare OLD.json NEW.json`` compares two results.
"""

import datetime
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # bench/run.py is run as a script

from bench import editor, traffic  # noqa: E402
from bench.harness import (  # noqa: E402
    BENCH,
    CONFIG_TITLES,
    ENDPOINT_LABELS,
    MAX_QUERIES,
    PUBLIC,
    PY,
    RESULTS,
    ROOT,
    TARGETS,
    Server,
    base_env,
    beacon_counts,
    check_endpoint,
    ensure_wrk,
    env,
    fail,
    git_sha,
    log,
    manage,
    prepare_database,
    reserve_beacon_runs,
    run_wrk,
)
from bench.report import compare, machine, markdown, table, versions  # noqa: E402

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
    if name in ("redis", "editing"):
        flush_redis(environment["REDIS_URL"])
    probed = probe(environment, workdir, name)
    targets, queries = probed["targets"], probed["queries"]
    sys.path.insert(0, str(BENCH))
    from probe import endpoints

    chosen = endpoints(targets)
    host_files = write_host_files(targets["sites"], workdir)
    chosen.update({name: ("GET", path, None) for name, (path, _file) in host_files.items()})
    if name == "editing":  # readers of random reports, with and without editors (bench/traffic.py)
        chosen = {k: chosen[k] for k in ("ceiling", "conference")}
    path_files = traffic.write_path_files(targets["traffic"], workdir, name)
    # The results keep how many paths each kind drew from and its first, not the thousands of paths.
    targets["traffic"] = {kind: {"paths": len(lines), "first": lines[0]} for kind, lines in targets["traffic"].items()}
    chosen.update({endpoint: ("GET", sample, None) for endpoint, (sample, *_rest) in path_files.items()})
    for endpoint in editor.EDITORS:
        queries[endpoint] = dict(queries["random_report"])
    wanted = settings["endpoints"]
    if wanted:
        chosen = {k: v for k, v in chosen.items() if k == "ceiling" or k in wanted}

    server = Server(environment, settings["workers"], Path(workdir) / f"gunicorn-{name}.log")
    runs = {endpoint: [] for endpoint in chosen}
    beacon_checks = []
    try:
        for endpoint, (method, path, body) in chosen.items():
            host = targets["sites"][len(targets["sites"]) // 2]["host"] if endpoint in host_files else None
            status, headers = check_endpoint(server.base, method, path, body, host)
            expected = 202 if method == "POST" else 200
            if status != expected:
                fail(f"{endpoint} {method} {path} {f'on {host} ' if host else ''}answered {status}, not {expected}")
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
            hosts_file = host_files[endpoint][1] if endpoint in host_files else None
            paths = path_files[endpoint][1:] if endpoint in path_files else None
            editors = editor.start(endpoint, environment) if measured else []
            try:
                result, raw = run_wrk(server.base, method, path, seconds, settings["threads"],
                                      settings["connections"], beacon_args, hosts_file, paths)
            finally:
                reports = editor.stop(editors)
            if reports:
                result["editors"] = reports
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

        def prime_sites():
            if host_files and name != "rendered":
                prime(server.base, {k: v for k, v in host_files.items() if k in chosen}, settings["workers"])

        prime_sites()
        log(f"warming up ({settings['warmup']} s per endpoint)")
        for endpoint in chosen:
            load(endpoint, settings["warmup"], measured=False)
        for round_no in range(1, settings["rounds"] + 1):
            if round_no > 1:
                prime_sites()  # API answers expire after API_CACHE_MAX_AGE (60 s), on each site
            log(f"round {round_no}/{settings['rounds']}")
            for endpoint in chosen:
                result = load(endpoint, settings["duration"], measured=True)
                runs[endpoint].append(result)
                print(f"    {endpoint:<16} {result['rps']:>9.1f} req/s  p50 {result['p50_ms']:>8.2f} ms  "
                      f"p99 {result['p99_ms']:>8.2f} ms"
                      + (f"  errors {result['non_2xx_3xx'] + result['socket_errors']}"
                         if result['non_2xx_3xx'] + result['socket_errors'] else "")
                      + (f"  editors: {traffic.describe(result['editors'])}" if result.get("editors") else ""),
                      flush=True)
    finally:
        server.stop()

    return summarise(name, runs, queries, beacon_checks, targets, settings)


def write_host_files(sites, workdir):
    """For each commune endpoint: (the middle site's path, a file of "HOST PATH" lines, one per site)."""
    from probe import site_endpoints

    files = {}
    if not sites:
        return files
    per_site = [site_endpoints(site) for site in sites]
    for name, path in per_site[len(sites) // 2].items():
        file = Path(workdir) / f"hosts-{name}.txt"
        file.write_text("".join(f"{site['host']} {paths[name]}\n" for site, paths in zip(sites, per_site, strict=True)))
        files[name] = (path, file)
    return files


def prime(base, host_files, workers):
    """Request every commune page once per worker before the warm-up and each round: the cache holds them
    as with steady traffic, not the 100 × endpoints misses a short run would measure instead (the API's
    answers expire after 60 s, so a round started later would measure 100 sites' rebuilds).
    With the local-memory cache each worker has its own; the requests reach workers as gunicorn hands
    them out, so that configuration is primed at best."""
    from concurrent.futures import ThreadPoolExecutor

    lines = [line.split(" ", 1) for _path, file in host_files.values() for line in file.read_text().splitlines()]
    log(f"priming the page cache with {len(lines)} commune pages")
    with ThreadPoolExecutor(max_workers=workers) as pool:
        for _ in range(workers):
            list(pool.map(lambda hp: check_endpoint(base, "GET", hp[1], None, hp[0]), lines))


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
        fail(f"unknown BENCH_CONFIGS {unknown}; use local, redis, rendered, editing")
    params = {"news": int(env("BENCH_NEWS", "2000")), "conferences": int(env("BENCH_CONFERENCES", "200")),
              "members": int(env("BENCH_MEMBERS", "200")), "hits": int(env("BENCH_HITS", "1000000"))}
    if int(env("BENCH_SITES", "0")):  # only when asked, so databases generated before still match
        params["sites"] = int(env("BENCH_SITES", "0"))
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
            if name in ("redis", "editing"):
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
    if params.get("sites"):
        print(f"{params['sites']} commune sites beside the province: the 'commune' rows load each page on a random "
              "commune's host per request; compare with a BENCH_SITES=1 run (--compare): their costs should not "
              "grow with the number of sites")
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
