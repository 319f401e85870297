"""The benchmark's output (bench/run.py): the table, its Markdown form, the comparison of two runs."""

import json
import os
import platform
from pathlib import Path

from bench.traffic import editor_notes

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
    lines += [f"editors during {note}" for note in editor_notes(config)]
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
        out += [f"\nEditors during {note}." for note in editor_notes(config)]
        accounting = config.get("beacon_accounting")
        if accounting:
            out.append(f"\nBeacon: {accounting['beacons_sent']} sent by {accounting['distinct_visitors']} visitors, "
                       f"{accounting['views_counted']} views counted; lost {accounting['lost']}, double counted "
                       f"{accounting['double_counted']}: " + ("exact." if accounting["exact"] else "NOT exact."))
    return "\n".join(out)


def compare(old_path, new_path):
    old, new = (json.loads(Path(p).read_text()) for p in (old_path, new_path))
    print(f"{old['meta']['git_sha']} ({old['meta']['started']}) → {new['meta']['git_sha']} ({new['meta']['started']})")
    sites = [run["meta"].get("site", {}).get("sites", 0) for run in (old, new)]
    if sites[0] != sites[1]:
        print(f"commune sites: {sites[0]} → {sites[1]}")
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
