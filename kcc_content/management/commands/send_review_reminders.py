"""``python manage.py send_review_reminders``: today's review digests (safe to run twice)."""

import datetime

from django.core.management.base import BaseCommand, CommandError

from kcc_content.reminders import send_review_reminders


class Command(BaseCommand):
    help = "E-mail each owning team and responsible person one digest of content to check."

    def add_arguments(self, parser):
        parser.add_argument("--date", help="Pretend today is this date (YYYY-MM-DD).")

    def handle(self, *args, **options):
        today = None
        if options["date"]:
            try:
                today = datetime.date.fromisoformat(options["date"])
            except ValueError as error:
                raise CommandError("--date must look like 2026-12-31") from error
        sent = send_review_reminders(today)
        self.stdout.write(self.style.SUCCESS(f"{sent} reminder e-mails sent."))
