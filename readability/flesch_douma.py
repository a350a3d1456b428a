"""Flesch–Douma, the Dutch adaptation of Flesch reading ease (information only).

Score = 206.835 − 0.77 × syllables per 100 words − 0.93 × words per sentence, clamped to 0–100.
These are Douma's constants, the ones textstat uses for ``set_lang("nl")``. We compute it on our
own sentence split and syllable count: textstat splits Dutch sentences at abbreviations and
thousand separators, ignores ``;`` and does not clamp. :func:`textstat_flesch_douma` gives
textstat's own value for comparison (the benchmark prints both).
"""

BASE = 206.835
SYLLABLES_PER_100_WORDS_WEIGHT = 0.77
WORDS_PER_SENTENCE_WEIGHT = 0.93

# Douma's reading-ease bands, highest first: (lowest score of the band, label for editors).
BANDS = (
    (90.0, "zeer makkelijk"),
    (80.0, "makkelijk"),
    (70.0, "vrij makkelijk"),
    (60.0, "normaal"),
    (50.0, "vrij moeilijk"),
    (30.0, "moeilijk"),
    (0.0, "zeer moeilijk"),
)


def flesch_douma(words: int, sentences: int, syllables: int) -> float:
    """The clamped Flesch–Douma score from counts; 0.0 when there is no text."""
    if words == 0 or sentences == 0:
        return 0.0
    score = (
        BASE
        - SYLLABLES_PER_100_WORDS_WEIGHT * (100 * syllables / words)
        - WORDS_PER_SENTENCE_WEIGHT * (words / sentences)
    )
    return min(100.0, max(0.0, score))


def douma_label(score: float) -> str:
    """The Dutch band label for a score, e.g. "makkelijk" for 80–90."""
    return next(label for lowest, label in BANDS if score >= lowest)


def textstat_flesch_douma(text: str) -> float:
    """textstat's Flesch reading ease in its Dutch configuration (unclamped), for comparison.

    Always Dutch: in English mode textstat wants an NLTK download and fails offline.
    """
    import textstat  # only the benchmark and tests need it; keep it off the import path

    textstat.set_lang("nl")
    return textstat.flesch_reading_ease(text)
