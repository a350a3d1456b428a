"""The consultations' periodic job: tell followers when a consultation enters a new phase."""

from core.periodic_jobs import Hourly, PeriodicJob, command_job, register_job

register_job(
    PeriodicJob(
        "consultations.phase_notifications",
        Hourly(minute=30),
        command_job("send_phase_notifications"),
        "E-mail followers about a new phase, once per follower and phase.",
    )
)
