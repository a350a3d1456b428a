"""The site's own words, for "Bedoelde u …?" and for matching singular and plural.

The vocabulary of a language is every word of the published pages' titles, summaries and search
descriptions, of the editors' promoted search terms and of the search synonyms. It is kept in
``SearchVocabularyWord`` and rebuilt when what it was built from has changed: a page published,
unpublished or deleted, a synonym or promotion changed (``fingerprint`` notices that with
one cheap query per table). Building happens on the first search after such a change.

A correction is the vocabulary word closest to an unknown word. On PostgreSQL the candidates come
from the trigram index (pg_trgm ``%``); on SQLite from the vocabulary read into memory. Both pick
the final word with the same measure (``difflib``), so residents get the same suggestion on both.
"""

import difflib
import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field

from django.contrib.postgres.search import TrigramSimilarity
from django.db import connection, transaction
from django.db.models import Count, Max
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Locale, Page

from core.search_query import fold, query_words, word_stem
from home.models import SearchSynonym, SearchVocabularyWord

#: How much a word weighs by where it stands: a title word belongs to the site more than a
#: word of a summary.
WEIGHTS = {"title": 5, "synonym": 4, "promotion": 3, "summary": 1}
MIN_WORD = 3
MAX_WORD = 60
#: Words shorter than this are never corrected: too many short words are one letter apart.
MIN_CORRECTABLE = 4
#: How alike a correction must be (difflib ratio): "paspoor"/"paspoort" is 0.93,
#: "verlenge"/"verlengen" 0.94, "trouwen"/"houwen" 0.77.
MIN_SIMILARITY = 0.8
TRIGRAM_CANDIDATES = 12
PLAIN_WORD = re.compile(r"^[^\W\d_]+$")


@dataclass
class Vocabulary:
    """The words of one language with their weights, and the words by crude stem."""

    language: str
    weights: dict[str, int]
    by_stem: dict[str, set[str]] = field(default_factory=dict)

    def __post_init__(self):
        for word in self.weights:
            self.by_stem.setdefault(word_stem(word), set()).add(word)

    def knows(self, word: str) -> bool:
        """Whether ``word``, or a word with the same stem, is one of the site's words."""
        return word in self.weights or word_stem(word) in self.by_stem

    def forms(self, word: str) -> list[str]:
        """The site's words that mean the same as ``word`` up to inflection, ``word`` first, and
        for a long word the compounds that end in it ("vergunning": "parkeervergunning")."""
        stem = word_stem(word)
        forms = {word, *self.by_stem.get(stem, ())}
        if len(stem) >= 6:
            forms.update(known for known in self.weights if known.endswith(stem))
        return [word, *sorted(forms - {word})]


_loaded: dict[str, tuple[str, Vocabulary]] = {}


def fingerprint(locale: Locale) -> str:
    """A short hash of everything the vocabulary of ``locale`` is built from."""
    pages = (
        Page.objects.live()
        .filter(locale=locale)
        .aggregate(count=Count("id"), last=Max("last_published_at"))
    )
    synonyms = SearchSynonym.objects.filter(locale=locale).aggregate(
        count=Count("id"), last=Max("updated_at")
    )
    promotions = Query.objects.filter(editors_picks__isnull=False).aggregate(
        count=Count("editors_picks"), last=Max("editors_picks__id")
    )
    state = repr((sorted(pages.items()), sorted(synonyms.items()), sorted(promotions.items())))
    return hashlib.sha256(state.encode()).hexdigest()[:32]


def collect_words(locale: Locale) -> Counter:
    """Every word of the published pages, synonyms and promoted terms of ``locale``, weighed."""
    weights: Counter = Counter()

    def add(text: str, kind: str) -> None:
        for word in query_words(text or ""):
            if MIN_WORD <= len(word) <= MAX_WORD and PLAIN_WORD.match(word):
                weights[word] += WEIGHTS[kind]

    for page in Page.objects.live().public().filter(locale=locale).specific(defer=True):
        add(page.title, "title")
        add(page.search_description, "summary")
        add(getattr(page, "intro", "") or "", "summary")
    for synonym in SearchSynonym.objects.filter(locale=locale):
        add(synonym.phrases, "synonym")
        add(synonym.search_for, "synonym")
    for query_string in Query.objects.filter(editors_picks__isnull=False).values_list(
        "query_string", flat=True
    ):
        add(query_string, "promotion")
    return weights


def rebuild(locale: Locale, built_from: str) -> None:
    """Replace the stored vocabulary of ``locale`` with the words it has now."""
    language = locale.language_code
    weights = collect_words(locale)
    with transaction.atomic():
        SearchVocabularyWord.objects.filter(language=language).delete()
        SearchVocabularyWord.objects.bulk_create(
            [
                SearchVocabularyWord(
                    language=language, word=word, weight=weight, built_from=built_from
                )
                for word, weight in weights.items()
            ],
            ignore_conflicts=True,
        )


def vocabulary(locale: Locale) -> Vocabulary:
    """The current vocabulary of ``locale``: rebuilt if its sources changed, kept in memory."""
    language = locale.language_code
    current = fingerprint(locale)
    stored = (
        SearchVocabularyWord.objects.filter(language=language)
        .values_list("built_from", flat=True)
        .first()
    )
    if stored != current:
        rebuild(locale, current)
    loaded = _loaded.get(language)
    if loaded is None or loaded[0] != current:
        words = SearchVocabularyWord.objects.filter(language=language)
        loaded = (current, Vocabulary(language, dict(words.values_list("word", "weight"))))
        _loaded[language] = loaded
    return loaded[1]


def candidates(word: str, known: Vocabulary) -> list[str]:
    """Vocabulary words that may be what ``word`` was meant to be."""
    if connection.vendor == "postgresql":
        return list(
            SearchVocabularyWord.objects.filter(language=known.language, word__trigram_similar=word)
            .annotate(similarity=TrigramSimilarity("word", word))
            .order_by("-similarity", "-weight")
            .values_list("word", flat=True)[:TRIGRAM_CANDIDATES]
        )
    return [other for other in known.weights if abs(len(other) - len(word)) <= 3]


def closest_word(word: str, known: Vocabulary) -> str | None:
    """The site's word closest to ``word``, if one is close enough; heavier words win ties."""
    best, best_key = None, (0.0, 0)
    for other in candidates(word, known):
        similarity = round(difflib.SequenceMatcher(None, word, other).ratio(), 3)
        key = (similarity, known.weights.get(other, 0))
        if similarity >= MIN_SIMILARITY and key > best_key:
            best, best_key = other, key
    return best


def correction(query: str, locale: Locale) -> str | None:
    """The query with its unknown words replaced by the closest words of the site, or ``None``
    when every word is known or no unknown word has a close match."""
    known = vocabulary(locale)
    words = query_words(query)
    corrected, changed = [], False
    for word in words:
        replacement = None
        if len(word) >= MIN_CORRECTABLE and PLAIN_WORD.match(word) and not known.knows(word):
            replacement = closest_word(word, known)
        corrected.append(replacement or word)
        changed = changed or bool(replacement)
    return " ".join(corrected) if changed else None


def same_words(first: str, second: str) -> bool:
    """Whether two texts have the same words, ignoring case, accents and punctuation."""
    return fold(first) == fold(second)
