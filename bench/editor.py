"""Editors at work during a benchmark run (the editing configuration, bench/traffic.py).

``start`` launches ``manage.py bench_editor`` processes (one per mode) with the configuration's
environment and waits until each is ready; ``stop`` ends them after the wrk run and returns what each
reports: how many publishes or drafts it made, how long they took.
"""

import json
import signal
import subprocess

from bench.harness import PY, ROOT, fail

# endpoint -> the editors that work while wrk loads it
EDITORS = {"draft_report": ("draft",), "edit_report": ("publish", "draft")}


def start(endpoint, environment):
    processes = []
    for mode in EDITORS.get(endpoint, ()):
        process = subprocess.Popen([PY, "manage.py", "bench_editor", "--mode", mode], cwd=ROOT, env=environment,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        first = process.stdout.readline().strip()
        if first != "ready":
            process.kill()
            out, err = process.communicate()
            fail(f"bench_editor --mode {mode} did not start: {first}{out}\n{err[-3000:]}")
        processes.append(process)
    return processes


def stop(processes):
    reports = []
    for process in processes:
        process.send_signal(signal.SIGTERM)
    for process in processes:
        try:
            out, err = process.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            out, err = process.communicate()
        lines = [line for line in out.splitlines() if line.startswith("{")]
        report = json.loads(lines[-1]) if lines else {"mode": "?", "count": 0, "failures": None}
        if err.strip():
            report["stderr"] = err.strip()[-500:]
        reports.append(report)
    return reports

