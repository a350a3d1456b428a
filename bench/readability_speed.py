"""How fast the plain-language analyser is: milliseconds per 1,000 words, against textstat.

Usage: ``.venv/bin/python -m bench.readability_speed [--words N] [--repeat N]``. Builds a Dutch
text of about 10,000 words from the City of Amsterdam originals in
``shared/data/readability/amsterdam-complex-simple.csv`` (paragraphs of five sentences, a heading
every five paragraphs), then times :func:`readability.analyse` once cold (word lists loading) and
several times warm, and textstat's Flesch reading ease in its Dutch configuration on the same
text for comparison. Prints words per second and milliseconds per 1,000 words.
"""

import argparse
import csv
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PAIRS = REPO.parent / "shared" / "data" / "readability" / "amsterdam-complex-simple.csv"


def build_text(target_words: int) -> str:
    """Original Amsterdam sentences, repeated as needed, laid out as a page with headings."""
    with PAIRS.open(encoding="utf-8", newline="") as file:
        sentences = [row["Complex"].strip() for row in csv.DictReader(file)]
    blocks: list[str] = []
    paragraph: list[str] = []
    words = 0
    index = 0
    while words < target_words:
        sentence = sentences[index % len(sentences)]
        index += 1
        paragraph.append(sentence)
        words += len(sentence.split())
        if len(paragraph) == 5:
            if len(blocks) % 6 == 0:
                blocks.append(f"## Deel {len(blocks) // 6 + 1}")
            blocks.append(" ".join(paragraph))
            paragraph = []
    if paragraph:
        blocks.append(" ".join(paragraph))
    return "\n\n".join(blocks)


def timed(function: Callable[[int], object], repeat: int) -> list[float]:
    """Seconds per call for ``repeat`` calls; the call gets its repetition number."""
    durations = []
    for repetition in range(repeat):
        started = time.perf_counter()
        function(repetition)
        durations.append(time.perf_counter() - started)
    return durations


def line(name: str, seconds: float, words: int) -> str:
    return (
        f"{name:<34} {seconds * 1000:8.1f} ms   {words / seconds:10,.0f} words/s   "
        f"{seconds * 1000 / (words / 1000):6.2f} ms per 1,000 words"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=10_000, help="size of the test text")
    parser.add_argument("--repeat", type=int, default=7, help="timed warm repetitions")
    args = parser.parse_args()
    if not PAIRS.exists():
        sys.exit(f"Amsterdam data not found at {PAIRS}")

    sys.path.insert(0, str(REPO))
    import textstat

    from readability import analyse
    from readability.analyser import clear_word_caches
    from readability.flesch_douma import textstat_flesch_douma

    text = build_text(args.words)
    started = time.perf_counter()
    report = analyse(text)
    first = time.perf_counter() - started
    words = report.words
    print(f"Text: {words:,} words, {report.sentence_count:,} sentences, {len(text):,} characters")

    # A page full of words never seen before: empty the word-level caches (frequencies,
    # participles, syllables); wordfreq's list itself stays loaded, as in a running server.
    clear_word_caches()
    cold = timed(lambda _: analyse(text), 1)[0]
    warm = timed(lambda _: analyse(text), args.repeat)
    # textstat caches whole-text results: give every repetition a distinct string (extra trailing
    # spaces change nothing else) so it really computes. Dutch configuration only.
    textstat.set_lang("nl")
    textstat_flesch_douma(text)
    textstat_runs = timed(lambda n: textstat.flesch_reading_ease(text + " " * (n + 1)), args.repeat)

    print(line("analyse, first call (loads lists)", first, words))
    print(line("analyse, word caches empty", cold, words))
    print(line("analyse, warm (median)", statistics.median(warm), words))
    print(line("analyse, warm (best)", min(warm), words))
    print(line("textstat Flesch (nl), median", statistics.median(textstat_runs), words))
    print(
        f"Flesch-Douma: ours {report.flesch_douma:.1f} (our sentence split and syllables, "
        f"clamped); textstat {textstat_flesch_douma(text):.1f} (its own split, pyphen syllables)"
    )


if __name__ == "__main__":
    main()
