"""The pages' periodic jobs: publish what editors scheduled, refresh the search index, and add
the searches counted in the cache to the search reports."""

import datetime

from core.periodic_jobs import Daily, EveryMinutes, PeriodicJob, command_job, register_job
from home.search_counts import flush_search_counts

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
register_job(
    PeriodicJob(
        "home.flush_search_counts",
        EveryMinutes(10),
        flush_search_counts,
        "Add the searches counted in the cache to the search terms and the searches without "
        "results.",
    )
)
