"""Remove personal data that residents type by accident into free text (feedback, search logs).

Pure Python, no Django imports. ``scrub_personal_data`` replaces e-mail addresses, Dutch and
international phone numbers, IBANs and BSN-like numbers with ``REDACTED``. Ordinary numbers stay:
years, dates, times, prices, house numbers, postcodes and the municipal number 14 0162.

Phone numbers are found in two steps, because a single regular expression either misses the many
ways people write them (06-12345678, (0162) 12 34 56, +31 (0)6 1234 5678) or swallows neighbouring
numbers. First a "run" of digit groups and separators is found; then each group is tried as the
start of a phone number and the following groups are added until the digits make a valid one.
"""

import re

REDACTED = "[verwijderd]"

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

MAX_PHONE_DIGITS = 15


def scrub_personal_data(text: str) -> str:
    """``text`` with e-mail addresses, phone numbers, IBANs and BSNs replaced by ``REDACTED``."""
    text = EMAIL.sub(REDACTED, text)
    text = DUTCH_IBAN.sub(REDACTED, text)
    text = IBAN.sub(lambda match: REDACTED if is_valid_iban(match.group()) else match.group(), text)
    text = _outside_dates(text, _scrub_phone_numbers)
    return BSN.sub(lambda match: REDACTED if is_bsn(match.group()) else match.group(), text)


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


def _outside_dates(text: str, scrub) -> str:
    """Apply ``scrub`` to the parts of ``text`` between dates, so dates stay as they are."""
    parts, position = [], 0
    for match in DATE.finditer(text):
        parts.append(scrub(text[position : match.start()]))
        parts.append(match.group())
        position = match.end()
    parts.append(scrub(text[position:]))
    return "".join(parts)


def _scrub_phone_numbers(text: str) -> str:
    return NUMBER_RUN.sub(lambda match: _scrub_run(match.group()), text)


def _scrub_run(run: str) -> str:
    """Replace each phone number inside one run of digit groups."""
    groups = list(GROUP.finditer(run))
    pieces, position, index = [], 0, 0
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
        pieces.append(run[position:start])
        pieces.append(REDACTED)
        position = stop
        index = end + 1
    pieces.append(run[position:])
    return "".join(pieces)


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
