"""The Dutch plain-language (B1) analyser: from text to a :class:`~readability.report.Report`.

Pure Python, no Django: the Wagtail integration, the CLI and the tests all call :func:`analyse`
or :func:`analyse_blocks`. Each check is one function below that returns its findings and its
page-level :class:`~readability.report.Check`; the thresholds live in
:mod:`readability.thresholds`.
"""

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from readability import passive, rare_words, thresholds
from readability.flesch_douma import douma_label, flesch_douma
from readability.officialese import OfficialeseEntry, load_default_officialese, matcher_for
from readability.passive import WORDEN, PassiveMatch, find_passives
from readability.rare_words import MIN_LETTERS, is_rare
from readability.report import Check, Finding, Report, Sentence
from readability.sentences import HEADING, LIST, PARAGRAPH, Block, split_blocks, split_sentences
from readability.syllables import count_syllables
from readability.thresholds import GREEN, INFO, ORANGE, RED
from readability.words import Token, tokens

BLOCK_KINDS = ("heading", "paragraph", "list_item")
RARE_WORD_MESSAGE = "Is dit woord bekend bij iedereen? Leg het uit of gebruik een gewoner woord."

# Kinds of text units.
_HEADING = "heading"
_SENTENCE = "sentence"
_LIST_ITEM = "list_item"


@dataclass(slots=True)
class _Unit:
    """A heading, sentence or list item with its words and the block it belongs to."""

    kind: str
    start: int
    end: int
    tokens: list[Token]
    block: int


@dataclass
class _Page:
    """The laid-out text every check reads: blocks, units and the body sentences."""

    text: str
    blocks: list[Block]
    units: list[_Unit]
    body: list[_Unit] = field(init=False)
    lengths: list[int] = field(init=False)
    words: int = field(init=False)

    def __post_init__(self) -> None:
        self.body = [unit for unit in self.units if unit.kind != _HEADING]
        self.lengths = [len(unit.tokens) for unit in self.body]
        self.words = sum(self.lengths)

    def span(self, start: int, end: int) -> str:
        """The text between two offsets."""
        return self.text[start:end]

    @property
    def average_sentence_length(self) -> float:
        """Words per body sentence (0.0 without sentences)."""
        return self.words / len(self.body) if self.body else 0.0

    def share(self, count: int) -> float:
        """``count`` as a fraction of the body sentences (0.0 without sentences)."""
        return count / len(self.body) if self.body else 0.0


def analyse(
    text: str = "",
    *,
    headings: Iterable[str] = (),
    paragraphs: Sequence[str] | None = None,
    officialese: Iterable[OfficialeseEntry] | None = None,
) -> Report:
    """Analyse plain text (see :mod:`readability.sentences` for how it is laid out).

    ``headings`` are lines to treat as headings; ``paragraphs`` is used, joined by blank lines,
    when ``text`` is empty; ``officialese`` is the word list to use (None: the default list).
    """
    if not text and paragraphs is not None:
        text = "\n\n".join(paragraphs)
    return _analyse(text, split_blocks(text, headings), officialese)


def analyse_blocks(
    blocks: Sequence[tuple[str, str]], *, officialese: Iterable[OfficialeseEntry] | None = None
) -> Report:
    """Analyse structured page text: ``(kind, text)`` pairs in reading order.

    Kinds are "heading", "paragraph" and "list_item". The report's text joins the blocks with
    blank lines (consecutive list items with single line breaks); offsets refer to that text.
    """
    text, layout = _layout(blocks)
    return _analyse(text, layout, officialese)


def _layout(blocks: Sequence[tuple[str, str]]) -> tuple[str, list[Block]]:
    """Join (kind, text) blocks into one text and lay it out without re-guessing the kinds."""
    parts: list[str] = []
    layout: list[Block] = []
    length = 0
    previous_kind = None
    for kind, block_text in blocks:
        if kind not in BLOCK_KINDS:
            raise ValueError(f"unknown block kind {kind!r}; expected one of {BLOCK_KINDS}")
        block_text = block_text.strip()
        if not block_text:
            continue
        separator = "\n" if kind == previous_kind == "list_item" else "\n\n"
        if parts:
            parts.append(separator)
            length += len(separator)
        start = length
        parts.append(block_text)
        length += len(block_text)
        if kind == "heading":
            layout.append(Block(HEADING, ((start, length),)))
        elif kind == "list_item" and previous_kind == "list_item":
            layout[-1] = Block(LIST, (*layout[-1].lines, (start, length)))
        else:
            layout.append(Block(LIST if kind == "list_item" else PARAGRAPH, ((start, length),)))
        previous_kind = kind
    return "".join(parts), layout


