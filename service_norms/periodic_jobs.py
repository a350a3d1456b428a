"""The service norms' periodic job: measure the norms from real handling."""

import datetime

from core.periodic_jobs import Daily, PeriodicJob, command_job, register_job

register_job(
    PeriodicJob(
        "service_norms.measure",
        Daily(datetime.time(3, 0)),
        command_job("measure_service_norms"),
        "Compute this month's figures of the norms measured from handling.",
    )
)
