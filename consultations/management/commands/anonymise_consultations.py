"""``python manage.py anonymise_consultations``: remove personal data after the retention date.

Deprecated: ``python manage.py apply_retention`` applies this and every other retention rule.
This alias runs only the rules of its own app, for old schedules.
"""

from django.core.management.base import BaseCommand

from consultations.anonymise import anonymise_expired
from core.command_options import add_date_option


class Command(BaseCommand):
    help = (
        "Deprecated, use apply_retention. Remove names and e-mail addresses of consultations "
        "whose retention date has come; keep all the input."
    )

    def add_arguments(self, parser):
        add_date_option(parser)

    def handle(self, *args, **options):
        self.stderr.write(
            "Deprecated: use `python manage.py apply_retention` (all retention rules)."
        )
        report = anonymise_expired(options["date"])
        self.stdout.write(
            self.style.SUCCESS(
                f"{report.consultations} consultations past their retention date: "
                f"{report.participants} participants, {report.followers} followers and "
                f"{report.survey_responses} survey responses anonymised."
            )
        )
