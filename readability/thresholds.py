"""What B1 means here: every threshold and traffic-light rule of the checks, in one place.

The numbers follow the design note (``shared/design/readability.md``), based on Dutch government
guidance and measurements on City of Amsterdam texts and their simplified versions.
"""

from collections.abc import Mapping

GREEN = "green"
ORANGE = "orange"
RED = "red"
INFO = "info"
# Dutch traffic-light words for editors.
SEVERITY_WORDS = {GREEN: "groen", ORANGE: "oranje", RED: "rood", INFO: "info"}

# One sentence: ≤ 15 words green, 16–20 orange, > 20 red.
SENTENCE_GREEN_MAX = 15
SENTENCE_ORANGE_MAX = 20
# A page with any sentence above this is red, whatever the rest looks like.
SENTENCE_ALWAYS_RED_ABOVE = 25
# Page: average ≤ 15 and ≤ 10 % long (> 20 words) green; average ≤ 18 or ≤ 25 % long orange.
AVERAGE_GREEN_MAX = 15.0
LONG_SHARE_GREEN_MAX = 0.10
AVERAGE_ORANGE_MAX = 18.0
LONG_SHARE_ORANGE_MAX = 0.25
# Share of sentences with a worden-passive.
PASSIVE_GREEN_MAX = 0.10
PASSIVE_ORANGE_MAX = 0.15
# Officialese words per page: 0 green, 1–2 orange, 3 or more red.
OFFICIALESE_ORANGE_MAX = 2
# Words per paragraph and per section (between headings).
PARAGRAPH_GREEN_MAX = 80
PARAGRAPH_ORANGE_MAX = 150
SECTION_GREEN_MAX = 250
SECTION_ORANGE_MAX = 350
# Sentences in a row with the same first word (articles skipped) before we mention it.
SAME_START_RUN = 3
SAME_START_SKIPPED = frozenset({"de", "het", "een"})

# Checks that decide B1; the others (rare words, same start, Flesch–Douma) only inform.
GRADED_CHECKS = (
    "sentence_length",
    "average_sentence_length",
    "passive",
    "officialese",
    "long_paragraph",
    "long_section",
)


def _grade(value: float, green_max: float, orange_max: float) -> str:
    """Green up to ``green_max``, orange up to ``orange_max``, red above."""
    if value <= green_max:
        return GREEN
    return ORANGE if value <= orange_max else RED


def sentence_severity(words: int) -> str:
    """One sentence: ≤ 15 words green, 16–20 orange, more red."""
    return _grade(words, SENTENCE_GREEN_MAX, SENTENCE_ORANGE_MAX)


def sentence_length_severity(lengths: list[int]) -> str:
    """The page's sentence-length check.

    Red when any sentence has more than 25 words, or when more than 25 % of the sentences have
    more than 20 words. So one very long sentence is enough to fail B1: it is the sentence a
    reader gives up on, and splitting it is always possible. Orange when some sentence has more
    than 15 words, green when none has.
    """
    if not lengths:
        return GREEN
    long_share = sum(words > SENTENCE_ORANGE_MAX for words in lengths) / len(lengths)
    if max(lengths) > SENTENCE_ALWAYS_RED_ABOVE or long_share > LONG_SHARE_ORANGE_MAX:
        return RED
    return ORANGE if max(lengths) > SENTENCE_GREEN_MAX else GREEN


def average_sentence_length_severity(average: float, long_share: float) -> str:
    """Average ≤ 15 and ≤ 10 % long sentences green; average ≤ 18 or ≤ 25 % long orange; else red."""
    if average <= AVERAGE_GREEN_MAX and long_share <= LONG_SHARE_GREEN_MAX:
        return GREEN
    if average <= AVERAGE_ORANGE_MAX or long_share <= LONG_SHARE_ORANGE_MAX:
        return ORANGE
    return RED


def passive_severity(share: float) -> str:
    """Share of sentences with a worden-passive: ≤ 10 % green, ≤ 15 % orange, more red."""
    return _grade(share, PASSIVE_GREEN_MAX, PASSIVE_ORANGE_MAX)


def officialese_severity(count: int) -> str:
    """Officialese words on the page: none green, 1–2 orange, 3 or more red."""
    return _grade(count, 0, OFFICIALESE_ORANGE_MAX)


def paragraph_severity(words: int) -> str:
    """One paragraph: ≤ 80 words green, ≤ 150 orange, more red."""
    return _grade(words, PARAGRAPH_GREEN_MAX, PARAGRAPH_ORANGE_MAX)


def section_severity(words: int) -> str:
    """Words between two headings: ≤ 250 green, ≤ 350 orange, more red."""
    return _grade(words, SECTION_GREEN_MAX, SECTION_ORANGE_MAX)


def meets_b1(severities: Mapping[str, str]) -> bool:
    """A page meets B1 when no check is red."""
    return RED not in severities.values()


def estimate_level(
    severities: Mapping[str, str], average_sentence_length: float, rare_word_share: float
) -> str:
    """An indicative CEFR level for a page (an indication for editors, not a certificate).

    - C1: three or more red checks, or more than 22 words per sentence on average;
    - B2: one or two red checks;
    - A2: no red or orange check at all, at most 10 words per sentence on average and at most
      2 % rare words;
    - B1: every other page without a red check.
    """
    reds = sum(severities.get(code) == RED for code in GRADED_CHECKS)
    oranges = sum(severities.get(code) == ORANGE for code in GRADED_CHECKS)
    if reds >= 3 or average_sentence_length > 22:
        return "C1"
    if reds:
        return "B2"
    if not oranges and average_sentence_length <= 10 and rare_word_share <= 0.02:
        return "A2"
    return "B1"


# Weights of the difficulty score: one percentage point of long or passive sentences counts as
# much as a fifth of a word of average sentence length.
LONG_SHARE_WEIGHT = 20.0
PASSIVE_SHARE_WEIGHT = 20.0


def difficulty(average_sentence_length: float, long_share: float, passive_share: float) -> float:
    """One number for comparing texts, higher is harder: the three measures that separate the
    Amsterdam originals from their simplified versions (average sentence length, share of
    sentences over 20 words, share of worden-passive sentences)."""
    return (
        average_sentence_length
        + LONG_SHARE_WEIGHT * long_share
        + PASSIVE_SHARE_WEIGHT * passive_share
    )
