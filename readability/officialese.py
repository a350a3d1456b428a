"""Officialese ("ambtelijke taal"): words and phrases with a plainer alternative.

The default list is ``data/officialese.csv`` (columns ``word``, ``alternatives``, ``forms``; several
alternatives or forms are separated by ``|``), curated from the RVO plain-language word list to
words that are officialese in every context. Ambiguous words (daar, welke, voldoen, onderhoud,
echter) are left out on purpose: flagging them would be wrong too often.

Matching is case-insensitive and on whole words within one sentence. A word or form may be a
phrase ("ten behoeve van"), and ``…`` (or ``...``) in it stands for a gap of up to
:data:`MAX_GAP` words inside the same clause, for constructions that enclose other words:
"dienen … te" matches "U dient het formulier te ondertekenen" but not "een aanvraag indienen" or
"Deze gegevens dienen als bewijs", and "nemen … in behandeling" matches "Wij nemen uw aanvraag in
behandeling". A gap never crosses ``, ; : ( )`` or a word that opens a new clause (om, dat, die,
omdat, ...).
"""

import csv
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from readability.words import Token, iter_words, word_set

MAX_GAP = 8
_GAP_MARK = re.compile(r"\s*(?:…|\.\.\.)\s*")
_CLAUSE_PUNCTUATION = re.compile(r"[,;:()\[\]–]")
# A gap stops at words that start a clause of their own: in "om te" the "te" belongs to "om".
# "en", "of" and "als" do not stop a gap: "U dient uw paspoort en rijbewijs te tonen".
GAP_BARRIERS = word_set(
    "om omdat dat die want maar wanneer zodat terwijl nadat voordat doordat tenzij"
)


@dataclass(frozen=True)
class OfficialeseEntry:
    """An officialese word or phrase, its plain alternatives and extra forms to catch.

    ``word`` is shown to editors and matched itself; ``forms`` are further inflections
    ("retourneert", "geretourneerd"). Words are stored in lower case with single spaces.
    """

    word: str
    alternatives: tuple[str, ...]
    forms: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        # Editors and the database hand in lists and stray capitals; normalise so that entries
        # compare, hash and match the same way whatever their source.
        object.__setattr__(self, "word", " ".join(self.word.lower().split()))
        object.__setattr__(
            self, "alternatives", tuple(a.strip() for a in self.alternatives if a.strip())
        )
        object.__setattr__(self, "forms", tuple(" ".join(f.lower().split()) for f in self.forms))

    @property
    def suggestion(self) -> str | None:
        """The first plain alternative, the one offered as a replacement."""
        return self.alternatives[0] if self.alternatives else None


@dataclass(frozen=True, slots=True)
class OfficialeseMatch:
    """One occurrence of an officialese entry in a text."""

    entry: OfficialeseEntry
    start: int
    end: int


# A compiled pattern: segments of consecutive words (lists, to compare with list slices), with a
# gap between segments.
Pattern = tuple[list[str], ...]


def _compile_pattern(phrase: str) -> Pattern:
    """Turn "in behandeling … nemen" into (("in", "behandeling"), ("nemen",))."""
    segments = []
    for part in _GAP_MARK.split(phrase):
        words = [word.lower() for word in iter_words(part)]
        if words:
            segments.append(words)
    return tuple(segments)


