"""Content currency's periodic job: the daily review reminders (one digest per team)."""

import datetime

from core.periodic_jobs import Daily, PeriodicJob, command_job, register_job

register_job(
    PeriodicJob(
        "governance.review_reminders",
        Daily(datetime.time(7, 0)),
        command_job("send_review_reminders"),
        "E-mail owners the content that is due or overdue for review.",
    )
)
