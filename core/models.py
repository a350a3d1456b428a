"""The only table of floor 0: the runs of the periodic jobs (``core.periodic_jobs``)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class JobOutcome(models.TextChoices):
    ENQUEUED = "enqueued", _("Waiting for the worker")
    RUNNING = "running", _("Running")
    SUCCEEDED = "succeeded", _("Done")
    FAILED = "failed", _("Failed")


class JobRun(models.Model):
    """One run of a periodic job for one period (an hour or a day).

    The unique (job, period) pair makes the scheduler idempotent: a second scheduler, or the
    same one after a restart, cannot enqueue a job twice for the same period.
    """

    job = models.CharField(_("job"), max_length=100)
    period = models.CharField(_("period"), max_length=40)
    due_at = models.DateTimeField(_("due at"))
    enqueued_at = models.DateTimeField(_("enqueued at"), auto_now_add=True)
    task_id = models.CharField(_("task"), max_length=64, blank=True)
    started_at = models.DateTimeField(_("started at"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    outcome = models.CharField(
        _("outcome"), max_length=20, choices=JobOutcome.choices, default=JobOutcome.ENQUEUED
    )
    detail = models.CharField(
        _("detail"),
        max_length=500,
        blank=True,
        help_text=_("What the job reported (a count), or the kind of error; never personal data."),
    )

    class Meta:
        verbose_name = _("job run")
        verbose_name_plural = _("job runs")
        ordering = ["-due_at", "job"]
        constraints = [
            models.UniqueConstraint(fields=["job", "period"], name="job_run_once_per_period")
        ]
        indexes = [models.Index(fields=["job", "-due_at"], name="job_run_latest")]

    def __str__(self):
        return f"{self.job} {self.period}: {self.outcome}"
