"""An editor at work while the benchmark's readers read (bench/editor.py starts it, the editing configuration).

    manage.py bench_editor --mode publish   # publishes a news page every --interval seconds
    manage.py bench_editor --mode draft     # saves a draft of a news page every --interval seconds

Prints "ready" once Django is up, edits until SIGTERM, then prints one JSON line: how many it made
and how long each took. Publishers and drafters take different halves of the generated news pages,
so two editors never edit one page. Each edit changes the summary's last words (" [sửa N]"), so a
publish is a real change of what readers see and a draft a real unpublished one.
"""

import json
import random
import re
import signal
import threading
import time

from django.core.management.base import BaseCommand

MARK = re.compile(r" \[sửa \d+\]$")


class Command(BaseCommand):
    help = "Publish (or save drafts of) generated news pages at a steady rate until SIGTERM."

    def add_arguments(self, parser):
        parser.add_argument("--mode", choices=["publish", "draft"], required=True)
        parser.add_argument("--interval", type=float, default=1.0)
        parser.add_argument("--count", type=int, default=0, help="Stop after this many edits (0: at SIGTERM).")

    def handle(self, *args, mode, interval, count, **options):
        from newsroom.models import NewsPage

        stop = threading.Event()
        signal.signal(signal.SIGTERM, lambda *_: stop.set())
        signal.signal(signal.SIGINT, lambda *_: stop.set())
        ids = list(NewsPage.objects.live().filter(slug__startswith="bench-tin-").order_by("pk")
                   .values_list("pk", flat=True))
        ids = ids[0::2] if mode == "publish" else ids[1::2]
        if not ids:
            raise SystemExit("no generated news page to edit")
        rng = random.Random()
        timings, failures = [], 0
        self.stdout.write("ready")
        self.stdout.flush()
        due = time.monotonic()
        while not stop.is_set():
            started = time.monotonic()
            try:
                page = NewsPage.objects.get(pk=rng.choice(ids))
                page.summary = MARK.sub("", page.summary) + f" [sửa {len(timings) + 1}]"
                revision = page.save_revision()
                if mode == "publish":
                    revision.publish()
                timings.append(time.monotonic() - started)
            except Exception as exc:  # noqa: BLE001 (counted and reported, the editor goes on)
                failures += 1
                self.stderr.write(f"{mode} failed: {exc!r}")
            if count and len(timings) + failures >= count:
                break
            due += interval
            stop.wait(max(0.0, due - time.monotonic()))
        ms = sorted(t * 1000 for t in timings)
        self.stdout.write(json.dumps({
            "mode": mode, "count": len(timings), "failures": failures,
            "p50_ms": round(ms[len(ms) // 2], 1) if ms else None, "max_ms": round(ms[-1], 1) if ms else None,
        }))
