"""Searches counted in the cache, written to the editors' reports in bulk by a periodic job.

Every logged search counts for two reports: Wagtail's search terms (``Query`` with its daily
hits) and, when nothing was found, "Wat inwoners missen" (``SearchWithoutResults``). Writing
those rows inside the resident's request made every search a database write. Instead the
request adds one to a counter in the configured cache (``count_search``): one counter per
normalised query, language, outcome and day, whose ``incr`` is atomic on Redis and on
``core.cache_backends.CountingDatabaseCache``. The job ``home.flush_search_counts``
(``home.periodic_jobs``) adds the counts to the tables every ten minutes (``flush_search_counts``).

The queries are logged as ``home.models.search_log.normalise_query`` leaves them (personal data
replaced; a query of nothing but personal data is never counted): the cache holds no more than
the tables do.

Nothing is lost and nothing is counted twice: a flush reads the counters, adds them to the
tables and takes exactly what it added off the counters (``decr``), so searches made meanwhile
stay for the next flush. The tables and the counters change together: when the database
refuses the totals, the counters keep them; when the counters cannot be lowered, the totals
are rolled back. A day's counters stay until the day after tomorrow, then go once they are
empty. Counters the job has not flushed are kept ``KEEP_DAYS`` days. A day is the office's
day (``timezone.localdate``) in both tables.

The cache must be shared by the web workers and the worker that runs the job, as production's
is (``config.settings.environment.shared_cache_config``); development's per-process memory
cache is flushed after every search instead (``SEARCH_COUNTS_FLUSH_AT_ONCE``, dev settings), so
the reports of ``make run`` show its searches at once.
"""

import datetime
import hashlib
import json
from collections import Counter, defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import DEFAULT_CACHE_ALIAS, cache, caches
from django.core.cache.backends.db import DatabaseCache
from django.db import DEFAULT_DB_ALIAS, router, transaction
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits
from wagtail.search.utils import normalise_query_string

from home.models import SearchWithoutResults

PREFIX = "search-count"
#: How many days of counters a flush looks at, and how long an unflushed counter is kept.
KEEP_DAYS = 31
KEY_TIMEOUT = (KEEP_DAYS + 1) * 24 * 60 * 60
#: A flush that takes longer than this is taken to have died; another may then start.
LOCK_SECONDS = 5 * 60
LOCK_KEY = f"{PREFIX}:flushing"
#: Keys read from the cache at once (SQLite's database cache reads them in one ``IN (…)``).
BATCH = 500
LANGUAGE_LENGTH = 10


@dataclass(frozen=True)
class CountedSearch:
    """What one counter counts: searches for ``query`` in ``language`` on ``day``, with or
    without results."""

    day: datetime.date
    query: str
    language: str
    found: bool

    @property
    def key(self) -> str:
        """The counter's cache key: the query as a digest, so any text makes a valid key."""
        identity = json.dumps([self.query, self.language, self.found])
        return f"{day_prefix(self.day)}:{hashlib.sha256(identity.encode()).hexdigest()[:32]}"


def day_prefix(day: datetime.date) -> str:
    """The start of every key of ``day``."""
    return f"{PREFIX}:{day.isoformat()}"


def size_key(day: datetime.date) -> str:
    """The key of the number of counters registered for ``day``."""
    return f"{day_prefix(day)}:size"


def entry_key(day: datetime.date, number: int) -> str:
    """The key that says what counter number ``number`` of ``day`` counts."""
    return f"{day_prefix(day)}:entry:{number}"


def count_search(query: str, language: str, found: bool, day: datetime.date | None = None):
    """Count one search of an already normalised ``query``: a cache write, no database write.

    The first search of a query on a day creates its counter and registers it under the next
    number of the day, so the flush can find it; every other search only increments."""
    counted = CountedSearch(
        day or timezone.localdate(), query, (language or "")[:LANGUAGE_LENGTH], found
    )
    _increment(counted)
    if settings.SEARCH_COUNTS_FLUSH_AT_ONCE:
        flush_search_counts()


def _increment(counted: CountedSearch) -> None:
    try:
        cache.incr(counted.key)
        return
    except ValueError:  # the first search of this query today
        pass
    if cache.add(counted.key, 1, timeout=KEY_TIMEOUT):
        register(counted)
    else:  # another request created the counter a moment ago
        cache.incr(counted.key)


def register(counted: CountedSearch) -> None:
    """Make a new counter findable: under the day's next number (``incr`` is atomic, so two
    requests never get the same number)."""
    cache.add(size_key(counted.day), 0, timeout=KEY_TIMEOUT)
    number = cache.incr(size_key(counted.day))
    entry = (counted.query, counted.language, counted.found)
    cache.set(entry_key(counted.day, number), entry, timeout=KEY_TIMEOUT)


def flush_search_counts(today: datetime.date | None = None) -> str:
    """Add every counted search to the search terms and the searches without results, in bulk;
    what was added is taken off the counters. Returns a line for the job's record."""
    today = today or timezone.localdate()
    if not cache.add(LOCK_KEY, 1, timeout=LOCK_SECONDS):
        return "another flush is running"
    try:
        registered = registered_counters(today)
        counts = read_counts(registered)
        if counts:
            write_and_take(counts)
        forget_finished_days(registered, today)
    finally:
        cache.delete(LOCK_KEY)
    return f"{sum(counts.values())} searches counted"


