"""On PostgreSQL the site search's query is served by an index (migration ``home.0012``)."""

import importlib

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.models import ContentPage
from home.site_search import SiteSearch
from tests.factories import ContentPageFactory

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="The index is PostgreSQL's (run with DATABASE_URL)",
    ),
]

INDEX_NAME = importlib.import_module("home.migrations.0012_search_index_title_body").INDEX_NAME


def fill_the_index_with_pages_that_mention(word: str, entries: int = 3_000, every: int = 4):
    """Search entries of ``entries`` pages, one in ``every`` of them mentioning ``word``, each with
    a paragraph of thirty different words: about 1 kB of text, as a real page's entry holds, so
    that the table takes as many disk pages per entry as on a real site."""
    content_type = ContentType.objects.get_for_model(ContentPage)
    with connection.cursor() as cursor:
        cursor.execute(
            """
            INSERT INTO wagtailsearch_indexentry
                (content_type_id, object_id, title_norm, autocomplete, title, body,
                 title_text, body_text)
            SELECT %s, (2000000 + n)::text, 1.0,
                   to_tsvector('simple', 'pagina ' || n),
                   to_tsvector('dutch', 'Pagina ' || n),
                   to_tsvector('dutch', CASE WHEN n %% %s = 0 THEN %s || ' ' ELSE '' END
                                        || paragraph.text),
                   'Pagina ' || n, paragraph.text
            FROM generate_series(1, %s) AS n,
                 LATERAL (SELECT string_agg('woord' || md5((n * 1000 + i)::text), ' ') AS text
                          FROM generate_series(1, 30) AS i) AS paragraph
            """,
            [content_type.pk, every, word, entries],
        )
        cursor.execute("ANALYZE wagtailsearch_indexentry")


def engine_queries(home, query: str) -> list[str]:
    """The SQL the site search sends to the search table for ``query``."""
    with CaptureQueriesContext(connection) as queries:
        SiteSearch(home.locale).run(query)
    return [q["sql"] for q in queries.captured_queries if "@@" in q["sql"]]


def plan(sql: str) -> str:
    """PostgreSQL's plan for ``sql``, planned as for a site of thousands of pages.

    A test site has a handful of pages, and for so few the planner rightly walks the pages and
    looks each one's entry up by its key. With thousands it joins the matching entries to the
    pages instead (measured at 5,000); ``enable_nestloop = off`` asks for that plan here. The
    planner can then use the index only if it holds exactly the expression the query matches.
    """
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_nestloop = off")
        cursor.execute(f"EXPLAIN {sql}")
        explained = "\n".join(row[0] for row in cursor.fetchall())
        cursor.execute("RESET enable_nestloop")
    return explained


def test_the_search_matches_title_and_body_with_the_expression_the_index_holds(home):
    ContentPageFactory(parent=home, title="Rijbewijs verlengen", slug="rijbewijs")

    [sql] = engine_queries(home, "rijbewijs")

    assert '("wagtailsearch_indexentry"."title" || "wagtailsearch_indexentry"."body") @@' in sql
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = %s", [INDEX_NAME])
        [(definition,)] = cursor.fetchall()
    assert "USING gin (((title || body)))" in definition


def test_the_planner_finds_the_pages_through_the_index(home):
    ContentPageFactory(parent=home, title="Rijbewijs verlengen", slug="rijbewijs")
    ContentPageFactory(parent=home, title="Verhuizen", intro="Neem uw rijbewijs mee.")
    fill_the_index_with_pages_that_mention("afval")  # thousands of pages, none about this

    queries = engine_queries(home, "rijbewijs")

    assert queries
    for sql in queries:
        explained = plan(sql)
        assert f"Bitmap Index Scan on {INDEX_NAME}" in explained, explained


def test_a_word_on_a_quarter_of_the_pages_is_found_through_the_index(home):
    """PostgreSQL's default ``random_page_cost`` (4) assumes spinning disks: the planner then
    reads and unpacks every entry of the search table for a word on many pages rather than use
    the index (measured at 5,000 pages: 55 ms for "paspoort", 25 ms through the index). The site's
    connections set 1.1 (``DATABASE_RANDOM_PAGE_COST``), the usual value for SSDs."""
    ContentPageFactory(parent=home, title="Paspoort aanvragen", slug="paspoort")
    fill_the_index_with_pages_that_mention("paspoort")

    [sql] = engine_queries(home, "paspoort")

    explained = plan(sql)
    assert f"Bitmap Index Scan on {INDEX_NAME}" in explained, explained
