"""Words residents use and the words the site uses: synonyms editors keep, and the vocabulary
that spelling suggestions come from.

A ``SearchSynonym`` says "when a resident types one of these phrases, search for this": "ID kaart"
becomes "identiteitskaart", "kapotte lantaarnpaal" becomes "melding openbare ruimte". One per
language (Wagtail's locales), kept by editors under Settings.

``SearchVocabularyWord`` holds the words of the published pages' titles, summaries and search
descriptions, and of the synonyms, one row per word and language. "Bedoelde u …?" picks its
correction from these words (``home.search_spelling``): on PostgreSQL through a trigram index
(pg_trgm), on SQLite from the same rows read into memory. The rows are rebuilt whenever what they
were built from has changed (``built_from`` holds that state's fingerprint).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index


def split_phrases(text: str) -> list[str]:
    """The phrases of a synonym: one per line or separated by commas, without blanks."""
    phrases = []
    for line in text.replace(",", "\n").splitlines():
        phrase = " ".join(line.split())
        if phrase:
            phrases.append(phrase)
    return phrases


class SearchSynonym(TranslatableMixin, index.Indexed, models.Model):
    """Phrases residents type, and what the site search looks for instead."""

    phrases = models.TextField(
        _("these words"),
        help_text=_(
            "What residents type, one phrase per line (or separated by commas), "
            "for example “ID kaart” and “id-kaart”."
        ),
    )
    search_for = models.CharField(
        _("search for this"),
        max_length=200,
        help_text=_("The words the search uses instead, for example “identiteitskaart”."),
    )
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    panels = [FieldPanel("phrases"), FieldPanel("search_for")]
    search_fields = [
        index.SearchField("phrases"),
        index.SearchField("search_for"),
        index.AutocompleteField("phrases"),
        index.FilterField("locale_id"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("search synonym")
        verbose_name_plural = _("search synonyms")
        ordering = ["search_for"]

    def __str__(self) -> str:
        return f"{', '.join(self.phrase_list())} → {self.search_for}"

    def phrase_list(self) -> list[str]:
        """The phrases, one per line or comma, as typed by the editor."""
        return split_phrases(self.phrases)


class SearchVocabularyWord(models.Model):
    """One word of the published site in one language, for spelling suggestions.

    ``weight`` says how strongly the word belongs to the site (a title word counts more than a
    word of a summary); between two equally close corrections the heavier one wins.
    """

    language = models.CharField(max_length=10)
    word = models.CharField(max_length=60)
    weight = models.PositiveIntegerField(default=1)
    built_from = models.CharField(max_length=64)

    class Meta:
        verbose_name = _("search vocabulary word")
        verbose_name_plural = _("search vocabulary words")
        constraints = [
            models.UniqueConstraint(fields=["language", "word"], name="unique_vocabulary_word"),
        ]

    def __str__(self) -> str:
        return f"{self.word} ({self.language})"
