"""How service norms and their results read in words: shares, targets and period names.

One place for the wording, so the public page, the product pages, the Kennisbank and the admin
listing all say "90 % binnen 2 werkdagen" and "maart 2026" the same way, in the active language.
"""

import datetime
from decimal import Decimal

from django.utils import formats
from django.utils.translation import gettext, ngettext

QUARTER = "quarter"


def format_number(value) -> str:
    """A number without needless decimals, with the active language's decimal sign (87,5)."""
    number = Decimal(value)
    if number == number.to_integral_value():
        return formats.number_format(int(number))
    return formats.number_format(number.normalize())


def format_share(value) -> str:
    """A percentage as residents write it in Dutch: "87,5 %" (a non-breaking space before %)."""
    return f"{format_number(value)}\u00a0%"


def format_indicator(value, unit: str) -> str:
    """A benchmark value: a percentage with "%", a mark with one decimal ("7,0")."""
    if unit.strip() == "%":
        return format_share(value)
    number = Decimal(value).normalize()
    decimals = max(1, -number.as_tuple().exponent) if number != number.to_integral() else 1
    return formats.number_format(Decimal(value), decimal_pos=decimals)


def unit_in_words(unit: str, value) -> str:
    """The unit of a target in words, singular or plural to match the value."""
    count = 1 if Decimal(value) == 1 else 2
    words = {
        "seconds": ngettext("second", "seconds", count),
        "minutes": ngettext("minute", "minutes", count),
        "hours": ngettext("hour", "hours", count),
        "working_days": ngettext("working day", "working days", count),
        "weeks": ngettext("week", "weeks", count),
    }
    return words.get(unit, unit)


def target_in_words(target_share, target_value, target_unit) -> str:
    """The whole target in words, e.g. "90 % binnen 2 werkdagen"."""
    return gettext("%(share)s within %(value)s %(unit)s") % {
        "share": format_share(target_share),
        "value": format_number(target_value),
        "unit": unit_in_words(target_unit, target_value),
    }


def quarter_of(start: datetime.date) -> int:
    """The quarter (1-4) a date falls in."""
    return (start.month - 1) // 3 + 1


def period_label(period_type: str, start: datetime.date) -> str:
    """The full name of a period: "maart 2026" or "kwartaal 1 2026"."""
    if period_type == QUARTER:
        return gettext("quarter %(quarter)s %(year)s") % {
            "quarter": quarter_of(start),
            "year": start.year,
        }
    return formats.date_format(start, "F Y")


def short_period_label(period_type: str, start: datetime.date) -> str:
    """A short name for a chart axis: "mrt" or "K1"."""
    if period_type == QUARTER:
        return gettext("Q%(quarter)s") % {"quarter": quarter_of(start)}
    return formats.date_format(start, "b")
