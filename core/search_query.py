"""Residents' search queries made safe for every search engine and for the logs."""

import re
import unicodedata

from django.conf import settings

from core.text_cleaning import strip_invisible_characters

WORD = re.compile(r"\w+(?:-\w+)*")
MAX_TERMS = 20


def clean_query(raw: str) -> str:
    """Normalise a resident's query: no control characters, single spaces, bounded length."""
    visible = strip_invisible_characters(raw)
    printable = "".join(ch if ch.isprintable() else " " for ch in visible)
    return " ".join(printable.split())[: settings.SEARCH_QUERY_MAX_LENGTH]


def search_terms(query: str) -> str:
    """The words of a query, for the search engine; operators and quotes are dropped.

    Query syntax characters (quotes, parentheses, ``*``, ``=``) break some engines' parsers
    (SQLite FTS5 raises on ``" OR 1=1``), so only word characters reach the backend.
    """
    return " ".join(WORD.findall(query)[:MAX_TERMS])


#: Words that say nothing about what a resident looks for ("hoe vraag ik een paspoort aan").
#: They are left out of the search, unless a query has nothing else.
STOP_WORDS = {
    "nl": frozenset(
        [
            "aan",
            "als",
            "bij",
            "da",
            "dan",
            "dat",
            "de",
            "deze",
            "die",
            "dit",
            "doe",
            "doen",
            "door",
            "een",
            "en",
            "er",
            "ga",
            "gaan",
            "graag",
            "had",
            "heb",
            "hebben",
            "heeft",
            "hem",
            "het",
            "hoe",
            "hoeveel",
            "ik",
            "iets",
            "in",
            "is",
            "je",
            "jij",
            "kan",
            "krijg",
            "kun",
            "kunnen",
            "maar",
            "mag",
            "me",
            "met",
            "mij",
            "mijn",
            "moet",
            "moeten",
            "na",
            "naar",
            "niet",
            "nog",
            "of",
            "om",
            "onder",
            "ons",
            "op",
            "over",
            "regel",
            "regelen",
            "te",
            "tot",
            "u",
            "uw",
            "van",
            "voor",
            "vraag",
            "waar",
            "wanneer",
            "wat",
            "welke",
            "wie",
            "wil",
            "willen",
            "word",
            "worden",
            "wordt",
            "ze",
            "zich",
            "zijn",
            "zo",
            "zou",
        ]
    ),
    "en": frozenset(
        [
            "a",
            "about",
            "an",
            "and",
            "are",
            "as",
            "at",
            "be",
            "by",
            "can",
            "do",
            "does",
            "for",
            "from",
            "get",
            "have",
            "how",
            "i",
            "in",
            "is",
            "it",
            "me",
            "my",
            "of",
            "on",
            "or",
            "our",
            "should",
            "the",
            "to",
            "what",
            "when",
            "where",
            "which",
            "who",
            "will",
            "with",
            "you",
            "your",
        ]
    ),
}
WORD_FOLD = re.compile(r"[^\w]+")
#: Endings of Dutch and English inflections, longest first, that ``word_stem`` takes off.
INFLECTIONS = ("'s", "en", "es", "s", "e", "n")
MIN_STEM = 4


def fold(text: str) -> str:
    """Text for comparing words: lowercase, without accents, hyphens and punctuation as spaces."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(WORD_FOLD.sub(" ", plain).replace("_", " ").split())


def query_words(query: str) -> list[str]:
    """The folded words of a query, in order, at most ``MAX_TERMS``."""
    return fold(query).split()[:MAX_TERMS]


def meaningful_words(query: str, language: str) -> list[str]:
    """The words of a query without stop words; all words when nothing else is left."""
    words = query_words(query)
    stop_words = STOP_WORDS.get(language, frozenset())
    kept = [word for word in words if word not in stop_words]
    return kept or words


def word_stem(word: str) -> str:
    """A crude stem that joins singular and plural ("paspoorten" and "paspoort", "containers"
    and "container"): one inflection ending off, if at least ``MIN_STEM`` letters are left.

    Not a linguistic stemmer: it only has to put a resident's word and the site's word in the
    same bucket; PostgreSQL's ``dutch`` configuration stems properly on top of it.
    """
    for ending in INFLECTIONS:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            return word[: -len(ending)]
    return word
