"""A search writes nothing to the database: it is counted in the cache, and the periodic job
adds the counts to the search terms and to "Wat inwoners missen" in bulk, losing nothing and
counting nothing twice."""

import datetime
import pickle
from zoneinfo import ZoneInfo

import pytest
from django.core.cache import cache, caches
from django.core.management import call_command
from django.db import DatabaseError, connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from freezegun import freeze_time
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits

from core.periodic_jobs import job_named
from home import search_counts
from home.models import SearchWithoutResults
from home.search_counts import flush_search_counts
from tests.factories import ContentPageFactory

pytestmark = pytest.mark.django_db

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
MONDAY = datetime.date(2026, 12, 7)
TUESDAY = datetime.date(2026, 12, 8)
WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE")


def failing_the_second_time(decr, error: Exception):
    """``decr`` (a cache's ``decr``) that lowers one counter and raises ``error`` after that;
    its ``lowered`` lists the counter it lowered."""
    lowered = []

    def decrease(key, delta=1, version=None):
        if lowered:
            raise error
        lowered.append(key)
        return decr(key, delta, version)

    decrease.lowered = lowered
    return decrease


@pytest.fixture
def passport_page(home):
    return ContentPageFactory(parent=home, title="Paspoort aanvragen", slug="paspoort")


def search(client, query, address="203.0.113.5"):
    response = client.get(reverse("search"), {"q": query}, REMOTE_ADDR=address)
    assert response.status_code == 200
    return response


def hits_per_day(query: str) -> dict[datetime.date, int]:
    return dict(
        QueryDailyHits.objects.filter(query__query_string=query).values_list("date", "hits")
    )


def without_results() -> dict[tuple[str, str, datetime.date], int]:
    return {
        (row.query, row.language, row.date): row.count for row in SearchWithoutResults.objects.all()
    }


@freeze_time("2026-12-07 10:00")
def test_a_search_writes_nothing_to_the_database(client, passport_page):
    search(client, "paspoort")  # the first search of a query creates its counter

    with CaptureQueriesContext(connection) as queries:
        search(client, "paspoort")
        search(client, "xyzzyplugh")
        search(client, "nieuwe zoekvraag")

    statements = [query["sql"].lstrip().upper() for query in queries.captured_queries]
    assert statements
    assert not [sql for sql in statements if sql.startswith(WRITES)]
    assert not Query.objects.exists() and not SearchWithoutResults.objects.exists()


@freeze_time("2026-12-07 10:00")
def test_the_flush_writes_the_totals_of_every_query_to_both_reports(
    client, passport_page, english_home
):
    for _ in range(3):
        search(client, "Paspoort")
    search(client, "xyzzyplugh")
    search(client, "XYZZYPLUGH ")
    client.get("/en/search/", {"q": "xyzzyplugh"}, REMOTE_ADDR="203.0.113.5")

    outcome = flush_search_counts()

    assert outcome == "6 searches counted"
    assert hits_per_day("paspoort") == {MONDAY: 3}
    assert hits_per_day("xyzzyplugh") == {MONDAY: 3}
    assert without_results() == {
        ("xyzzyplugh", "nl", MONDAY): 2,
        ("xyzzyplugh", "en", MONDAY): 1,
    }


def test_the_flush_keeps_the_days_apart(client, passport_page):
    with freeze_time(datetime.datetime(2026, 12, 7, 23, 50, tzinfo=AMSTERDAM)):
        search(client, "paspoort")
        search(client, "xyzzyplugh")
    with freeze_time(datetime.datetime(2026, 12, 8, 0, 10, tzinfo=AMSTERDAM)):
        search(client, "paspoort")
        search(client, "paspoort")
        search(client, "xyzzyplugh")
        flush_search_counts()

    assert hits_per_day("paspoort") == {MONDAY: 1, TUESDAY: 2}
    assert hits_per_day("xyzzyplugh") == {MONDAY: 1, TUESDAY: 1}
    assert without_results() == {
        ("xyzzyplugh", "nl", MONDAY): 1,
        ("xyzzyplugh", "nl", TUESDAY): 1,
    }


@freeze_time("2026-12-07 10:00")
def test_flushing_twice_counts_nothing_twice(client, passport_page):
    search(client, "paspoort")
    search(client, "xyzzyplugh")

    flush_search_counts()
    second = flush_search_counts()
    search(client, "paspoort")
    flush_search_counts()

    assert second == "0 searches counted"
    assert hits_per_day("paspoort") == {MONDAY: 2}
    assert without_results() == {("xyzzyplugh", "nl", MONDAY): 1}


@freeze_time("2026-12-07 10:00")
def test_the_flush_adds_to_what_the_reports_already_hold(client, passport_page):
    Query.get("paspoort").add_hit(date=MONDAY)
    SearchWithoutResults.record("xyzzyplugh", "nl")

    search(client, "paspoort")
    search(client, "xyzzyplugh")
    flush_search_counts()

    assert hits_per_day("paspoort") == {MONDAY: 2}
    assert without_results() == {("xyzzyplugh", "nl", MONDAY): 2}


@freeze_time("2026-12-07 10:00")
def test_a_flush_that_fails_in_the_database_keeps_the_counts(client, passport_page, monkeypatch):
    search(client, "paspoort")
    search(client, "xyzzyplugh")

    def refused(counts):
        raise DatabaseError("the database refused the totals")

    with monkeypatch.context() as patch:
        # The search terms are written; the second table fails, so the first is rolled back.
        patch.setattr(search_counts, "add_searches_without_results", refused)
        with pytest.raises(DatabaseError):
            flush_search_counts()
    assert not QueryDailyHits.objects.exists()

    flush_search_counts()

    assert hits_per_day("paspoort") == {MONDAY: 1}
    assert without_results() == {("xyzzyplugh", "nl", MONDAY): 1}


