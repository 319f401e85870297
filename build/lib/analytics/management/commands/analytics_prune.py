import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from hitcount.models import Hit

from analytics import settings as app_settings
from analytics.stats import day_start, ensure_rollups, local_date


def prune_hits(days, batch_size=10_000, now=None):
    """Delete Hit rows older than ``days`` days, in batches; returns how many went.

    Days are rolled up first and only rolled-up days are pruned, so the daily
    figures stay exact; a queryset delete leaves HitCount.hits alone, so the
    totals stay too.
    """
    now = now or timezone.now()
    done = ensure_rollups(now)
    if done is None:
        return 0
    cutoff = min(day_start(local_date(now) - datetime.timedelta(days=days)),
                 day_start(done + datetime.timedelta(days=1)))
    deleted = 0
    while True:
        ids = list(Hit.objects.filter(created__lt=cutoff).order_by().values_list("pk", flat=True)[:batch_size])
        if not ids:
            return deleted
        deleted += Hit.objects.filter(pk__in=ids).delete()[0]


class Command(BaseCommand):
    help = "Delete Hit rows older than ANALYTICS_RETENTION_DAYS (default 90), keeping totals and daily figures."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=None, help="Keep this many days instead of the setting.")
        parser.add_argument("--batch-size", type=int, default=10_000)

    def handle(self, *args, days=None, batch_size=10_000, **options):
        days = app_settings.get("ANALYTICS_RETENTION_DAYS") if days is None else days
        if days < 1 or batch_size < 1:
            raise CommandError("--days and --batch-size must be at least 1")
        deleted = prune_hits(days, batch_size)
        self.stdout.write(f"Deleted {deleted} hit(s) older than {days} day(s).")
