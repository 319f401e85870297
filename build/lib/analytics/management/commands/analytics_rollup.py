from django.core.management.base import BaseCommand

from analytics.stats import ensure_rollups


class Command(BaseCommand):
    help = "Roll up the views of finished days (run from cron after midnight; figures also do it on demand)."

    def handle(self, *args, **options):
        done = ensure_rollups()
        self.stdout.write(f"Rolled up through {done}." if done else "Nothing to roll up.")