@freeze_time("2026-12-07 10:00")
def test_a_flush_that_cannot_lower_the_counters_writes_nothing(client, passport_page, monkeypatch):
    search(client, "paspoort")
    search(client, "xyzzyplugh")
    fails_second_time = failing_the_second_time(cache.decr, ConnectionError("the cache went away"))
    with monkeypatch.context() as patch:
        patch.setattr(cache, "decr", fails_second_time)
        with pytest.raises(ConnectionError):
            flush_search_counts()
    assert not QueryDailyHits.objects.exists() and fails_second_time.lowered

    flush_search_counts()

    assert hits_per_day("paspoort") == {MONDAY: 1}
    assert hits_per_day("xyzzyplugh") == {MONDAY: 1}


@freeze_time("2026-12-07 10:00")
def test_a_search_made_during_a_flush_waits_for_the_next_one(client, passport_page, monkeypatch):
    search(client, "paspoort")
    read_counts = search_counts.read_counts

    def read_then_a_search_arrives(registered):
        counts = read_counts(registered)
        search(client, "paspoort")
        return counts

    with monkeypatch.context() as patch:
        patch.setattr(search_counts, "read_counts", read_then_a_search_arrives)
        flush_search_counts()
    assert hits_per_day("paspoort") == {MONDAY: 1}

    flush_search_counts()

    assert hits_per_day("paspoort") == {MONDAY: 2}


def test_counters_of_finished_days_leave_the_cache_once_flushed(client, passport_page):
    with freeze_time("2026-12-07 10:00"):
        search(client, "paspoort")
    with freeze_time("2026-12-08 10:00"):
        flush_search_counts()
        kept_for_late_searches = len(cache._cache)
    with freeze_time("2026-12-09 10:00"):
        flush_search_counts()
        search_keys = [key for key in cache._cache if search_counts.PREFIX in key]

    assert kept_for_late_searches
    assert search_keys == []
    assert hits_per_day("paspoort") == {MONDAY: 1}


@freeze_time("2026-12-07 10:00")
def test_the_cache_holds_no_personal_data_the_reports_would_not(client, passport_page):
    search(client, "paspoort jan.jansen@example.nl")
    search(client, "06-12345678")

    stored = b"".join(
        key.encode() + value for key, value in cache._cache.items() if search_counts.PREFIX in key
    )

    assert stored
    assert b"jan.jansen" not in stored and b"12345678" not in stored
    assert "paspoort [verwijderd]" in str(
        [pickle.loads(value) for value in cache._cache.values()]  # noqa: S301 - our own cache
    )


@freeze_time("2026-12-07 10:00")
def test_counts_appear_in_the_admin_reports_after_the_flush(admin_client, client, passport_page):
    search(client, "paspoort")
    search(client, "xyzzyplugh")
    search_terms = reverse("wagtailsearchpromotions:search_terms")
    missing = reverse("searches_without_results_report")

    before = admin_client.get(search_terms).content.decode()
    flush_search_counts()
    after = admin_client.get(search_terms).content.decode()
    missing_after = admin_client.get(missing).content.decode()

    assert "paspoort" not in before
    assert "paspoort" in after and "xyzzyplugh" in after
    assert "xyzzyplugh" in missing_after


def test_the_flush_runs_by_itself_every_ten_minutes():
    job = job_named("home.flush_search_counts")

    assert job is not None
    assert str(job.schedule) == "every 10 minutes"


DATABASE_CACHE = {
    "default": {
        "BACKEND": "core.cache_backends.CountingDatabaseCache",
        "LOCATION": "test_search_count_cache",
    }
}


@freeze_time("2026-12-07 10:00")
@override_settings(CACHES=DATABASE_CACHE)
def test_with_the_database_cache_the_counters_and_totals_change_together(
    client, passport_page, monkeypatch
):
    call_command("createcachetable", "test_search_count_cache", verbosity=0)
    search(client, "paspoort")
    search(client, "paspoort")
    search(client, "xyzzyplugh")
    fails_second_time = failing_the_second_time(
        caches["default"].decr, DatabaseError("the connection was lost")
    )
    with monkeypatch.context() as patch:
        # The first counter is lowered inside the flush's transaction, then it fails: the
        # rollback restores that counter, so nothing must be given back to it as well.
        patch.setattr(caches["default"], "decr", fails_second_time)
        with pytest.raises(DatabaseError):
            flush_search_counts()
    assert fails_second_time.lowered and not QueryDailyHits.objects.exists()
    flush_search_counts()
    flush_search_counts()

    assert hits_per_day("paspoort") == {MONDAY: 2}
    assert hits_per_day("xyzzyplugh") == {MONDAY: 1}


@freeze_time("2026-12-07 10:00")
def test_in_development_a_search_reaches_the_reports_at_once(client, passport_page, settings):
    settings.SEARCH_COUNTS_FLUSH_AT_ONCE = True  # config/settings/dev.py: no scheduler there

    search(client, "paspoort")
    search(client, "xyzzyplugh")

    assert hits_per_day("paspoort") == {MONDAY: 1}
    assert without_results() == {("xyzzyplugh", "nl", MONDAY): 1}
