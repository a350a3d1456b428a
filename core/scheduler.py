"""The scheduler: enqueue every periodic job once per period, and run it with a record.

``tick(now)`` looks at every registered job (``core.periodic_jobs``): when its moment in the
current period has come and no run exists for that period yet, it creates the ``JobRun`` (the
unique (job, period) pair refuses a second one, so two schedulers or a restart never enqueue a
job twice) and enqueues ``run_periodic_job`` on django-tasks. ``manage.py run_scheduler`` calls
``tick`` every minute. A job that was due while the scheduler was down runs once when it comes
back within the same period; earlier periods are not made up (every job catches up by itself:
reminders and retention work on what is due *now*).

``run_periodic_job`` runs in the worker (``manage.py db_worker`` with the database backend; at
once with the immediate backend of development and tests). It marks the run as running, calls
the job and stores "succeeded" with what the job reported, or "failed" with the kind of error,
which is also logged in English (never the error's message, which can hold an address).
"""

import datetime
import logging

from django.db import IntegrityError, transaction
from django.utils import timezone
from django_tasks import task

from core.models import JobOutcome, JobRun
from core.periodic_jobs import job_named, registered_jobs

logger = logging.getLogger(__name__)

DETAIL_LENGTH = 500


@task()
def run_periodic_job(job_name: str, run_id: int) -> str:
    """Run the job ``job_name`` for its ``JobRun`` ``run_id`` and record the outcome."""
    job = job_named(job_name)
    if job is None:  # the job was removed from the code after it was enqueued
        JobRun.objects.filter(pk=run_id, outcome=JobOutcome.ENQUEUED).update(
            outcome=JobOutcome.FAILED, finished_at=timezone.now(), detail="unknown job"
        )
        logger.error("Periodic job %s (run %s) is not registered", job_name, run_id)
        return ""
    updated = JobRun.objects.filter(pk=run_id, outcome=JobOutcome.ENQUEUED).update(
        outcome=JobOutcome.RUNNING, started_at=timezone.now()
    )
    if not updated:
        logger.warning("Periodic job %s (run %s) was started before", job_name, run_id)
        return ""
    try:
        detail = str(job.run() or "")
    except Exception as error:
        JobRun.objects.filter(pk=run_id).update(
            outcome=JobOutcome.FAILED,
            finished_at=timezone.now(),
            detail=type(error).__name__[:DETAIL_LENGTH],
        )
        # The kind of error only: a message can hold an address (the task result keeps the
        # traceback until it is deleted, see core/retention_rules.py).
        logger.error("Periodic job %s failed (%s)", job_name, type(error).__name__)
        raise
    JobRun.objects.filter(pk=run_id).update(
        outcome=JobOutcome.SUCCEEDED, finished_at=timezone.now(), detail=detail[:DETAIL_LENGTH]
    )
    return detail


def tick(now: datetime.datetime | None = None) -> list[JobRun]:
    """Enqueue every job that is due in its current period and has not run in it; the new runs.

    One query finds the runs that exist already; the unique (job, period) pair still refuses a
    second run when another scheduler got there in between."""
    now = now or timezone.now()
    due = {}
    for job in registered_jobs():
        period, due_at = job.schedule.period(now)
        if now >= due_at:
            due[job.name] = (period, due_at)
    existing = set(
        JobRun.objects.filter(
            job__in=list(due), period__in={period for period, _due_at in due.values()}
        ).values_list("job", "period")
    )
    started = []
    for name, (period, due_at) in due.items():
        if (name, period) in existing:
            continue
        try:
            with transaction.atomic():
                run = JobRun.objects.create(job=name, period=period, due_at=due_at)
        except IntegrityError:
            continue  # another scheduler enqueued this period's run a moment ago
        result = run_periodic_job.enqueue(name, run.pk)
        JobRun.objects.filter(pk=run.pk).update(task_id=str(result.id)[:64])
        started.append(run)
    return started
