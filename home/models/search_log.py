"""Searches that found nothing: what residents look for and cannot find. No personal data.

One row per normalised query, language and day, with a count. The query is scrubbed of e-mail
addresses, phone numbers, IBANs and BSNs; nothing about the resident is kept.
"""

import datetime

from django.conf import settings
from django.db import models
from django.db.models import F, Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from home.feedback_scrubbing import scrub_personal_data


def normalise_query(raw: str) -> str:
    """Lowercase, single spaces, no personal data, at most ``SEARCH_QUERY_MAX_LENGTH`` long."""
    collapsed = " ".join(raw.split()).lower()
    return scrub_personal_data(collapsed)[: settings.SEARCH_QUERY_MAX_LENGTH].strip()


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
