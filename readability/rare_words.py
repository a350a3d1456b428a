"""Rare words: content words many readers may not know, by their frequency in Dutch.

Frequencies come from ``wordfreq`` (offline, its "nl" list) on the Zipf scale: 3 means about once
per million words, 6 once per thousand. A word below :data:`RARE_BELOW` is rare, unless it is a
compound of common parts: Dutch writes compounds as one word ("afvalkalender",
"parkeervergunning"), and those are as easy as their parts. A part is common at
:data:`COMMON_PART` or above, directly, as a verb stem ("parkeer" from "parkeren") or without a
linking -s- or -e- ("bewoners-onderzoek").
"""

import math
import unicodedata
from functools import lru_cache

RARE_BELOW = 3.0
COMMON_PART = 3.5
MIN_LETTERS = 4
# The first part may be short ("pas-foto"); the rest, and both parts of a compound inside the
# rest, need four letters: three-letter pieces make nonsense splits ("zwaar-weg-ende").
MIN_FIRST_PART = 3
MIN_PART = 4


@lru_cache(maxsize=1)
def _frequencies() -> dict[str, float]:
    # Imported here: loading wordfreq and its Dutch list costs a few tenths of a second, which
    # only the first analysis should pay, not every process that imports this package.
    import wordfreq

    return wordfreq.get_frequency_dict("nl")


@lru_cache(maxsize=131072)
def zipf(word: str) -> float:
    """Zipf frequency of one lower-case Dutch word (0.0 when wordfreq does not know it).

    Same value as ``wordfreq.zipf_frequency(word, "nl")`` for single words, but a dictionary
    look-up instead of a tokeniser run, which matters for the many look-ups compounds need.
    """
    key = unicodedata.normalize("NFC", word.replace("’", "'"))
    frequency = _frequencies().get(key, 0.0)
    return round(math.log10(frequency) + 9, 2) if frequency > 0 else 0.0


def _is_common_left(part: str, *, nested: bool) -> bool:
    """Whether the first part of a compound is common: as is, or (at the top level) as a verb
    stem ("parkeer") or without a linking -s- or -e- ("bewoners")."""
    if zipf(part) >= COMMON_PART:
        return True
    if nested:
        return False
    return zipf(part + "en") >= COMMON_PART or (
        part[-1] in "se" and len(part) > MIN_FIRST_PART + 1 and zipf(part[:-1]) >= COMMON_PART
    )


@lru_cache(maxsize=65536)
def is_common_compound(word: str, depth: int = 2) -> bool:
    """Whether a word splits into a common first part and a common (possibly compound) rest."""
    nested = depth < 2
    first_min = MIN_PART if nested else MIN_FIRST_PART
    for split in range(first_min, len(word) - MIN_PART + 1):
        rest = word[split:]
        rest_common = zipf(rest) >= COMMON_PART or (
            depth > 1 and is_common_compound(rest, depth - 1)
        )
        if rest_common and _is_common_left(word[:split], nested=nested):
            return True
    return False


@lru_cache(maxsize=131072)
def is_rare(word: str) -> bool:
    """Whether a lower-case word is rare in Dutch (see the module doc); hyphenated parts each count."""
    if "-" in word:
        return any(is_rare(part) for part in word.split("-") if len(part) >= MIN_LETTERS)
    if len(word) < MIN_LETTERS or zipf(word) >= RARE_BELOW:
        return False
    return not is_common_compound(word)
