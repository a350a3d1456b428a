"""Dutch word tokens with exact character offsets.

A word is a run of letters or digits. Hyphens, apostrophes, slashes and dots *between* letters or
digits keep a token whole, so a hyphenated compound ("Noord-Brabant", "e-mail"), a possessive
("auto's"), an abbreviation ("o.a") and a number ("1.250.000", "75,50", "09.00") each count as
one word. Punctuation, currency signs and stray hyphens are never words.
"""

import re
from collections.abc import Iterator
from dataclasses import dataclass

# [^\W_] is "a letter or a digit" in any script; the underscore is the one \w we do not want.
# A comma joins only digits ("75,50"), so "rood,groen" without a space still splits.
WORD_PATTERN = re.compile(r"[^\W_]+(?:(?:['’\-/.][^\W_]+)|(?:,\d+))*")


# Not frozen: a frozen dataclass is four times slower to create, and a page has thousands of
# words. Treat tokens as read-only all the same.
@dataclass(slots=True)
class Token:
    """One word: its text as written and its offsets in the analysed text."""

    text: str
    start: int
    end: int
    # Stored rather than computed: every check looks words up in lower case, many times.
    lower: str


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The words of ``text[start:end]``, with offsets into ``text`` itself."""
    found = []
    for match in WORD_PATTERN.finditer(text, start, len(text) if end is None else end):
        word = match.group()
        found.append(Token(word, match.start(), match.end(), word.lower()))
    return found


def iter_words(text: str) -> Iterator[str]:
    """The words of a text as strings (for word lists and phrases, where offsets do not matter)."""
    return (m.group() for m in WORD_PATTERN.finditer(text))


def count_words(text: str) -> int:
    """How many words a text has."""
    return sum(1 for _ in WORD_PATTERN.finditer(text))


def word_set(listing: str) -> frozenset[str]:
    """A set of words written as one whitespace-separated string, so long lists stay readable."""
    return frozenset(listing.split())