def _units(text: str, blocks: list[Block]) -> list[_Unit]:
    """Headings, sentences and list-item sentences with their words, in reading order."""
    units = []
    for index, block in enumerate(blocks):
        if block.kind == HEADING:
            start, end = block.lines[0]
            units.append(_Unit(_HEADING, start, end, tokens(text, start, end), index))
            continue
        kind = _LIST_ITEM if block.kind == LIST else _SENTENCE
        for line_start, line_end in block.lines:
            for start, end in split_sentences(text, line_start, line_end):
                units.append(_Unit(kind, start, end, tokens(text, start, end), index))
    return units


def _number(value: float) -> str:
    """A number the Dutch way: 14,2 (whole numbers without decimals)."""
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.1f}".replace(".", ",")


def _percent(share: float) -> str:
    """A fraction as a Dutch percentage: "12 %"."""
    return f"{round(100 * share)} %"


def _quote(text: str) -> str:
    """Quote a word or phrase for a message."""
    return f"‘{text}’"


def _of_sentences(count: int, total: int) -> str:
    """The verb agrees with the count: "1 van de 4 zinnen heeft", "2 van de 4 zinnen hebben"."""
    return f"{count} van de {total} zinnen {'heeft' if count == 1 else 'hebben'}"


CheckResult = tuple[list[Finding], Check]


def _long_count(page: _Page) -> int:
    """How many body sentences have more than 20 words."""
    return sum(words > thresholds.SENTENCE_ORANGE_MAX for words in page.lengths)


def _check_sentence_length(page: _Page) -> CheckResult:
    """Long sentences, and the page's sentence-length check."""
    findings = []
    for unit, words in zip(page.body, page.lengths, strict=True):
        severity = thresholds.sentence_severity(words)
        if severity == GREEN:
            continue
        if severity == RED:
            message = f"Deze zin heeft {words} woorden. Maak er twee zinnen van."
        else:
            message = (
                f"Deze zin heeft {words} woorden. Kan het korter? "
                f"Zinnen tot {thresholds.SENTENCE_GREEN_MAX} woorden lezen het makkelijkst."
            )
        findings.append(
            Finding(
                "long_sentence",
                severity,
                message,
                unit.start,
                unit.end,
                page.span(unit.start, unit.end),
            )
        )

    count = len(page.body)
    longest = max(page.lengths, default=0)
    long_count = _long_count(page)
    severity = thresholds.sentence_length_severity(page.lengths)
    if severity == RED and longest > thresholds.SENTENCE_ALWAYS_RED_ABOVE:
        summary = (
            f"De langste zin heeft {longest} woorden. Zinnen van meer dan "
            f"{thresholds.SENTENCE_ALWAYS_RED_ABOVE} woorden zijn te lang voor B1: knip ze op."
        )
    elif severity == RED:
        summary = (
            f"{_of_sentences(long_count, count)} meer dan {thresholds.SENTENCE_ORANGE_MAX} "
            "woorden. Maak ze korter."
        )
    elif severity == ORANGE:
        over = sum(words > thresholds.SENTENCE_GREEN_MAX for words in page.lengths)
        summary = (
            f"{_of_sentences(over, count)} meer dan {thresholds.SENTENCE_GREEN_MAX} woorden; "
            f"de langste heeft er {longest}."
        )
    else:
        summary = f"Alle zinnen hebben {thresholds.SENTENCE_GREEN_MAX} woorden of minder."
    return findings, Check("sentence_length", severity, "Zinslengte", longest, summary)


def _check_average_sentence_length(page: _Page) -> Check:
    """The page's average sentence length together with its share of long sentences."""
    average = page.average_sentence_length
    long_share = page.share(_long_count(page))
    summary = (
        f"Gemiddeld {_number(round(average, 1))} woorden per zin; {_percent(long_share)} van de "
        f"zinnen heeft meer dan {thresholds.SENTENCE_ORANGE_MAX} woorden. Voor B1: gemiddeld "
        f"hooguit {_number(thresholds.AVERAGE_GREEN_MAX)} woorden."
    )
    return Check(
        "average_sentence_length",
        thresholds.average_sentence_length_severity(average, long_share),
        "Gemiddelde zinslengte",
        round(average, 1),
        summary,
    )


