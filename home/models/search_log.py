"""Searches that found nothing: what residents look for and cannot find. No personal data.

One row per normalised query, language and day, with a count. The query is scrubbed of e-mail
addresses, phone numbers, IBANs and BSNs; nothing about the resident is kept. ``normalise_query``
is also what the site search writes to Wagtail's search-terms log (``home.views.search``).
"""

import datetime
import re

from django.conf import settings
from django.db import models
from django.db.models import F, Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.personal_data_scrubbing import REDACTED, scrub_personal_data
from core.text_cleaning import strip_invisible_characters

WORD = re.compile(r"\w")
#: How much of a query is read at all; the scrubber never sees an unbounded text.
READ_LIMIT_FACTOR = 4


def normalise_query(raw: str) -> str:
    """A query as it may be logged: lowercase, single spaces, personal data replaced, at most
    ``SEARCH_QUERY_MAX_LENGTH`` long; empty when nothing but personal data is left.

    Words are cut off whole (never half an e-mail address or phone number, which the scrubber
    would no longer recognise): personal data is replaced first, the length capped after.
    """
    limit = settings.SEARCH_QUERY_MAX_LENGTH
    words = strip_invisible_characters(raw[: limit * READ_LIMIT_FACTOR]).split()
    if len(raw) > limit * READ_LIMIT_FACTOR and len(words) > 1:
        words = words[:-1]  # the last word may be cut in half
    scrubbed = scrub_personal_data(" ".join(words)).lower()
    if not WORD.search(scrubbed.replace(REDACTED, "")):
        return ""
    if len(scrubbed) > limit:
        scrubbed = scrubbed[: limit + 1].rsplit(" ", 1)[0]
    return scrubbed[:limit].strip()


class SearchWithoutResultsQuerySet(models.QuerySet):
    """Zero-result searches over a period, summed per query."""

    def since(self, days: int):
        """Rows of the last ``days`` days, today included."""
        return self.filter(date__gt=timezone.localdate() - datetime.timedelta(days=days))

    def top_queries(self):
        """One row per query and language with the total count, most frequent first."""
        return (
            self.values("query", "language")
            .annotate(total=Sum("count"), last_date=models.Max("date"))
            .order_by("-total", "query")
        )


class SearchWithoutResults(models.Model):
    """How often a (normalised) query found nothing, per language and day."""

    query = models.CharField(_("search query"), max_length=255)
    language = models.CharField(_("language"), max_length=10)
    date = models.DateField(_("date"), db_index=True)
    count = models.PositiveIntegerField(_("number of searches"), default=0)

    objects = SearchWithoutResultsQuerySet.as_manager()

    class Meta:
        verbose_name = _("search without results")
        verbose_name_plural = _("searches without results")
        ordering = ["-date", "-count"]
        constraints = [
            models.UniqueConstraint(
                fields=["query", "language", "date"], name="one_search_log_row_per_query_per_day"
            )
        ]

    def __str__(self):
        return f"{self.query} ({self.language}, {self.date}): {self.count}"

    @classmethod
    def record(cls, raw_query: str, language: str) -> None:
        """Count one search without results for today; safe when many requests run at once."""
        query = normalise_query(raw_query)
        if not query:
            return
        row, created = cls.objects.get_or_create(
            query=query,
            language=language[:10],
            date=timezone.localdate(),
            defaults={"count": 1},
        )
        if not created:
            cls.objects.filter(pk=row.pk).update(count=F("count") + 1)
