"""Fill hitcount's tables with many views for benchmarks: 1,000,000 by default, in seconds on PostgreSQL (COPY)."""

import datetime
import io
import random
from collections import Counter

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone
from hitcount.models import Hit, HitCount
from wagtail.models import Page

from analytics.models import TrackedObject
from analytics.recording import HIT_COLUMNS
from analytics.stats import add_to_rollups, ensure_rollups, local_date
from analytics.visitors import counted_content_type_ids

USER_AGENTS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
    "Mozilla/5.0 (Linux; Android 14; SM-A155F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile"
    " Safari/537.36",
]
CHUNK = 100_000


def counters_for_pages(pages):
    """HitCount ids (created when missing) and sites of the given specific pages."""
    result = []
    for page in pages:
        hitcount, _ = HitCount.objects.get_or_create(content_type_id=page.content_type_id, object_pk=page.pk)
        site = page.get_site()
        TrackedObject.objects.get_or_create(hitcount=hitcount, defaults={"site": site})
        tracked_site = TrackedObject.objects.get(hitcount=hitcount).site_id
        result.append((hitcount.pk, tracked_site))
    return result


def generate(count, days, seed=1, now=None, stdout=None):
    rng = random.Random(seed)
    now = now or timezone.now()
    pages = Page.objects.live().public()
    counted = counted_content_type_ids()
    if counted is not None:
        pages = pages.filter(content_type_id__in=counted)
    pages = list(pages)
    if not pages:
        raise CommandError("No published page of a counted type: load content first.")
    counters = counters_for_pages(pages)
    rng.shuffle(counters)
    # A few pages are read much more than the rest, as on a real portal.
    weights = [1 / (rank + 1) ** 0.9 for rank in range(len(counters))]
    visitors = max(count // 8, 1)
    span = days * 86400
    per_counter, per_day = Counter(), Counter()
    written = 0
    use_copy = connection.vendor == "postgresql"
    with transaction.atomic():
        while written < count:
            size = min(CHUNK, count - written)
            picks = rng.choices(counters, weights=weights, k=size)
            rows = []
            for hitcount_id, site_id in picks:
                created = now - datetime.timedelta(seconds=rng.random() * span)
                session = f"{rng.randrange(visitors):032x}"
                ip = f"10.{rng.randrange(256)}.{rng.randrange(256)}.0"
                rows.append((created, ip, session, rng.choice(USER_AGENTS), hitcount_id))
                per_counter[hitcount_id] += 1
                per_day[(local_date(created), hitcount_id, site_id)] += 1
            if use_copy:
                buffer = io.StringIO()
                for created, ip, session, user_agent, hitcount_id in rows:
                    buffer.write(f"{created.isoformat()}\t{ip}\t{session}\t{user_agent}\t\\N\t{hitcount_id}\n")
                buffer.seek(0)
                with connection.cursor() as cursor:
                    cursor.cursor.copy_expert(
                        f"COPY {Hit._meta.db_table} (created, ip, session, user_agent, user_id, hitcount_id) "
                        "FROM STDIN", buffer)
            else:
                # Raw SQL: the ORM would replace hitcount's auto_now_add ``created`` with the clock.
                adapt = connection.ops.adapt_datetimefield_value
                with connection.cursor() as cursor:
                    cursor.executemany(
                        f"INSERT INTO {Hit._meta.db_table} {HIT_COLUMNS} VALUES (%s, %s, %s, %s, NULL, %s)",
                        [(adapt(c), i, s, u, h) for c, i, s, u, h in rows],
                    )
            written += size
            if stdout:
                stdout.write(f"{written} / {count}")
        for hitcount_id, views in per_counter.items():
            HitCount.objects.filter(pk=hitcount_id).update(hits=F("hits") + views)
        # Days already rolled up get the new views added; later days are rolled up as usual.
        add_to_rollups(per_day)
    ensure_rollups(now)
    return written


class Command(BaseCommand):
    help = "Generate Hit rows spread over recent days on the published counted pages (benchmark data)."

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, default=1_000_000)
        parser.add_argument("--days", type=int, default=60)
        parser.add_argument("--seed", type=int, default=1)

    def handle(self, *args, count, days, seed, **options):
        if count < 1 or days < 1:
            raise CommandError("--count and --days must be at least 1")
        written = generate(count, days, seed, stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS(f"Generated {written} hits over {days} days."))