def _passive_finding(page: _Page, match: PassiveMatch) -> Finding:
    first, last = sorted((match.auxiliary, match.participle), key=lambda token: token.start)
    adjacent = not page.span(first.end, last.start).strip()
    shown = _quote(f"{first.text} {last.text}" if adjacent else f"{first.text} … {last.text}")
    if match.kind == WORDEN:
        severity = ORANGE
        message = f"Lijdende vorm: {shown}. Schrijf wie het doet, bijvoorbeeld ‘wij’, ‘de gemeente’ of ‘u’."
    else:
        severity = INFO
        message = f"Misschien lijdende vorm: {shown}. Is het belangrijk wie het deed? Zeg dat dan."
    return Finding(
        "passive", severity, message, match.start, match.end, page.span(match.start, match.end)
    )


def _check_passive(page: _Page) -> tuple[list[Finding], Check, float]:
    """Passive voice: sentences with a worden-passive count; zijn-passives are information.

    Also returns the share of body sentences with a worden-passive.
    """
    findings = []
    passive_sentences = 0
    for unit in page.body:
        matches = find_passives(page.text, unit.tokens)
        passive_sentences += any(match.kind == WORDEN for match in matches)
        findings += [_passive_finding(page, match) for match in matches]
    share = page.share(passive_sentences)
    summary = (
        f"{passive_sentences} van de {len(page.body)} zinnen ({_percent(share)}) "
        f"{'staat' if passive_sentences == 1 else 'staan'} in de lijdende vorm. "
        f"Voor B1: hooguit {_percent(thresholds.PASSIVE_GREEN_MAX)}."
        if passive_sentences
        else "Geen zinnen in de lijdende vorm met ‘worden’."
    )
    check = Check(
        "passive",
        thresholds.passive_severity(share),
        "Lijdende vorm",
        round(100 * share, 1),
        summary,
    )
    return findings, check, share


def _check_officialese(page: _Page, entries: Iterable[OfficialeseEntry]) -> CheckResult:
    """Officialese words and phrases, headings included, each with its plain alternative."""
    matcher = matcher_for(entries)
    findings = []
    for unit in page.units:
        for match in matcher.find(page.text, unit.tokens):
            entry = match.entry
            message = f"{_quote(entry.word)} is ambtelijke taal."
            if entry.alternatives:
                message += f" Schrijf liever {' of '.join(map(_quote, entry.alternatives))}."
            findings.append(
                Finding(
                    "officialese",
                    ORANGE,
                    message,
                    match.start,
                    match.end,
                    page.span(match.start, match.end),
                    entry.suggestion,
                )
            )
    count = len(findings)
    summary = (
        f"{count} ambtelijke {'woorden' if count > 1 else 'woord'} gevonden. "
        "Gebruik het gewone woord dat erbij staat."
        if count
        else "Geen ambtelijke woorden gevonden."
    )
    check = Check(
        "officialese", thresholds.officialese_severity(count), "Ambtelijke taal", count, summary
    )
    return findings, check


@lru_cache(maxsize=65536)
def _is_rare_as_written(word: str) -> bool:
    """Whether a word as written is rare, leaving out numbers, abbreviations, acronyms (GVB,
    WOZ) and short words, which a frequency list cannot judge."""
    if sum(character.isalpha() for character in word) < MIN_LETTERS:
        return False
    if any(character.isdigit() for character in word) or "." in word or word.isupper():
        return False
    return is_rare(word.lower())


