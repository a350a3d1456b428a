"""Every periodic job runs by itself, once per period: a simulated day of the scheduler."""

import datetime
import io
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command
from freezegun import freeze_time

from config.settings import base as base_settings
from core.exception_logging import ExceptionKindOnly
from core.models import JobOutcome, JobRun
from core.periodic_jobs import (
    Daily,
    EveryMinutes,
    Hourly,
    PeriodicJob,
    register_job,
    registered_jobs,
    unregister_job,
)
from core.scheduler import run_periodic_job, tick

pytestmark = pytest.mark.django_db

AMS = ZoneInfo("Europe/Amsterdam")
MIDNIGHT = datetime.datetime(2027, 3, 2, 0, 0, tzinfo=AMS)
STEP = datetime.timedelta(minutes=10)

#: Every job that must run by itself, by the app that owns it.
EXPECTED_JOBS = {
    "appointments.reminders",
    "consultations.phase_notifications",
    "core.apply_retention",
    "front_office.escalate_overdue_requests",
    "governance.review_reminders",
    "home.flush_search_counts",
    "home.publish_scheduled",
    "home.update_search_index",
    "service_norms.measure",
}


def runs_per_day(schedule) -> int:
    if isinstance(schedule, EveryMinutes):
        return 24 * 60 // schedule.minutes
    if isinstance(schedule, Hourly):
        return 24
    return 1


def test_every_periodic_job_is_registered():
    assert {job.name for job in registered_jobs()} == EXPECTED_JOBS


def test_a_simulated_day_runs_every_job_exactly_once_per_period():
    with freeze_time(MIDNIGHT) as clock:
        moment = MIDNIGHT
        while moment < MIDNIGHT + datetime.timedelta(days=1):
            tick()
            tick()  # a second scheduler, or the same one twice: nothing more is enqueued
            clock.tick(STEP)
            moment += STEP

    for job in registered_jobs():
        runs = JobRun.objects.filter(job=job.name)
        assert runs.count() == runs_per_day(job.schedule), job.name
        assert runs.values("period").distinct().count() == runs.count(), job.name
        assert set(runs.values_list("outcome", flat=True)) == {JobOutcome.SUCCEEDED}, job.name
    daily = JobRun.objects.get(job="governance.review_reminders")
    assert daily.due_at == datetime.datetime(2027, 3, 2, 7, 0, tzinfo=AMS)
    assert daily.started_at >= daily.due_at


def test_a_job_is_not_run_before_its_moment():
    early = datetime.datetime(2027, 3, 2, 6, 59, tzinfo=AMS)

    with freeze_time(early):
        names = {run.job for run in tick()}

    assert "governance.review_reminders" not in names
    assert "home.publish_scheduled" in names


@pytest.fixture
def failing_job():
    def broken():
        raise ValueError("the mail server said no")

    job = register_job(
        PeriodicJob("tests.broken", Daily(datetime.time(0, 0)), broken, "Always fails.")
    )
    yield job
    unregister_job(job.name)


def test_a_failing_job_is_recorded_and_the_others_still_run(failing_job):
    with freeze_time(MIDNIGHT + datetime.timedelta(hours=8, minutes=45)):
        tick()

    failed = JobRun.objects.get(job="tests.broken")
    assert failed.outcome == JobOutcome.FAILED
    assert failed.detail == "ValueError"  # the kind of error; the message goes to the log only
    assert JobRun.objects.filter(outcome=JobOutcome.SUCCEEDED).count() == len(EXPECTED_JOBS)


def test_the_jobs_command_lists_every_job_with_its_last_run():
    with freeze_time(MIDNIGHT + datetime.timedelta(hours=8, minutes=45)):
        tick()
    output = io.StringIO()

    call_command("jobs", stdout=output)

    lines = output.getvalue().splitlines()
    assert lines[0].split()[:2] == ["job", "when"]
    for name in EXPECTED_JOBS:
        [line] = [line for line in lines if line.startswith(name + " ")]
        assert "succeeded" in line
    assert "daily at 07:00" in output.getvalue()


def test_the_scheduler_command_looks_once_with_once():
    output = io.StringIO()

    with freeze_time(MIDNIGHT + datetime.timedelta(hours=8, minutes=45)):
        call_command("run_scheduler", "--once", stdout=output)

    assert "enqueued home.publish_scheduled" in output.getvalue()
    assert JobRun.objects.count() == len(EXPECTED_JOBS)


def test_a_run_of_a_job_that_no_longer_exists_is_marked_failed():
    run = JobRun.objects.create(job="tests.removed", period="2027-03-02", due_at=MIDNIGHT)

    run_periodic_job.call("tests.removed", run.pk)

    run.refresh_from_db()
    assert (run.outcome, run.detail) == (JobOutcome.FAILED, "unknown job")


def test_a_failure_is_logged_without_its_message(failing_job, caplog):
    with freeze_time(MIDNIGHT + datetime.timedelta(hours=8, minutes=45)):
        tick()

    ours = [record for record in caplog.records if record.name == "core.scheduler"]
    assert [record.getMessage() for record in ours] == [
        "Periodic job tests.broken failed (ValueError)"
    ]
    tasks = [record for record in caplog.records if record.name.startswith("django_tasks")]
    assert tasks and all(record.exc_info for record in tasks)  # django-tasks adds the traceback
    for record in tasks:  # which the production log configuration takes out again
        ExceptionKindOnly().filter(record)
        assert "the mail server said no" not in record.getMessage()
        assert record.getMessage().endswith("(ValueError)")
        assert record.exc_info is None
    handler = base_settings.LOGGING["loggers"]["django_tasks"]["handlers"][0]
    assert "exception_kind_only" in base_settings.LOGGING["handlers"][handler]["filters"]
