"""The SQLite part of ``core.search_backend``: each match ranked once (see there).

Imported only when the database is SQLite with FTS5: modelsearch defines the full-text table's
model on such a database only.
"""

from django.db import models
from django.db.models.functions import Cast
from modelsearch.backends.database.sqlite.query import MatchExpression, normalize
from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteFTSIndexEntry,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
    SQLiteSearchResults,
)
from modelsearch.query import MatchAll, Not
from modelsearch.utils import get_descendants_content_types_pks

#: Primary key fields whose values sort as numbers (the index keeps them as text).
NUMERIC_KEYS = (models.AutoField, models.BigAutoField, models.IntegerField)


class RankedOnceSQLiteCompiler(SQLiteSearchQueryCompiler):
    """Matches the full-text table once and ranks every match in that same query."""

    def ranks_once(self, score_field) -> bool:
        """Whether this search is ranked here (else modelsearch's own code runs)."""
        return (
            score_field is None
            and self.order_by_relevance
            and not isinstance(normalize(self.query), (MatchAll, Not))
        )

    def matches(self, config):
        """The full-text entries of the objects the queryset holds that match the query."""
        allowed = (
            self.queryset.order_by()
            .annotate(_search_key=Cast("pk", output_field=models.CharField()))
            .values("_search_key")
        )
        return SQLiteFTSIndexEntry.objects.filter(
            MatchExpression(
                self.fields or self.FTS_TABLE_FIELDS,
                self.build_search_query(normalize(self.query), config=config),
            ),
            index_entry__content_type__in=get_descendants_content_types_pks(self.queryset.model),
            index_entry__object_id__in=allowed,
        )

    def ranked_keys(self, config):
        """Primary keys (as text) of the matching objects, best first, as modelsearch orders
        them: by its relevance expression, then the newest primary key."""
        key = models.F("index_entry__object_id")
        if isinstance(self.queryset.model._meta.pk, NUMERIC_KEYS):
            key = Cast(key, output_field=models.BigIntegerField())
        return (
            self.matches(config)
            .annotate(_rank=self._build_rank_expression(self.get_search_vectors(), config))
            .order_by("_rank", key.desc())
            .values_list("index_entry__object_id", flat=True)
        )


class RankedOnceSQLiteResults(SQLiteSearchResults):
    def _do_search(self):
        compiler = self.query_compiler
        if not self._ranks_once():
            return super()._do_search()
        config = compiler.get_config(self.backend)
        keys = list(compiler.ranked_keys(config)[self.start : self.stop])
        return in_order(compiler.queryset, keys)

    def _do_count(self):
        if not self._ranks_once():
            return super()._do_count()
        compiler = self.query_compiler
        return compiler.matches(compiler.get_config(self.backend)).count()

    def _ranks_once(self) -> bool:
        compiler = self.query_compiler
        # The autocomplete compiler is modelsearch's own.
        return isinstance(compiler, RankedOnceSQLiteCompiler) and compiler.ranks_once(
            self._score_field
        )


class RankedOnceSQLiteBackend(SQLiteSearchBackend):
    query_compiler_class = RankedOnceSQLiteCompiler
    results_class = RankedOnceSQLiteResults


def in_order(queryset, keys: list[str]) -> list:
    """The objects of ``queryset`` with primary keys ``keys`` (as text), in that order."""
    pk_field = queryset.model._meta.pk
    position = {pk_field.to_python(key): index for index, key in enumerate(keys)}
    if not position:
        return []
    found = queryset.filter(pk__in=list(position))
    return sorted(found, key=lambda instance: position[instance.pk])
