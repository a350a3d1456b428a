"""Wagtail's database search backend, with each match ranked once on SQLite.

``WAGTAILSEARCH_BACKENDS`` names this module instead of ``wagtail.search.backends.database``. It
picks the same backend for the database in use (PostgreSQL, MySQL, SQLite with or without FTS5),
and on SQLite with FTS5 it orders results by relevance in one query.

Why: modelsearch's SQLite backend adds the relevance (``bm25``) to each result with a correlated
subquery, which runs the whole full-text match again for every page found. A word on 1,400 of
5,000 pages took 0.9 s. Here the full-text table is matched once: the relevance of each match,
only for the pages the search may find (the queryset's filters: language, published, public),
sorted and cut to the slice asked for in SQL; the pages are then read by primary key in that
order. Same expression, same order (best first, then the newest primary key), same results.

A search that asks for the score itself (``annotate_score``), a search not ordered by relevance
and a negated search go to modelsearch's own code unchanged.
"""

from modelsearch.backends.database import SearchBackend as database_backend

#: The backend modelsearch picks on SQLite with FTS5 (its full-text table exists only there).
SQLITE_FTS_BACKEND = "modelsearch.backends.database.sqlite.sqlite.SQLiteSearchBackend"


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks for in a backend module
    """The database backend Wagtail would choose, ranking once where that is SQLite's FTS5."""
    backend = database_backend(params)
    chosen = type(backend)
    if f"{chosen.__module__}.{chosen.__qualname__}" != SQLITE_FTS_BACKEND:
        return backend
    from core.search_backend_sqlite import RankedOnceSQLiteBackend  # needs the FTS5 table's model

    return RankedOnceSQLiteBackend(params)
