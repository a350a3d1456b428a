"""``python manage.py anonymise_initiatives``: remove initiators' contact details after retention.

Safe to run as often as you like (a second run changes nothing). Schedule it daily.
"""

import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from neighbourhoods.anonymise import anonymise_expired, retention_days


class Command(BaseCommand):
    help = (
        "Remove the name, e-mail address and phone number of initiators "
        "INITIATIVE_CONTACT_RETENTION_DAYS after their initiative was not approved or carried out."
    )

    def add_arguments(self, parser):
        parser.add_argument("--date", help="Pretend today is this date (YYYY-MM-DD).")

    def handle(self, *args, **options):
        now = None
        if options["date"]:
            try:
                day = datetime.date.fromisoformat(options["date"])
            except ValueError as error:
                raise CommandError("--date must look like 2026-12-31") from error
            now = timezone.make_aware(datetime.datetime.combine(day, datetime.time.max))
        count = anonymise_expired(now)
        self.stdout.write(
            self.style.SUCCESS(
                f"{count} initiatives anonymised "
                f"(contact details kept {retention_days()} days after the final status)."
            )
        )