def _inside(sorted_spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) lies within one of the sorted spans."""
    index = bisect_right(sorted_spans, (start, float("inf"))) - 1
    return index >= 0 and sorted_spans[index][1] >= end


def _names(page: _Page) -> set[str]:
    """Words written with a capital inside a sentence: names, also where they start one."""
    return {
        token.lower for unit in page.units for token in unit.tokens[1:] if token.text[0].isupper()
    }


def _check_rare_words(page: _Page, officialese: list[Finding]) -> CheckResult:
    """The first occurrence of each rare word (repeating the advice for every use would drown it).

    Skipped: numbers, abbreviations, acronyms, words under four letters, words already flagged
    as officialese, and names: capitalised inside a sentence, or at its start when the same
    word is capitalised inside another sentence.
    """
    flagged = sorted((finding.start, finding.end) for finding in officialese)
    names: set[str] | None = None  # collected only when needed; most pages never need it
    findings = []
    seen: set[str] = set()
    for unit in page.units:
        for index, token in enumerate(unit.tokens):
            if not _is_rare_as_written(token.text) or token.lower in seen:
                continue
            if token.text[0].isupper():
                if index > 0:
                    continue
                names = _names(page) if names is None else names
                if token.lower in names:
                    continue
            if _inside(flagged, token.start, token.end):
                continue  # already flagged as officialese, with a better suggestion
            seen.add(token.lower)
            findings.append(
                Finding("rare_word", INFO, RARE_WORD_MESSAGE, token.start, token.end, token.text)
            )
    count = len(findings)
    summary = (
        f"{count} {'woorden komen' if count > 1 else 'woord komt'} weinig voor. "
        "Leg ze uit of kies een gewoner woord."
        if count
        else "Geen weinig gebruikte woorden gevonden."
    )
    return findings, Check("rare_word", INFO, "Weinig gebruikte woorden", count, summary)


def _check_paragraphs(page: _Page) -> CheckResult:
    """Paragraph length. Lists are not paragraphs: their items are short by nature."""
    block_words = [0] * len(page.blocks)
    for unit in page.body:
        block_words[unit.block] += len(unit.tokens)
    findings = []
    paragraph_words = []
    for block, words in zip(page.blocks, block_words, strict=True):
        if block.kind != PARAGRAPH:
            continue
        paragraph_words.append(words)
        severity = thresholds.paragraph_severity(words)
        if severity == GREEN:
            continue
        advice = (
            "Maak er twee alinea’s van."
            if severity == ORANGE
            else "Verdeel hem in kortere alinea’s."
        )
        findings.append(
            Finding(
                "long_paragraph",
                severity,
                f"Deze alinea heeft {words} woorden. {advice}",
                block.start,
                block.end,
                page.span(block.start, block.end),
            )
        )
    longest = max(paragraph_words, default=0)
    summary = (
        f"De langste alinea heeft {longest} woorden. Voor B1: hooguit "
        f"{thresholds.PARAGRAPH_GREEN_MAX} woorden per alinea."
    )
    check = Check(
        "long_paragraph",
        thresholds.paragraph_severity(longest),
        "Lengte van alinea’s",
        longest,
        summary,
    )
    return findings, check


def _check_sections(page: _Page) -> CheckResult:
    """Section length: the words between two headings (or before the first)."""
    sections: list[list[_Unit]] = [[]]
    for unit in page.units:
        if unit.kind == _HEADING:
            sections.append([])
        else:
            sections[-1].append(unit)
    findings = []
    longest = 0
    for section in filter(None, sections):
        words = sum(len(unit.tokens) for unit in section)
        longest = max(longest, words)
        severity = thresholds.section_severity(words)
        if severity == GREEN:
            continue
        start, end = section[0].start, section[-1].end
        message = (
            f"Dit deel heeft {words} woorden zonder tussenkop. "
            "Zet er een tussenkop in, zodat lezers vinden wat ze zoeken."
        )
        findings.append(
            Finding("long_section", severity, message, start, end, page.span(start, end))
        )
    summary = (
        f"Het langste deel zonder tussenkop heeft {longest} woorden. Voor B1: een tussenkop "
        f"om de {thresholds.SECTION_GREEN_MAX} woorden."
    )
    check = Check(
        "long_section",
        thresholds.section_severity(longest),
        "Lengte van delen tussen tussenkoppen",
        longest,
        summary,
    )
    return findings, check


def _first_word(unit: _Unit) -> Token:
    """The word a sentence starts with, articles skipped ("De gemeente ..." starts with "gemeente")."""
    words = unit.tokens
    if words[0].lower in thresholds.SAME_START_SKIPPED and len(words) > 1:
        return words[1]
    return words[0]


def _check_same_start(page: _Page) -> CheckResult:
    """Runs of sentences starting with the same word; headings and list items break a run
    (list items often start alike on purpose)."""
    runs: list[list[_Unit]] = []
    for unit in page.units:
        if unit.kind != _SENTENCE:
            runs.append([])
        elif runs and runs[-1] and _first_word(runs[-1][-1]).lower == _first_word(unit).lower:
            runs[-1].append(unit)
        else:
            runs.append([unit])
    findings = []
    for run in runs:
        if len(run) < thresholds.SAME_START_RUN:
            continue
        start, end = run[0].start, run[-1].end
        message = (
            f"{len(run)} zinnen na elkaar beginnen met {_quote(_first_word(run[0]).text)}. "
            "Begin een van die zinnen eens anders."
        )
        findings.append(Finding("same_start", INFO, message, start, end, page.span(start, end)))
    count = len(findings)
    summary = (
        f"{count} keer beginnen {thresholds.SAME_START_RUN} of meer zinnen na elkaar met "
        "hetzelfde woord."
        if count
        else "Zinnen na elkaar beginnen niet steeds met hetzelfde woord."
    )
    return findings, Check("same_start", INFO, "Zinsbegin", count, summary)


def _check_flesch_douma(page: _Page) -> tuple[float, Check]:
    """Flesch–Douma on our own sentences and syllable count (information only)."""
    syllables = sum(count_syllables(token.text) for unit in page.body for token in unit.tokens)
    score = flesch_douma(page.words, len(page.body), syllables)
    summary = (
        f"Flesch-Douma {round(score)} ({douma_label(score)}). Alleen ter informatie: "
        "de score zegt weinig over B1."
        if page.words
        else "Geen tekst om te meten."
    )
    return score, Check("flesch_douma", INFO, "Flesch-Douma-leesgemak", round(score, 1), summary)


def clear_word_caches() -> None:
    """Forget every cached word look-up (frequencies, participles, syllables), so a benchmark
    can time a page of words never seen before. wordfreq's list itself stays loaded."""
    for cached in (
        _is_rare_as_written,
        rare_words.zipf,
        rare_words.is_rare,
        rare_words.is_common_compound,
        passive.is_participle,
        passive.participle_cores,
        count_syllables,
    ):
        cached.cache_clear()


