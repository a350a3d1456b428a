"""Split Dutch plain text into headings, paragraphs, list items and sentences, with exact offsets.

Layout rules (plain text as editors and the CLI give it):

- A blank line separates paragraphs.
- A line that is one of the given headings (compared after stripping), or that starts with a
  Markdown ``#``, is a heading. Headings end the sentence before them and start a new section.
- A line starting with ``- ``, ``* ``, ``• ``, ``1. `` or ``1) `` is a list item; an indented line
  right after it continues the item. Consecutive items form a list.
- A single line break inside a paragraph or a list item is a space: text wrapped at a fixed
  width reads as the sentences it holds. A blank line, a heading and a list item end a sentence.

Within a line, ``.``, ``!``, ``?`` and ``;`` end a sentence, except where a full stop belongs to
an abbreviation (o.a., bijv., t.a.v., dhr., ...), an initial ("J. de Vries"), a number, time or
date (1.250, 09.00, 1.1.2026) or an ellipsis. Every span satisfies
``text[start:end] == sentence`` and has no surrounding whitespace.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass

from readability.words import word_set

HEADING = "heading"
PARAGRAPH = "paragraph"
LIST = "list"

# Never the last word of a sentence in practice: titles, and abbreviations that always introduce
# something ("t.a.v. de directie", "nr. 5", "ca. 20", "incl. btw"). A full stop after them
# never ends the sentence.
CONTINUING_ABBREVIATIONS = word_set(
    """
    o.a bijv bv b.v ca t.a.v m.b.t d.w.z i.p.v o.b.v i.v.m zgn nr nrs dhr mevr mw mej mr dr drs
    ing ir prof st tel incl excl max vgl resp evt blz art afd m.i.v n.a.v o.v.v d.d t.b.v z.g.a.n
    """
)
# Abbreviations that may well close a sentence ("..., kranten enz. Daarna ...") or that are also
# ordinary words ("zo", "ma", "min", the name "Jan"): their full stop ends a sentence only when
# the next word starts with a capital.
CLOSING_ABBREVIATIONS = word_set(
    """
    enz etc e.d e.a jl a.s z.s.m t.z.t a.u.b s.v.p p.p min
    ma di wo do vr za zo
    jan feb mrt apr jun jul aug sep sept okt nov dec
    """
)

_MARKDOWN_HEADING = re.compile(r"[ \t]{0,3}#{1,6}[ \t]+(?=\S)")
_LIST_MARKER = re.compile(r"[ \t]*(?:[-*•]|\d{1,3}[.)])[ \t]+(?=\S)")
_TERMINATORS = re.compile(r"[.!?;…]+")
# Closing quotes and brackets stay with the sentence they close: 'Hij zei: "Kom." Daarna...'
_CLOSERS = "\"'”’)]»"
_OPENERS = "\"'“‘([«"
_INITIALS = re.compile(r"(?:[^\W\d_]\.)*[^\W\d_]")
_HAS_WORD = re.compile(r"[^\W_]")


@dataclass(frozen=True, slots=True)
class Block:
    """A heading, a paragraph or a list: its kind and its spans (one per list item; a heading or
    paragraph has one span, which may cross line breaks)."""

    kind: str
    lines: tuple[tuple[int, int], ...]

    @property
    def start(self) -> int:
        """Offset of the block's first character."""
        return self.lines[0][0]

    @property
    def end(self) -> int:
        """Offset just past the block's last character."""
        return self.lines[-1][1]


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without leading and trailing whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split_blocks(text: str, headings: Iterable[str] = ()) -> list[Block]:
    """Headings, paragraphs and lists of a plain text, in reading order (see the module doc)."""
    heading_texts = {heading.strip() for heading in headings if heading.strip()}
    blocks: list[Block] = []
    current_kind: str | None = None
    current_lines: list[tuple[int, int]] = []

    def close() -> None:
        nonlocal current_kind
        if current_lines:
            blocks.append(Block(current_kind or PARAGRAPH, tuple(current_lines)))
            current_lines.clear()
        current_kind = None

    offset = 0
    for line in text.split("\n"):
        line_start, line_end = offset, offset + len(line)
        offset = line_end + 1
        start, end = _trimmed(text, line_start, line_end)
        if start == end:
            close()
            continue
        if text[start:end] in heading_texts:
            close()
            blocks.append(Block(HEADING, ((start, end),)))
            continue
        markdown = _MARKDOWN_HEADING.match(line)
        if markdown:
            close()
            blocks.append(Block(HEADING, (_trimmed(text, line_start + markdown.end(), end),)))
            continue
        marker = _LIST_MARKER.match(line)
        if marker:
            if current_kind != LIST:
                close()
                current_kind = LIST
            current_lines.append((line_start + marker.end(), end))
        elif current_kind == LIST and line[:1] in " \t":
            # An indented line under a list item continues that item's text.
            current_lines[-1] = (current_lines[-1][0], end)
        elif current_kind == PARAGRAPH:
            current_lines[-1] = (current_lines[-1][0], end)
        else:
            close()
            current_kind = PARAGRAPH
            current_lines.append((start, end))
    close()
    return blocks


