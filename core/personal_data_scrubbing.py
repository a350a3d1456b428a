"""Find and remove personal data that residents type by accident into free text.

Pure Python, no Django imports. ``find_personal_data`` returns what it finds (kind and span);
``scrub_personal_data`` replaces it. Kinds: e-mail addresses, Dutch and international phone
numbers, IBANs, BSN-like numbers and postcodes with a house number. Ordinary numbers stay: years,
dates, times, prices, a postcode on its own and the municipal number 14 0162.

Logs (feedback, search queries) are scrubbed with ``LOG_KINDS``, which keep addresses: there a
street or postcode helps to understand the problem. Texts that become public (ideas, reactions,
proposals, initiatives, survey answers) are checked for ``PUBLIC_KINDS``, addresses included.

Phone numbers are found in two steps, because a single regular expression either misses the many
ways people write them (06-12345678, (0162) 12 34 56, +31 (0)6 1234 5678) or swallows neighbouring
numbers. First a "run" of digit groups and separators is found; then each group is tried as the
start of a phone number and the following groups are added until the digits make a valid one.

Each kind is searched in the text with earlier findings masked out, so one piece of text is never
two findings (an e-mail address holding digits is not also a phone number).
"""

import enum
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

REDACTED = "[verwijderd]"
MASK = "\x00"


class PersonalDataKind(enum.StrEnum):
    """The kinds of personal data the detector recognises."""

    EMAIL = "email"
    IBAN = "iban"
    ADDRESS = "address"
    PHONE = "phone"
    BSN = "bsn"


LOG_KINDS = frozenset(
    {
        PersonalDataKind.EMAIL,
        PersonalDataKind.IBAN,
        PersonalDataKind.PHONE,
        PersonalDataKind.BSN,
    }
)
PUBLIC_KINDS = frozenset(PersonalDataKind)


@dataclass(frozen=True)
class Finding:
    """One piece of personal data in a text: its kind and where it is (``text[start:end]``)."""

    kind: PersonalDataKind
    start: int
    end: int


EMAIL = re.compile(
    r"[\w.+-]+\s?(?:@|\(at\)|\[at\])\s?[\w-]+(?:(?:\.|\s?(?:\(dot\)|\[dot\])\s?)[\w-]+)+",
    re.IGNORECASE,
)
# Dutch IBAN shape (NL + 2 check digits + 4-letter bank code + 10 digits), with optional spaces.
DUTCH_IBAN = re.compile(r"\bNL\s?\d{2}(?:\s?[A-Z]){4}(?:\s?\d){10}\b", re.IGNORECASE)
# Any other IBAN: removed only when its mod-97 checksum is right.
IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,3})?\b", re.IGNORECASE)
# Dates and times are never phone numbers: 06-11-2024, 1/2/2025, 06.11.2024.
DATE = re.compile(r"(?<!\d)\d{1,2}([-/.])\d{1,2}\1(?:19|20)?\d{2}(?!\d)")
# A run of digit groups joined by separators: spaces, dots, hyphens, slashes and parentheses.
NUMBER_RUN = re.compile(
    r"(?<![\w+])\+?\(?\d[\d]*(?:(?:[ \t.\-/]{1,3}|\)[ \t.\-/]{0,2}|[ \t]?\()\(?\d+)*\)?"
)
GROUP = re.compile(r"\d+")
# BSN: nine digits, plain or written as 1234.56.789 / 123 456 789, checked with the eleven test.
BSN = re.compile(
    r"(?<![\w.,])(?:\d{9}|\d{4}[ .]\d{2}[ .]\d{3}|\d{3}[ .]\d{3}[ .]\d{3})(?![\w]|[.,]\d)"
)
# A Dutch postcode: 4931 AB or 4931AB (4931ab only when written together, so "2024 en" is no
# postcode). SA, SD and SS are not used.
POSTCODE = r"[1-9]\d{3}(?:[ \t]?(?!SA|SD|SS)[A-Z]{2}|[a-z]{2})"
HOUSE_NUMBER = r"\d{1,5}(?:[ \t]?[A-Za-z](?![\w])|[-/]\w{1,4})?"
# A postcode with a house number: "4931 AB 12a", "4931AB nr. 12", or a street with a number
# followed by the postcode: "Markt 12a, 4931 AB". A postcode alone is not a finding.
ADDRESS = re.compile(
    rf"\b{POSTCODE}[ \t]+(?:(?:nr|huisnummer)\.?[ \t]*)?{HOUSE_NUMBER}(?![\w,.]\d)"
    rf"|(?<=[^\W\d][ \t])\b{HOUSE_NUMBER}[ \t]*,?[ \t]*{POSTCODE}\b"
)

MAX_PHONE_DIGITS = 15


def find_personal_data(text: str, kinds: Iterable[str] = PUBLIC_KINDS) -> list[Finding]:
    """The personal data of the given ``kinds`` in ``text``, in the order it appears."""
    kinds = frozenset(kinds)
    findings: list[Finding] = []
    masked = text
    for kind, finder in _FINDERS:
        if kind not in kinds:
            continue
        spans = list(finder(masked))
        findings.extend(Finding(kind, start, end) for start, end in spans)
        masked = _mask(masked, spans)
    return sorted(findings, key=lambda finding: finding.start)


