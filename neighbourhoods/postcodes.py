"""The postcode lookup "Wat speelt er in mijn buurt?": from a resident's postcode to an area page.

A Dutch postcode is four digits (not starting with 0) and two letters, such as ``4941 AB``.
The mapping (``PostcodeArea``) links whole 4-digit postcodes, or letter ranges where one
postcode is split over two areas, to an area (``places.Area``). Only areas with a published,
public area page count, and the page comes back in the language the resident reads the site in,
when it has been translated.
"""

import enum
import re
from dataclasses import dataclass, field

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from neighbourhoods.models import AreaPage, PostcodeArea
from places.models import Area

#: Longer input is not a postcode; the form field allows this many characters too.
MAX_INPUT_LENGTH = 20

# ASCII only: str.upper() would turn "ß" into "SS" and "ı" into "I".
POSTCODE_PATTERN = re.compile(r"([1-9][0-9]{3})(?: ?([A-Za-z]{2}))?", re.ASCII)


class MalformedPostcode(ValueError):
    """The text is not a Dutch postcode such as 4941 AB or 4941."""


def normalise_postcode(text: str | None) -> tuple[str, str]:
    """``("4941", "AB")`` for "4941AB", "4941 ab" or " 4941 AB "; ``("4941", "")`` for "4941".

    Raises ``MalformedPostcode`` for anything else, such as "494", "0941 AB", "4941 A" or
    "4941  AB" (two spaces).
    """
    if text is None or len(text) > MAX_INPUT_LENGTH:
        raise MalformedPostcode(text)
    match = POSTCODE_PATTERN.fullmatch(text.strip())
    if match is None:
        raise MalformedPostcode(text)
    digits, letters = match.groups()
    return digits, (letters or "").upper()


def letter_ranges_conflict(first: tuple[str, str], second: tuple[str, str]) -> bool:
    """True when two rows of the same 4-digit postcode claim the same addresses.

    Each range is ``(letters_from, letters_to)``; ``("", "")`` is the whole postcode, which
    conflicts with every other row. Letter ranges are inclusive.
    """
    (first_from, first_to), (second_from, second_to) = first, second
    if not first_from or not second_from:
        return True
    return first_from <= second_to and second_from <= first_to


class LookupOutcome(enum.StrEnum):
    FOUND = "found"
    NEEDS_LETTERS = "needs_letters"
    UNKNOWN = "unknown"
    MALFORMED = "malformed"


MESSAGES = {
    LookupOutcome.MALFORMED: _("Fill in a postcode such as 4941 AB."),
    LookupOutcome.UNKNOWN: _("This postcode is not part of the municipality of Geertruidenberg."),
}
TWO_AREAS = _("This postcode is in two neighbourhoods. Also fill in the two letters.")
MORE_AREAS = _("This postcode is in more than two neighbourhoods. Also fill in the two letters.")


@dataclass(frozen=True)
class LookupResult:
    """What the lookup found: one ``area``, the ``candidates`` to choose from, or nothing."""

    outcome: LookupOutcome
    postcode: str = ""
    area: AreaPage | None = None
    candidates: list[AreaPage] = field(default_factory=list)

    @property
    def found(self) -> bool:
        return self.outcome == LookupOutcome.FOUND

    @property
    def message(self) -> str:
        """What the resident reads when no single area was found (Dutch on the Dutch site)."""
        if self.outcome == LookupOutcome.FOUND:
            return ""
        if self.outcome == LookupOutcome.NEEDS_LETTERS:
            return gettext(TWO_AREAS if len(self.candidates) == 2 else MORE_AREAS)
        return gettext(MESSAGES[self.outcome])


def display_postcode(digits: str, letters: str) -> str:
    """The postcode as residents write it: "4941 AB", or "4941" without letters."""
    return f"{digits} {letters}" if letters else digits


def lookup(text: str | None, locale: Locale | None = None) -> LookupResult:
    """Find the area page for a postcode typed by a resident.

    FOUND: one area (also when the postcode is split and the letters decide). NEEDS_LETTERS:
    the 4-digit postcode is split over several areas and no letters were given. UNKNOWN: a valid
    postcode outside the municipality (or letters outside every range). MALFORMED: not a
    postcode. Area pages are returned in ``locale`` (default: the active language) when they
    have a published translation in it.
    """
    try:
        digits, letters = normalise_postcode(text)
    except MalformedPostcode:
        return LookupResult(LookupOutcome.MALFORMED)
    postcode = display_postcode(digits, letters)
    rows = list(
        PostcodeArea.objects.filter(digits=digits)
        .select_related("area")
        .order_by("letters_from", "pk")
    )
    if letters:
        # A letter range is more precise than a row for the whole postcode.
        rows = sorted(
            (row for row in rows if row.covers(letters)), key=lambda r: not r.letters_from
        )
    areas = pages_for(list({row.area_id: row.area for row in rows}.values()), locale)
    if not areas:
        return LookupResult(LookupOutcome.UNKNOWN, postcode)
    if letters or len(areas) == 1:
        return LookupResult(LookupOutcome.FOUND, postcode, area=areas[0])
    return LookupResult(LookupOutcome.NEEDS_LETTERS, postcode, candidates=areas)


def pages_for(areas: list[Area], locale: Locale | None = None) -> list[AreaPage]:
    """The published, public page of each area, in ``locale`` (default: the active language)
    when it has one there, else in the default language; areas without such a page are left
    out."""
    pages = (area.page(locale) for area in areas)
    return [page for page in pages if page is not None]