def _analyse(
    text: str, blocks: list[Block], officialese: Iterable[OfficialeseEntry] | None
) -> Report:
    """Run every check on laid-out text and assemble the report."""
    page = _Page(text, blocks, _units(text, blocks))
    entries = load_default_officialese() if officialese is None else officialese
    sentence_findings, sentence_check = _check_sentence_length(page)
    passive_findings, passive_check, passive_share = _check_passive(page)
    officialese_findings, officialese_check = _check_officialese(page, entries)
    rare_findings, rare_check = _check_rare_words(page, officialese_findings)
    paragraph_findings, paragraph_check = _check_paragraphs(page)
    section_findings, section_check = _check_sections(page)
    same_start_findings, same_start_check = _check_same_start(page)
    score, flesch_check = _check_flesch_douma(page)
    checks = (
        sentence_check,
        _check_average_sentence_length(page),
        passive_check,
        officialese_check,
        rare_check,
        paragraph_check,
        section_check,
        same_start_check,
        flesch_check,
    )
    findings = sorted(
        [
            *sentence_findings,
            *passive_findings,
            *officialese_findings,
            *rare_findings,
            *paragraph_findings,
            *section_findings,
            *same_start_findings,
        ],
        # Reading order; a wider span (paragraph) before the narrower ones inside it.
        key=lambda finding: (finding.start, -finding.end),
    )
    return Report(
        text=text,
        sentences=_sentences_with_findings(page, findings),
        findings=tuple(findings),
        checks={check.code: check for check in checks},
        words=page.words,
        average_sentence_length=page.average_sentence_length,
        long_sentence_share=page.share(_long_count(page)),
        passive_share=passive_share,
        rare_word_share=len(rare_findings) / page.words if page.words else 0.0,
        flesch_douma=score,
    )


def _sentences_with_findings(page: _Page, findings: list[Finding]) -> tuple[Sentence, ...]:
    """Body sentences, each with the indices of the findings that lie inside it."""
    starts = [unit.start for unit in page.body]
    inside: list[list[int]] = [[] for _ in page.body]
    for index, finding in enumerate(findings):
        position = bisect_right(starts, finding.start) - 1
        if position >= 0 and finding.end <= page.body[position].end:
            inside[position].append(index)
    return tuple(
        Sentence(
            text=page.span(unit.start, unit.end),
            start=unit.start,
            end=unit.end,
            words=len(unit.tokens),
            findings=tuple(found),
        )
        for unit, found in zip(page.body, inside, strict=True)
    )
