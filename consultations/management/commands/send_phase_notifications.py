"""``python manage.py send_phase_notifications``: news for followers at each new phase.

Safe to run as often as you like: each follower hears about each phase once.
"""

import datetime

from django.core.management.base import BaseCommand, CommandError

from consultations.phase_notifications import notify_phase_changes


class Command(BaseCommand):
    help = "E-mail confirmed followers when their consultation has entered a new phase."

    def add_arguments(self, parser):
        parser.add_argument("--date", help="Pretend today is this date (YYYY-MM-DD).")

    def handle(self, *args, **options):
        today = None
        if options["date"]:
            try:
                today = datetime.date.fromisoformat(options["date"])
            except ValueError as error:
                raise CommandError("--date must look like 2026-12-31") from error
        sent = notify_phase_changes(today)
        self.stdout.write(self.style.SUCCESS(f"{sent} phase e-mails sent."))
