"""Amounts in euro as residents and staff read them, the same on every page, e-mail and screen.

One convention per language (the form is in the translation of "€%(number)s"):

- Dutch: "€ 750" for whole euros, "€ 750,50" with cents, "€ 3.250" with a thousands separator.
- English: "€750", "€750.50", "€3,250".

Whole euros show no ",00"; amounts with cents always show two decimals. Exports (CSV, XLSX) keep
plain numbers so spreadsheets can count with them; only what people read goes through here.
"""

from decimal import Decimal

from django.template.defaultfilters import floatformat
from django.utils.translation import pgettext


def format_euro(amount: Decimal | int | float | str | None) -> str:
    """``amount`` in the active language: "€ 3.250" or "€ 750,50" (Dutch), "€750.50" (English);
    an empty string for no amount."""
    if amount is None or amount == "":
        return ""
    number = floatformat(amount, "-2g")
    if number == "":
        return ""
    return pgettext("amount in euro", "€%(number)s") % {"number": number}
