"""Working days and office hours: when something that must be done "within N working days" is due.

Office hours come from ``OFFICE_HOURS``: a mapping of weekday (0 = Monday) to ``("08:30",
"17:00")``, default Monday to Friday 08:30–17:00. All times are wall-clock times in
``OFFICE_TIME_ZONE`` (default Europe/Amsterdam) via ``zoneinfo``, so a due time stays at the same
clock time across the switch to and from summer time. A working day is a day with office hours
that is no public holiday (``core.public_holidays``).

The rule for a due time (``add_working_days``):

1. The clock starts at the moment of receipt if that is inside office hours; otherwise at the
   next opening (a request sent on Saturday, at night or on King's Day starts at the next
   working day's opening).
2. The due time is the same clock time on the N-th working day after the day the clock
   started. A start at the opening is therefore due at the opening of that day: exactly N
   days of office time later.

Example: received Friday 24 April 2026 16:00, King's Day on Monday 27 April, 2 working days:
Tuesday 28 April is the first, Wednesday 29 April the second, so due Wednesday 29 April 16:00.
``add_working_hours`` counts office time hour by hour over the same calendar.
"""

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone

from core.public_holidays import is_public_holiday

DEFAULT_OFFICE_HOURS = dict.fromkeys(range(5), ("08:30", "17:00"))


def office_time_zone() -> ZoneInfo:
    return ZoneInfo(getattr(settings, "OFFICE_TIME_ZONE", "Europe/Amsterdam"))


def office_hours(day: date) -> tuple[time, time] | None:
    """Opening and closing time on ``day``; None on a day without office hours."""
    hours = getattr(settings, "OFFICE_HOURS", DEFAULT_OFFICE_HOURS).get(day.weekday())
    if not hours or is_public_holiday(day):
        return None
    return time.fromisoformat(hours[0]), time.fromisoformat(hours[1])


def is_working_day(day: date) -> bool:
    """A day with office hours that is no public holiday."""
    if isinstance(day, datetime):
        day = _local(day).date()
    return office_hours(day) is not None


def next_working_day(day: date) -> date:
    """The first working day after ``day``."""
    day += timedelta(days=1)
    while not is_working_day(day):
        day += timedelta(days=1)
    return day


def _local(moment: datetime) -> datetime:
    if timezone.is_naive(moment):
        return moment.replace(tzinfo=office_time_zone())
    return moment.astimezone(office_time_zone())


def _at(day: date, clock: time) -> datetime:
    return datetime.combine(day, clock, tzinfo=office_time_zone())


def clock_start(moment: datetime) -> datetime:
    """``moment`` when inside office hours, else the next opening (local time)."""
    local = _local(moment)
    hours = office_hours(local.date())
    if hours and hours[0] <= local.time() < hours[1]:
        return local
    if hours and local.time() < hours[0]:
        return _at(local.date(), hours[0])
    day = next_working_day(local.date())
    return _at(day, office_hours(day)[0])


def add_working_days(start: datetime, days: int) -> datetime:
    """``start`` plus ``days`` working days, counted from the clock start (see module rule)."""
    begin = clock_start(start)
    day = begin.date()
    for _ in range(days):
        day = next_working_day(day)
    opening, closing = office_hours(day)
    clock = min(max(begin.time(), opening), closing)
    return _at(day, clock)


def add_working_hours(start: datetime, hours: float) -> datetime:
    """``start`` plus ``hours`` of office time (only time inside office hours counts)."""
    moment = clock_start(start)
    left = timedelta(hours=hours)
    while True:
        closing = _at(moment.date(), office_hours(moment.date())[1])
        available = closing - moment
        if left <= available:
            return moment + left
        left -= available
        day = next_working_day(moment.date())
        moment = _at(day, office_hours(day)[0])
