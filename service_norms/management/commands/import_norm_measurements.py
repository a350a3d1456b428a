"""``python manage.py import_norm_measurements FILE.csv``: load measured results of service norms."""

from django.core.management.base import BaseCommand, CommandError

from service_norms.measurement_import import import_norm_measurements

MAX_PROBLEMS_SHOWN = 50


class Command(BaseCommand):
    help = (
        "Import service-norm measurements from a CSV file with the columns norm, periode "
        "(2026-03 or 2026-K1), percentage, aantal and optionally toelichting. A file with any "
        "problem imports nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="The CSV file (UTF-8, ';' or ',' between the columns).")

    def handle(self, *args, file, **options):
        result = import_norm_measurements(file)
        if result.problems:
            raise CommandError(problem_report("measurements", result.problems))
        self.stdout.write(self.style.SUCCESS(f"Measurements imported: {result.summary()}."))


def problem_report(what: str, problems) -> str:
    """The problems of a refused file, one per line (at most ``MAX_PROBLEMS_SHOWN``)."""
    lines = [f"No {what} were imported. {len(problems)} problem(s):"]
    lines += [f"  {problem}" for problem in problems[:MAX_PROBLEMS_SHOWN]]
    if len(problems) > MAX_PROBLEMS_SHOWN:
        lines.append(f"  … and {len(problems) - MAX_PROBLEMS_SHOWN} more.")
    return "\n".join(lines)
