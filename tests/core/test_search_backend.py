"""The site's search backend (``core.search_backend``): Wagtail's database backend, with each
match ranked once on SQLite.

It must find exactly what modelsearch's own SQLite backend finds, in the same order, for every
kind of query, slice and count, while running the full-text match once per search instead of
once per page found. On PostgreSQL it is modelsearch's PostgreSQL backend, unchanged.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.query import And, Or, PlainText

from core import search_backend
from tests.factories import ContentPageFactory, SectionPageFactory

pytestmark = pytest.mark.django_db

on_sqlite = pytest.mark.skipif(
    connection.vendor != "sqlite", reason="SQLite's full-text search (the default database)"
)

QUERIES = [
    "paspoort",
    "paspoort aanvragen",
    "afval",
    "niets dat bestaat",
    PlainText("paspoort afval", operator="or"),
    Or([PlainText("paspoort"), PlainText("grofvuil")]),
    And([PlainText("paspoort"), PlainText("kosten")]),
]


@pytest.fixture
def pages(home, english_home):
    """Pages that match common words in different measures, some with the same text, and an
    English page that matches too."""
    section = SectionPageFactory(parent=home, title="Paspoort en ID-kaart", slug="paspoort")
    ContentPageFactory(
        parent=section,
        title="Paspoort aanvragen",
        intro="Zo vraagt u een paspoort aan. Een paspoort kost geld: zie de kosten.",
    )
    for number in range(6):
        ContentPageFactory(
            parent=section,
            title=f"Reizen {number}",
            intro="Neem uw paspoort mee op reis.",
        )
    ContentPageFactory(parent=home, title="Grofvuil", intro="Wij halen grofvuil en afval op.")
    ContentPageFactory(parent=home, title="Afval scheiden", intro="Afval, afval en nog eens afval.")
    ContentPageFactory(parent=english_home, title="Passport", intro="Bring your paspoort.")
    return Page.objects.live().public().filter(locale=home.locale).specific()


def modelsearch_sqlite():
    """modelsearch's own SQLite backend, for comparison."""
    from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchBackend  # SQLite only

    return SQLiteSearchBackend({})


@on_sqlite
def test_on_sqlite_the_site_uses_the_backend_that_ranks_once():
    assert type(get_search_backend()).__name__ == "RankedOnceSQLiteBackend"


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL only")
def test_on_postgresql_the_site_uses_modelsearchs_postgresql_backend():
    from modelsearch.backends.database.postgres.postgres import (  # PostgreSQL only
        PostgresSearchBackend,
    )

    assert type(search_backend.SearchBackend({"SEARCH_CONFIG": "dutch"})) is PostgresSearchBackend


@on_sqlite
@pytest.mark.parametrize("query", QUERIES, ids=str)
def test_it_finds_what_modelsearch_finds_in_the_same_order(pages, query):
    ours, theirs = get_search_backend(), modelsearch_sqlite()

    assert [p.pk for p in ours.search(query, pages)] == [p.pk for p in theirs.search(query, pages)]
    assert ours.search(query, pages).count() == theirs.search(query, pages).count()
    assert [p.pk for p in ours.search(query, pages)[2:5]] == [
        p.pk for p in theirs.search(query, pages)[2:5]
    ]


@on_sqlite
def test_the_results_are_the_querysets_own_objects_best_first(pages):
    found = list(get_search_backend().search("paspoort", pages))

    assert {type(page).__name__ for page in found} == {"ContentPage", "SectionPage"}
    assert "Passport" not in [page.title for page in found]
    assert len([page for page in found if page.title.startswith("Reizen")]) == 6


@on_sqlite
def test_the_querysets_filters_narrow_the_results(pages):
    first = pages.get(title="Paspoort aanvragen")

    found = get_search_backend().search("paspoort", pages.exclude(pk=first.pk))

    assert first.pk not in [page.pk for page in found]
    assert found.count() == 7


@on_sqlite
def test_a_common_word_runs_the_full_text_match_once(pages):
    backend = get_search_backend()

    with CaptureQueriesContext(connection) as ours:
        list(backend.search("paspoort", pages)[:200])
    with CaptureQueriesContext(connection) as theirs:
        list(modelsearch_sqlite().search("paspoort", pages)[:200])

    def matches(captured):
        return sum(query["sql"].count(" MATCH ") for query in captured.captured_queries)

    assert matches(ours) == 1
    # modelsearch matches once to filter and once more in the score's subquery.
    assert matches(theirs) == 2


@on_sqlite
def test_a_score_or_an_order_other_than_relevance_is_left_to_modelsearch(pages):
    backend = get_search_backend()

    scored = list(backend.search("afval", pages).annotate_score("score"))
    unordered = list(backend.search("afval", pages, order_by_relevance=False))

    assert scored[0].title == "Afval scheiden"
    assert all(page.score is not None for page in scored)
    assert sorted(page.pk for page in unordered) == sorted(page.pk for page in scored)


@on_sqlite
def test_nothing_found_is_an_empty_list(pages):
    results = get_search_backend().search("xyzzyplugh", pages)

    assert list(results) == [] and results.count() == 0


@on_sqlite
def test_autocomplete_still_works(pages):
    titles = [page.title for page in get_search_backend().autocomplete("paspo", pages)]

    assert "Paspoort aanvragen" in titles
