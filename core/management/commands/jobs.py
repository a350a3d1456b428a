"""``manage.py jobs``: every periodic job, when it runs, and how its last run went (times in the
office time zone, like the schedules)."""

from django.core.management.base import BaseCommand
from django.utils.timezone import localtime

from core.models import JobRun
from core.periodic_jobs import registered_jobs


class Command(BaseCommand):
    help = "List the periodic jobs with their schedule and the outcome of their last run."

    def handle(self, *args, **options):
        rows = [("job", "when", "last period", "outcome", "finished", "detail")]
        for job in registered_jobs():
            run = JobRun.objects.filter(job=job.name).order_by("-due_at").first()
            rows.append(
                (
                    job.name,
                    str(job.schedule),
                    run.period if run else "never",
                    run.outcome if run else "-",
                    f"{localtime(run.finished_at):%Y-%m-%d %H:%M}"
                    if run and run.finished_at
                    else "-",
                    (run.detail if run else "")[:60],
                )
            )
        widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
        for row in rows:
            self.stdout.write(
                "  ".join(
                    cell.ljust(width) for cell, width in zip(row, widths, strict=True)
                ).rstrip()
            )
