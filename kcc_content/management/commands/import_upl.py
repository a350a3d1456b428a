"""``python manage.py import_upl FILE.csv``: bring the national product names (UPL) up to date."""

from django.core.management.base import BaseCommand, CommandError

from kcc_content.upl_import import import_upl

MAX_ERRORS_SHOWN = 20


class Command(BaseCommand):
    help = (
        "Import the Uniforme Productnamenlijst (UPL) CSV from standaarden.overheid.nl. Names that "
        "are no longer on the list are flagged, never deleted. A file with any problem changes "
        "nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="The UPL CSV file, for example UPL-actueel.csv.")
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Only check the file and report what would change.",
        )

    def handle(self, *args, file, dry_run, **options):
        result = import_upl(file, dry_run=dry_run)
        if result.errors:
            raise CommandError(refusal_message(result.errors))
        if dry_run:
            self.stdout.write(f"Dry run, nothing was changed. It would give: {result.summary()}")
        else:
            self.stdout.write(self.style.SUCCESS(result.summary()))


def refusal_message(errors: list[str]) -> str:
    """The problems of a refused file, at most ``MAX_ERRORS_SHOWN`` of them."""
    lines = [f"The UPL file was not imported and nothing was changed. {len(errors)} problem(s):"]
    lines += [f"  {error}" for error in errors[:MAX_ERRORS_SHOWN]]
    if len(errors) > MAX_ERRORS_SHOWN:
        lines.append(f"  … and {len(errors) - MAX_ERRORS_SHOWN} more.")
    return "\n".join(lines)
