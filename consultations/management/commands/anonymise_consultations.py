"""``python manage.py anonymise_consultations``: remove personal data after the retention date.

Deprecated: ``python manage.py apply_retention`` applies this and every other retention rule.
This alias runs only the rules of its own app, for old schedules.
"""

import datetime

from django.core.management.base import BaseCommand, CommandError

from consultations.anonymise import anonymise_expired


class Command(BaseCommand):
    help = (
        "Deprecated, use apply_retention. Remove names and e-mail addresses of consultations "
        "whose retention date has come; keep all the input."
    )

    def add_arguments(self, parser):
        parser.add_argument("--date", help="Pretend today is this date (YYYY-MM-DD).")

    def handle(self, *args, **options):
        self.stderr.write(
            "Deprecated: use `python manage.py apply_retention` (all retention rules)."
        )
        today = None
        if options["date"]:
            try:
                today = datetime.date.fromisoformat(options["date"])
            except ValueError as error:
                raise CommandError("--date must look like 2026-12-31") from error
        report = anonymise_expired(today)
        self.stdout.write(
            self.style.SUCCESS(
                f"{report.consultations} consultations past their retention date: "
                f"{report.participants} participants, {report.followers} followers and "
                f"{report.survey_responses} survey responses anonymised."
            )
        )
