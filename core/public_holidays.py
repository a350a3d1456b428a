"""Dutch public holidays for any year, computed: no list to keep up to date.

Easter Sunday comes from the anonymous Gregorian algorithm (Meeus/Jones/Butcher); the moveable
feasts follow from it. King's Day is 27 April, or 26 April when the 27th is a Sunday. Liberation
Day (5 May) counts every year. ``PUBLIC_HOLIDAYS_EXTRA`` (a list of ISO dates, such as a bridge
day the municipality is closed) adds days; ``PUBLIC_HOLIDAYS_SKIP`` (ISO dates) removes days.
Used by ``core.working_time`` and by anything that counts working days.
"""

from datetime import date, timedelta
from functools import lru_cache

from django.conf import settings
from django.utils.translation import gettext_lazy as _


def easter_sunday(year: int) -> date:
    """Easter Sunday of ``year`` in the Gregorian calendar (anonymous algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * leap) // 451
    month, day = divmod(h + leap - 7 * m + 114, 31)
    return date(year, month, day + 1)


def kings_day(year: int) -> date:
    """27 April, or 26 April when the 27th is a Sunday."""
    day = date(year, 4, 27)
    return day - timedelta(days=1) if day.weekday() == 6 else day


@lru_cache(maxsize=64)
def _computed(year: int) -> tuple[tuple[date, str], ...]:
    easter = easter_sunday(year)
    days = [
        (date(year, 1, 1), _("New Year's Day")),
        (easter - timedelta(days=2), _("Good Friday")),
        (easter, _("Easter Sunday")),
        (easter + timedelta(days=1), _("Easter Monday")),
        (kings_day(year), _("King's Day")),
        (date(year, 5, 5), _("Liberation Day")),
        (easter + timedelta(days=39), _("Ascension Day")),
        (easter + timedelta(days=49), _("Whit Sunday")),
        (easter + timedelta(days=50), _("Whit Monday")),
        (date(year, 12, 25), _("Christmas Day")),
        (date(year, 12, 26), _("Boxing Day")),
    ]
    return tuple(sorted(days))


def public_holidays(year: int) -> dict[date, str]:
    """The public holidays of ``year`` by date, with their (translatable) names."""
    skip = {date.fromisoformat(day) for day in getattr(settings, "PUBLIC_HOLIDAYS_SKIP", ())}
    holidays = {day: name for day, name in _computed(year) if day not in skip}
    for day in getattr(settings, "PUBLIC_HOLIDAYS_EXTRA", ()):
        extra = date.fromisoformat(day)
        if extra.year == year and extra not in skip:
            holidays.setdefault(extra, _("Closed"))
    return dict(sorted(holidays.items()))


def is_public_holiday(day: date) -> bool:
    """Whether ``day`` is a public holiday (or an extra closing day)."""
    return day in public_holidays(day.year)


def holiday_name(day: date) -> str:
    """The holiday's name on ``day``; empty when it is no holiday."""
    return str(public_holidays(day.year).get(day, ""))
