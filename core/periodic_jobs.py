"""The register of periodic jobs: what runs by itself, and when.

Every app that has work to do on a clock (publish scheduled pages, send review reminders, remove
personal data past its retention, escalate overdue requests, measure service norms, remind
residents of tomorrow's appointment, tell followers about a new phase, refresh the search index)
registers a ``PeriodicJob`` in its own ``periodic_jobs.py``, imported when the site starts
(``discover_jobs``). A job says what to run (a callable; ``command_job`` wraps a management
command) and when: ``EveryMinutes(n)``, ``Hourly(minute)`` or ``Daily(time)``, in the office
time zone.

The scheduler (``core.scheduler``, ``manage.py run_scheduler``) enqueues each job once per period
on django-tasks; the worker (``manage.py db_worker``) runs it and records the outcome in
``core.JobRun``; ``manage.py jobs`` lists the last run of every job.
"""

import datetime
import io
from collections.abc import Callable
from dataclasses import dataclass

from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.utils.module_loading import autodiscover_modules

from core.working_time import office_time_zone


@dataclass(frozen=True)
class EveryMinutes:
    """Every ``minutes`` minutes (a divisor of 60), from the full hour."""

    minutes: int

    def period(self, now: datetime.datetime) -> tuple[str, datetime.datetime]:
        """The key of the stretch of ``minutes`` that ``now`` falls in, and its start."""
        local = now.astimezone(office_time_zone())
        start = local.replace(
            minute=local.minute - local.minute % self.minutes, second=0, microsecond=0
        )
        return start.strftime("%Y-%m-%dT%H:%M%z"), start

    def __str__(self) -> str:
        return f"every {self.minutes} minutes"


@dataclass(frozen=True)
class Hourly:
    """Every hour, at ``minute`` past the hour."""

    minute: int = 0

    def period(self, now: datetime.datetime) -> tuple[str, datetime.datetime]:
        """The key of the hour ``now`` falls in, and the moment the job is due in it."""
        local = now.astimezone(office_time_zone())
        due = local.replace(minute=self.minute, second=0, microsecond=0)
        return local.strftime("%Y-%m-%dT%H%z"), due

    def __str__(self) -> str:
        return f"hourly at :{self.minute:02d}"


@dataclass(frozen=True)
class Daily:
    """Every day at ``at`` (wall-clock time in the office time zone)."""

    at: datetime.time

    def period(self, now: datetime.datetime) -> tuple[str, datetime.datetime]:
        """The key of the day ``now`` falls in, and the moment the job is due on it."""
        local = now.astimezone(office_time_zone())
        due = datetime.datetime.combine(local.date(), self.at, tzinfo=office_time_zone())
        return local.date().isoformat(), due

    def __str__(self) -> str:
        return f"daily at {self.at:%H:%M}"


Schedule = EveryMinutes | Hourly | Daily


@dataclass(frozen=True)
class PeriodicJob:
    """One job: a unique dotted name, when it runs, what it runs and what it is for."""

    name: str
    schedule: Schedule
    run: Callable[[], object]
    description: str


_jobs: dict[str, PeriodicJob] = {}


def register_job(job: PeriodicJob) -> PeriodicJob:
    """Add ``job``; registering the same name for another job is a mistake."""
    known = _jobs.get(job.name)
    if known is not None and (known.schedule, known.description) != (job.schedule, job.description):
        raise ImproperlyConfigured(f"Two periodic jobs are called {job.name!r}.")
    _jobs[job.name] = job
    return job


def unregister_job(name: str) -> None:
    """Remove a job (for tests that register one of their own)."""
    _jobs.pop(name, None)


def registered_jobs() -> list[PeriodicJob]:
    """Every registered job, by name."""
    return [_jobs[name] for name in sorted(_jobs)]


def job_named(name: str) -> PeriodicJob | None:
    return _jobs.get(name)


def command_job(name: str, *args) -> Callable[[], str]:
    """A job that runs the management command ``name``; its outcome is the command's last line
    of output (a count, never personal data: the commands print counts)."""

    def run() -> str:
        output = io.StringIO()
        call_command(name, *args, stdout=output, stderr=output)
        lines = [line for line in output.getvalue().splitlines() if line.strip()]
        return lines[-1] if lines else ""

    run.__name__ = f"command_{name}"
    return run


def discover_jobs() -> None:
    """Import ``periodic_jobs`` from every installed app, which registers their jobs."""
    autodiscover_modules("periodic_jobs")


register_job(
    PeriodicJob(
        "core.apply_retention",
        Daily(datetime.time(2, 30)),
        command_job("apply_retention"),
        "Anonymise or delete personal data past its retention period (every registered rule).",
    )
)
