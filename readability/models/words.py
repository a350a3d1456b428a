"""The officialese list editors maintain: words and phrases with their plain alternatives.

Next to the model sits the list in the form the analyser takes, cached until an editor changes
it, so the B1 workflow task in this package can use it without importing back from the checks.
"""

from django.core.cache import cache
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from readability.officialese import OfficialeseEntry

CACHE_KEY = "readability:officialese:v1"


class OfficialeseWord(index.Indexed, models.Model):
    """An officialese word or phrase ("teneinde") with its plain alternatives ("om")."""

    word = models.CharField(
        _("word or phrase"),
        max_length=80,
        unique=True,
        help_text=_(
            "In lower case, e.g. 'teneinde' or 'ten behoeve van'. Use … for up to eight words "
            "in between, e.g. 'nemen … in behandeling'."
        ),
    )
    alternatives = models.CharField(
        _("plain alternatives"),
        max_length=200,
        help_text=_("Separate several alternatives with |, e.g. 'door|met'."),
    )
    forms = models.CharField(
        _("other forms"),
        max_length=300,
        blank=True,
        help_text=_(
            "Inflected forms to catch as well, separated by |, e.g. 'retourneert|retourneer'. "
            "Use … for up to eight words in between, e.g. 'dient … te'."
        ),
    )
    active = models.BooleanField(_("active"), default=True)
    note = models.CharField(_("note"), max_length=300, blank=True)

    panels = [
        FieldPanel("word"),
        FieldPanel("alternatives"),
        FieldPanel("forms"),
        FieldPanel("active"),
        FieldPanel("note"),
    ]
    search_fields = [index.SearchField("word"), index.AutocompleteField("word")]

    class Meta:
        verbose_name = _("officialese word")
        verbose_name_plural = _("officialese words")
        ordering = ["word"]

    def __str__(self):
        return f"{self.word} → {self.alternatives.replace('|', ', ')}"

    def save(self, *args, **kwargs):
        self.word = " ".join(self.word.lower().split())
        super().save(*args, **kwargs)


def _split(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split("|") if part.strip())


def current_officialese() -> list[OfficialeseEntry]:
    """Active words from the database, cached until an editor changes the list."""
    entries = cache.get(CACHE_KEY)
    if entries is None:
        entries = [
            OfficialeseEntry(
                word=item.word, alternatives=_split(item.alternatives), forms=_split(item.forms)
            )
            for item in OfficialeseWord.objects.filter(active=True)
        ]
        cache.set(CACHE_KEY, entries, timeout=None)
    return entries


def forget_officialese(**kwargs) -> None:
    """Drop the cached list (connected to the word model's save and delete signals)."""
    cache.delete(CACHE_KEY)