class OfficialeseMatcher:
    """Finds the entries of one word list in sentences; build it once per list."""

    def __init__(self, entries: Iterable[OfficialeseEntry]) -> None:
        # Per first word: (pattern, entry, whether the phrase ends in a full stop like "c.q.").
        self._by_first_word: dict[str, list[tuple[Pattern, OfficialeseEntry, bool]]] = {}
        for entry in entries:
            for phrase in dict.fromkeys((entry.word, *entry.forms)):
                pattern = _compile_pattern(phrase)
                if pattern:
                    candidates = self._by_first_word.setdefault(pattern[0][0], [])
                    candidates.append((pattern, entry, phrase.endswith(".")))
        for candidates in self._by_first_word.values():
            # Longest pattern first, so "ter zake van" wins over "ter zake".
            candidates.sort(key=lambda item: -sum(len(segment) for segment in item[0]))

    def find(self, text: str, tokens: Sequence[Token]) -> list[OfficialeseMatch]:
        """Non-overlapping matches in one sentence, given its words, in reading order."""
        matches: list[OfficialeseMatch] = []
        used: set[int] = set()
        words = [token.lower for token in tokens]
        for index, word in enumerate(words):
            candidates = self._by_first_word.get(word)
            if not candidates or index in used:
                continue
            for pattern, entry, ends_in_stop in candidates:
                positions = _match(pattern, text, tokens, words, index, used)
                if positions:
                    used.update(positions)
                    end = tokens[positions[-1]].end
                    if ends_in_stop and text[end : end + 1] == ".":
                        end += 1  # highlight "c.q." with its final full stop
                    matches.append(OfficialeseMatch(entry, tokens[positions[0]].start, end))
                    break
        return matches


def _segment_at(
    segment: list[str],
    text: str,
    tokens: Sequence[Token],
    words: list[str],
    index: int,
    used: set[int],
) -> bool:
    """Whether the words of ``segment`` stand at ``index`` in one clause, none already matched."""
    if words[index : index + len(segment)] != segment:
        return False
    if any(
        _CLAUSE_PUNCTUATION.search(text, tokens[position].end, tokens[position + 1].start)
        for position in range(index, index + len(segment) - 1)
    ):
        return False  # "ten behoeve: van" is no phrase
    return not used or used.isdisjoint(range(index, index + len(segment)))


def _match(
    pattern: Pattern,
    text: str,
    tokens: Sequence[Token],
    words: list[str],
    index: int,
    used: set[int],
) -> list[int] | None:
    """Token indices that ``pattern`` matches when it starts at ``index``, or None."""
    first = pattern[0]
    if not _segment_at(first, text, tokens, words, index, used):
        return None
    positions = list(range(index, index + len(first)))
    for segment in pattern[1:]:
        position = positions[-1] + 1
        limit = min(position + MAX_GAP, len(words) - 1)
        while position <= limit:
            if _CLAUSE_PUNCTUATION.search(text, tokens[position - 1].end, tokens[position].start):
                return None
            if _segment_at(segment, text, tokens, words, position, used):
                break
            if words[position] in GAP_BARRIERS:
                return None
            position += 1
        else:
            return None
        positions.extend(range(position, position + len(segment)))
    return positions


@lru_cache(maxsize=16)
def _cached_matcher(entries: tuple[OfficialeseEntry, ...]) -> OfficialeseMatcher:
    return OfficialeseMatcher(entries)


def matcher_for(entries: Iterable[OfficialeseEntry]) -> OfficialeseMatcher:
    """A matcher for a word list, reused while the same list comes back (as it does per request)."""
    return _cached_matcher(tuple(entries))


def _split_list(value: str | None) -> tuple[str, ...]:
    """'door|met' → ('door', 'met'); empty parts are dropped."""
    return tuple(part.strip() for part in (value or "").split("|") if part.strip())


def parse_officialese_csv(text: str) -> list[OfficialeseEntry]:
    """Entries from CSV text with the columns word, alternatives and (optional) forms."""
    return [
        OfficialeseEntry(
            word=row["word"],
            alternatives=_split_list(row.get("alternatives")),
            forms=_split_list(row.get("forms")),
        )
        for row in csv.DictReader(io.StringIO(text))
        if (row.get("word") or "").strip()
    ]


@lru_cache(maxsize=1)
def load_default_officialese() -> tuple[OfficialeseEntry, ...]:
    """The curated default list shipped in ``readability/data/officialese.csv`` (cached)."""
    source = resources.files("readability").joinpath("data", "officialese.csv")
    return tuple(parse_officialese_csv(source.read_text(encoding="utf-8")))
