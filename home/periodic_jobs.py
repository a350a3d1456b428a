"""The pages' periodic jobs: publish what editors scheduled, and refresh the search index."""

import datetime

from core.periodic_jobs import Daily, EveryMinutes, PeriodicJob, command_job, register_job

register_job(
    PeriodicJob(
        "home.publish_scheduled",
        EveryMinutes(10),
        command_job("publish_scheduled"),
        "Publish and unpublish the pages editors scheduled.",
    )
)
register_job(
    PeriodicJob(
        "home.update_search_index",
        Daily(datetime.time(4, 0)),
        command_job("update_index"),
        "Rebuild the search index (Elasticsearch/OpenSearch, or the database index).",
    )
)