def scrub_personal_data(
    text: str,
    kinds: Iterable[str] = LOG_KINDS,
    replacement: Callable[[PersonalDataKind], str] | None = None,
) -> str:
    """``text`` with the personal data of the given ``kinds`` replaced.

    Each finding becomes ``replacement(kind)``, or ``REDACTED`` without a ``replacement``.
    """
    pieces, position = [], 0
    for finding in find_personal_data(text, kinds):
        pieces.append(text[position : finding.start])
        pieces.append(replacement(finding.kind) if replacement else REDACTED)
        position = finding.end
    pieces.append(text[position:])
    return "".join(pieces)


def _mask(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with each span overwritten by ``MASK`` characters (same length, so offsets hold)."""
    for start, end in spans:
        text = text[:start] + MASK * (end - start) + text[end:]
    return text


def _find_emails(text: str) -> Iterator[tuple[int, int]]:
    for match in EMAIL.finditer(text):
        yield match.span()


def _find_ibans(text: str) -> Iterator[tuple[int, int]]:
    dutch = [match.span() for match in DUTCH_IBAN.finditer(text)]
    yield from dutch
    for match in IBAN.finditer(_mask(text, dutch)):
        if is_valid_iban(match.group()):
            yield match.span()


def _find_addresses(text: str) -> Iterator[tuple[int, int]]:
    for match in ADDRESS.finditer(text):
        yield match.span()


def _find_phone_numbers(text: str) -> Iterator[tuple[int, int]]:
    """Phone numbers outside dates, so a date next to a number stays as it is."""
    without_dates = _mask(text, [match.span() for match in DATE.finditer(text)])
    for match in NUMBER_RUN.finditer(without_dates):
        for start, end in _phone_spans(match.group()):
            yield match.start() + start, match.start() + end


def _find_bsns(text: str) -> Iterator[tuple[int, int]]:
    for match in BSN.finditer(text):
        if is_bsn(match.group()):
            yield match.span()


_FINDERS = (
    (PersonalDataKind.EMAIL, _find_emails),
    (PersonalDataKind.IBAN, _find_ibans),
    (PersonalDataKind.ADDRESS, _find_addresses),
    (PersonalDataKind.PHONE, _find_phone_numbers),
    (PersonalDataKind.BSN, _find_bsns),
)


def is_valid_iban(candidate: str) -> bool:
    """True when ``candidate`` passes the IBAN mod-97 check (ISO 13616)."""
    compact = re.sub(r"\s", "", candidate).upper()
    if not 15 <= len(compact) <= 34:
        return False
    rearranged = compact[4:] + compact[:4]
    digits = "".join(str(int(char, 36)) for char in rearranged)
    return int(digits) % 97 == 1


def is_bsn(candidate: str) -> bool:
    """True when the nine digits of ``candidate`` pass the BSN eleven test."""
    digits = [int(char) for char in candidate if char.isdigit()]
    if len(digits) != 9 or not any(digits):
        return False
    total = sum(weight * digit for weight, digit in zip(range(9, 1, -1), digits[:8], strict=True))
    return (total - digits[8]) % 11 == 0


def is_phone_number(digits: str, international: bool, first_group: str) -> bool:
    """Whether a digit string, as written from its first group on, is a phone number.

    ``international`` means it was written with ``+`` or ``00`` in front (``digits`` then starts
    with the country code). National Dutch numbers have ten digits starting with 0; the first
    group is the whole number or an area code of two (06 only), three or four digits.
    """
    if international:
        if digits.startswith("31"):
            rest = digits[2:]
            if rest.startswith("0"):  # +31 (0)6 ...
                rest = rest[1:]
            return len(rest) == 9 and rest[0] != "0"
        return 8 <= len(digits) <= MAX_PHONE_DIGITS
    if len(digits) != 10 or not re.match(r"0[1-9]", digits):
        return False
    if len(first_group) == 2:
        return first_group == "06" and digits[2] != "0"
    return len(first_group) in (3, 4, 10)


def _phone_spans(run: str) -> list[tuple[int, int]]:
    """Where the phone numbers are inside one run of digit groups (offsets in ``run``)."""
    groups = list(GROUP.finditer(run))
    spans, index = [], 0
    while index < len(groups):
        end = _phone_end(run, groups, index)
        if end is None:
            index += 1
            continue
        start = groups[index].start()
        if start > 0 and run[start - 1] == "(":
            start -= 1
        if start > 0 and run[start - 1] == "+":
            start -= 1
        stop = groups[end].end()
        if stop < len(run) and run[stop] == ")":
            stop += 1
        spans.append((start, stop))
        index = end + 1
    return spans


def _phone_end(run: str, groups: list, index: int) -> int | None:
    """Index of the last group of a phone number starting at ``groups[index]``, or None."""
    first = groups[index].group()
    prefix = run[: groups[index].start()].rstrip("(")
    international = prefix.endswith("+") or first.startswith("00")
    digits = ""
    best = None
    for end in range(index, len(groups)):
        digits += groups[end].group()
        country_digits = (
            digits[2:] if not prefix.endswith("+") and first.startswith("00") else digits
        )
        if len(country_digits) > MAX_PHONE_DIGITS:
            break
        if is_phone_number(country_digits, international, first):
            best = end
            if not international or country_digits.startswith("31"):
                break  # national and Dutch numbers have a fixed length: the first match is it
    return best
