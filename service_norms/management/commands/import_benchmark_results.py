"""``python manage.py import_benchmark_results FILE``: load Waarstaatjegemeente results (CSV/XLSX)."""

from django.core.management.base import BaseCommand, CommandError

from service_norms.benchmark_import import import_benchmark_results
from service_norms.management.commands.import_norm_measurements import problem_report


class Command(BaseCommand):
    help = (
        "Import benchmark results (e.g. the burgerpeiling) from a CSV or XLSX file with the "
        "columns code, label, periode, waarde and optionally vergelijkingswaarde, vergelijking, "
        "eenheid and bron. A file with any problem imports nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="The CSV or XLSX file.")

    def handle(self, *args, file, **options):
        result = import_benchmark_results(file)
        if result.problems:
            raise CommandError(problem_report("benchmark results", result.problems))
        self.stdout.write(self.style.SUCCESS(f"Benchmark results imported: {result.summary()}."))