def _next_word_is_capitalised(text: str, position: int, end: int) -> bool:
    """Whether the first letter after ``position`` (skipping spaces and openers) is a capital."""
    while position < end and (text[position].isspace() or text[position] in _OPENERS):
        position += 1
    return position < end and text[position].isupper()


def _word_before(text: str, position: int, line_start: int) -> str:
    """The word that ends at ``position``, dots between its letters included ("t.a.v", "J.P")."""
    # Scanning back a few characters beats a regular expression anchored at the end, which
    # would be tried from every starting position.
    start = position
    while start > line_start and (
        text[start - 1].isalnum()
        or (text[start - 1] == "." and start - 2 >= line_start and text[start - 2].isalnum())
    ):
        start -= 1
    return text[start:position]


def _full_stop_ends_sentence(text: str, dot: int, line_start: int, line_end: int) -> bool:
    """Whether the full stop at ``dot`` (followed by a space or the line end) ends a sentence."""
    word = _word_before(text, dot, line_start)
    if not word:
        return True  # after a bracket, quote or number sign: "(zie bijlage). Daarna"
    if word[0].isdigit():
        return True  # a number, amount or date closes the sentence: "op 1.1.2026. Daarna"
    lowered = word.lower()
    if lowered in CONTINUING_ABBREVIATIONS:
        return False
    if word[0].isupper() and _INITIALS.fullmatch(word):
        return False  # initials: "J. de Vries", "J.P. Balkenende"
    if lowered in CLOSING_ABBREVIATIONS or "." in word or len(word) == 1:
        return _next_word_is_capitalised(text, dot + 1, line_end)
    return True


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans within one paragraph or list item ``text[start:end]``.

    Line breaks inside the span are white space like any other; the caller splits paragraphs.
    """
    stop = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    sentence_start = start
    for match in _TERMINATORS.finditer(text, start, stop):
        marks = match.group()
        after = match.end()
        while after < stop and text[after] in _CLOSERS:
            after += 1
        if after < stop and not text[after].isspace():
            continue  # inside a word or number: 1.250, 09.00, o.a., www.example.nl
        if ".." in marks or "…" in marks:
            continue  # an ellipsis trails off but does not end the sentence
        if marks == "." and not _full_stop_ends_sentence(text, match.start(), start, stop):
            continue
        spans.append((sentence_start, after))
        sentence_start = after
    spans.append((sentence_start, stop))
    trimmed = (_trimmed(text, span_start, span_end) for span_start, span_end in spans)
    return [(s, e) for s, e in trimmed if _HAS_WORD.search(text, s, e)]


def sentence_spans(text: str, headings: Iterable[str] = ()) -> list[tuple[int, int]]:
    """Spans of all body sentences (headings left out), in reading order."""
    return [
        span
        for block in split_blocks(text, headings)
        if block.kind != HEADING
        for line_start, line_end in block.lines
        for span in split_sentences(text, line_start, line_end)
    ]
