"""Dates in demo texts, written out from day offsets of the day the demo is built.

A demo text names a date with a placeholder such as ``{start:weekdag}``; ``fill_dates`` replaces
it in the language of the text, so the text always agrees with the calendar of the build day
("vanaf maandag 12 januari" is a Monday, and never a date that has passed for news about the
future). Formats: ``dag`` (12 januari), ``datum`` (12 januari 2027), ``weekdag`` (maandag 12
januari) and ``maand`` (januari 2027).
"""

import datetime
from dataclasses import dataclass

from django.utils import dateformat, translation

FORMATS = {"dag": "j F", "datum": "j F Y", "weekdag": "l j F", "maand": "F Y"}


def on_or_after(day: datetime.date, weekday: int | None) -> datetime.date:
    """``day`` itself, or the first ``weekday`` (0 is Monday) on or after it."""
    if weekday is None:
        return day
    return day + datetime.timedelta(days=(weekday - day.weekday()) % 7)


@dataclass(frozen=True)
class DemoDay:
    """A date that writes itself in the active language with one of ``FORMATS``."""

    day: datetime.date

    def __format__(self, spec: str) -> str:
        return dateformat.format(self.day, FORMATS[spec or "datum"])


def demo_days(today: datetime.date, offsets: dict) -> dict[str, DemoDay]:
    """Named dates from ``{name: (offset in days, weekday or None)}``, relative to ``today``."""
    return {
        name: DemoDay(on_or_after(today + datetime.timedelta(days=offset), weekday))
        for name, (offset, weekday) in offsets.items()
    }


def fill_dates(value, days: dict[str, DemoDay], language: str):
    """``value`` (a text, or lists, tuples and dicts of texts) with its date placeholders filled."""
    if not days:
        return value
    with translation.override(language):
        return _fill(value, days)


def _fill(value, days):
    if isinstance(value, str):
        return value.format(**days)
    if isinstance(value, dict):
        return {key: _fill(item, days) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(_fill(item, days) for item in value)
    return value
