"""``manage.py import_postcode_areas FILE.csv [--dry-run]``: replace the postcode mapping.

The format is described in ``neighbourhoods.postcode_import``. With errors, every bad line goes
to stderr (in English), nothing changes and the command exits with status 1.
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, no_translations

from neighbourhoods.postcode_import import import_postcodes


class Command(BaseCommand):
    help = "Replace the mapping of postcodes to area pages with the rows of a CSV file."

    def add_arguments(self, parser):
        parser.add_argument(
            "file", type=Path, help="CSV file: postcode,letters_from,letters_to,area"
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Only check the file and report what would change.",
        )

    @no_translations  # one language on the terminal: English, like the rest of the output
    def handle(self, *args, file: Path, dry_run: bool, **options):
        result = import_postcodes(file, dry_run=dry_run)
        if not result.ok:
            lines = result.error_lines()
            for line in lines:
                self.stderr.write(line)
            raise CommandError(
                f"{len(lines)} error(s) in {file}; the postcode mapping was not changed. "
                f"The first: {lines[0]}"
            )
        if dry_run:
            self.stdout.write(
                f"The file is valid: {result.created} rows would replace the "
                f"{result.replaced} current rows. Nothing was changed (dry run)."
            )
        else:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Imported {result.created} rows; {result.replaced} old rows were replaced."
                )
            )