def registered_counters(today: datetime.date) -> dict[datetime.date, dict[str, CountedSearch]]:
    """Every counter registered on the last ``KEEP_DAYS`` days, by day and entry key."""
    days = [today - datetime.timedelta(days=offset) for offset in range(KEEP_DAYS)]
    sizes = cache.get_many([size_key(day) for day in days])
    wanted = {
        entry_key(day, number): day
        for day in days
        for number in range(1, (sizes.get(size_key(day)) or 0) + 1)
    }
    registered = defaultdict(dict)
    for key, (query, language, found) in get_many(list(wanted)).items():
        registered[wanted[key]][key] = CountedSearch(wanted[key], query, language, found)
    # A day is listed even when none of its entries could be read (they expired), so that
    # ``forget_finished_days`` still removes its size once the day is over.
    for day in days:
        if sizes.get(size_key(day)):
            registered.setdefault(day, {})
    return registered


def read_counts(registered) -> Counter:
    """The current count of every registered counter that has counted something."""
    searches = [counted for entries in registered.values() for counted in entries.values()]
    values = get_many([counted.key for counted in searches])
    return Counter(
        {counted: values[counted.key] for counted in searches if values.get(counted.key)}
    )


def get_many(keys: list[str]) -> dict:
    """``cache.get_many`` in batches of ``BATCH`` keys."""
    found = {}
    for start in range(0, len(keys), BATCH):
        found.update(cache.get_many(keys[start : start + BATCH]))
    return found


def write_and_take(counts: Counter) -> None:
    """Add ``counts`` to the tables and take them off the counters, both or neither."""
    taken = []
    try:
        with transaction.atomic():
            add_search_terms(counts)
            add_searches_without_results(counts)
            for counted, count in counts.items():
                cache.decr(counted.key, count)
                taken.append((counted, count))
    except Exception:
        if not counters_share_the_transaction():
            # The totals were rolled back: give the counters back what was taken off them.
            for counted, count in taken:
                cache.incr(counted.key, count)
        raise


def counters_share_the_transaction() -> bool:
    """Whether the cache is a table in the default database: then lowering the counters is
    part of the flush's transaction and is rolled back with it."""
    backend = caches[DEFAULT_CACHE_ALIAS]
    return (
        isinstance(backend, DatabaseCache)
        and router.db_for_write(backend.cache_model_class) == DEFAULT_DB_ALIAS
    )


def add_search_terms(counts: Counter) -> None:
    """Add every counted search to Wagtail's search terms: a ``Query`` per query, its hits per
    day. Missing rows are created in bulk, the others locked, summed and updated in bulk."""
    hits = Counter()
    for counted, count in counts.items():
        hits[(normalise_query_string(counted.query), counted.day)] += count
    strings = {query for query, _day in hits}
    Query.objects.bulk_create(
        [Query(query_string=query) for query in strings], ignore_conflicts=True
    )
    query_ids = dict(
        Query.objects.filter(query_string__in=strings).values_list("query_string", "pk")
    )
    totals = {(query_ids[query], day): count for (query, day), count in hits.items()}
    QueryDailyHits.objects.bulk_create(
        [QueryDailyHits(query_id=query_id, date=day, hits=0) for query_id, day in totals],
        ignore_conflicts=True,
    )
    rows = QueryDailyHits.objects.select_for_update().filter(
        query_id__in={query_id for query_id, _day in totals},
        date__in={day for _query_id, day in totals},
    )
    changed = []
    for row in rows:
        if (row.query_id, row.date) in totals:
            row.hits += totals[(row.query_id, row.date)]
            changed.append(row)
    QueryDailyHits.objects.bulk_update(changed, ["hits"], batch_size=BATCH)


def add_searches_without_results(counts: Counter) -> None:
    """Add the counted searches that found nothing to "Wat inwoners missen", per query,
    language and day, in bulk."""
    totals = Counter()
    for counted, count in counts.items():
        if not counted.found:
            totals[(counted.query, counted.language, counted.day)] += count
    if not totals:
        return
    SearchWithoutResults.objects.bulk_create(
        [
            SearchWithoutResults(query=query, language=language, date=day, count=0)
            for query, language, day in totals
        ],
        ignore_conflicts=True,
    )
    rows = SearchWithoutResults.objects.select_for_update().filter(
        query__in={query for query, _language, _day in totals},
        date__in={day for _query, _language, day in totals},
    )
    changed = []
    for row in rows:
        if (row.query, row.language, row.date) in totals:
            row.count += totals[(row.query, row.language, row.date)]
            changed.append(row)
    SearchWithoutResults.objects.bulk_update(changed, ["count"], batch_size=BATCH)


def forget_finished_days(registered, today: datetime.date) -> None:
    """Remove the counters of days before yesterday once they are all flushed (no search adds
    to them any more; yesterday's may still get a search that started before midnight)."""
    for day, entries in registered.items():
        if day >= today - datetime.timedelta(days=1):
            continue
        counter_keys = [counted.key for counted in entries.values()]
        if any(get_many(counter_keys).values()):
            continue
        size = cache.get(size_key(day)) or 0
        numbers = range(1, size + 1)
        cache.delete_many([*counter_keys, *(entry_key(day, n) for n in numbers), size_key(day)])
