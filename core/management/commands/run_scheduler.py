"""``manage.py run_scheduler``: enqueue the periodic jobs, every minute, until stopped.

``--once`` looks once and exits (for cron: ``* * * * * manage.py run_scheduler --once``).
"""

import time

from django.core.management.base import BaseCommand

from core.scheduler import tick

INTERVAL_SECONDS = 60


class Command(BaseCommand):
    help = "Enqueue every periodic job that is due, once per period (every minute, or --once)."

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="Look once, then exit.")

    def handle(self, *args, once=False, **options):
        while True:
            for run in tick():
                self.stdout.write(f"enqueued {run.job} for {run.period}")
            if once:
                return
            time.sleep(INTERVAL_SECONDS - time.time() % INTERVAL_SECONDS)
