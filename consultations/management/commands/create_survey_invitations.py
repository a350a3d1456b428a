"""``python manage.py create_survey_invitations SURVEY_ID --count N --batch LABEL --output F.csv``.

Creates single-use invitation codes for a survey and writes them to a CSV file (code, batch,
survey). The codes are stored only as keyed hashes, so this file is the only copy: print the
letters from it and then delete it.
"""

import csv
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from consultations.models import ConsultationSurveyPage
from consultations.survey_uniqueness import create_invitation_codes
from core.spreadsheet_safety import defused_row

MAX_CODES = 10_000


class Command(BaseCommand):
    help = "Create single-use invitation codes for a consultation survey and write them to CSV."

    def add_arguments(self, parser):
        parser.add_argument("survey_id", type=int, help="The page id of the survey.")
        parser.add_argument("--count", type=int, required=True, help="How many codes to create.")
        parser.add_argument("--batch", default="", help="A label, for example a street or group.")
        parser.add_argument("--output", required=True, help="The CSV file to write the codes to.")

    def handle(self, *args, survey_id, count, batch, output, **options):
        if not 1 <= count <= MAX_CODES:
            raise CommandError(f"--count must be between 1 and {MAX_CODES}.")
        if len(batch) > 100:
            raise CommandError("--batch must be at most 100 characters.")
        survey = ConsultationSurveyPage.objects.filter(pk=survey_id).first()
        if survey is None:
            raise CommandError(f"No consultation survey with id {survey_id}.")
        path = Path(output)
        if path.exists():
            raise CommandError(f"{path} already exists; choose a new file name.")
        if not survey.uses_invitation_codes:
            self.stderr.write(
                self.style.WARNING(
                    "This survey uses the browser cookie, not invitation codes; "
                    "switch it to invitation codes before you send the letters."
                )
            )
        codes = create_invitation_codes(survey, count, batch)
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["code", "batch", "survey"])
            for code in codes:
                writer.writerow(defused_row([code, batch, survey.title]))
        self.stdout.write(self.style.SUCCESS(f"{len(codes)} codes written to {path}."))
