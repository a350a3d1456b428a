"""The front office's periodic job: escalate overdue callback and contact requests."""

from core.periodic_jobs import Hourly, PeriodicJob, command_job, register_job

register_job(
    PeriodicJob(
        "front_office.escalate_overdue_requests",
        Hourly(minute=10),
        command_job("escalate_overdue_requests"),
        "Escalate every overdue request once, to its team.",
    )
)
