"""The appointments' periodic job: tomorrow's reminders, and places of holds that ran out."""

from core.periodic_jobs import Hourly, PeriodicJob, command_job, register_job

register_job(
    PeriodicJob(
        "appointments.reminders",
        Hourly(minute=20),
        command_job("send_appointment_reminders"),
        "Remind residents of tomorrow's appointment once; free expired holds.",
    )
)
