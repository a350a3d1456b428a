"""Which slots a location has on a day, and which of them are still free for an appointment.

Slots are made from the location's hours (``appointments.opening_hours``: its opening rules and
the sources other apps register, such as neighbourhood office hours), never stored ahead: the
grid of the location (``slot_minutes``) in each opening window of the day, in wall-clock time in
the office time zone, so 09:00 is 09:00 in winter and in summer time. A closed day (``Closure``)
or a public holiday has no slots. An appointment of several slots starts at a slot whose following
slots fall in the same window; it is free when every one of those slots has a place left
(``SlotLoad``), it starts after the minimum notice and it lies inside the booking horizon of every
type booked.

A month of days is read with a fixed number of queries (closed days, each source's hours, the
loads), not a few per day.
"""

import datetime
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django.db.models import Q
from django.utils import timezone

from appointments.models import AppointmentLocation, AppointmentType, Closure, SlotLoad
from appointments.opening_hours import hours_between
from core.public_holidays import public_holidays
from core.working_time import office_time_zone


@dataclass(frozen=True)
class Window:
    """Hours of one opening rule on one day."""

    starts_at: datetime.datetime
    ends_at: datetime.datetime
    desks: int


@dataclass(frozen=True)
class Slot:
    """A start time for an appointment, and how many residents can still book it."""

    starts_at: datetime.datetime
    ends_at: datetime.datetime
    free: int


def total_minutes(types: Iterable[AppointmentType]) -> int:
    """The length of one appointment for all ``types``: their durations added up."""
    return sum(kind.duration_minutes for kind in types)


def slots_needed(location: AppointmentLocation, minutes: int) -> int:
    return max(1, math.ceil(minutes / location.slot_minutes))


def local(day: datetime.date, time: datetime.time) -> datetime.datetime:
    """The aware moment of ``time`` on ``day`` in the office time zone."""
    return datetime.datetime.combine(day, time, tzinfo=office_time_zone())


def closed_days(
    location: AppointmentLocation, first: datetime.date, last: datetime.date
) -> dict[datetime.date, str]:
    """The days from ``first`` to ``last`` on which ``location`` is closed, with the reason
    residents read: a closed day of the location or of every location, or a public holiday."""
    closed: dict[datetime.date, str] = {}
    closures = Closure.objects.filter(date__gte=first, date__lte=last).filter(
        Q(location=location) | Q(location__isnull=True)
    )
    for closure in closures:  # the location's own reason wins over one for every location
        if closure.location_id is not None or closure.date not in closed:
            closed[closure.date] = closure.reason
    for year in range(first.year, last.year + 1):
        for day, name in public_holidays(year).items():
            if first <= day <= last:
                closed.setdefault(day, str(name))
    return closed


def closed_reason(location: AppointmentLocation, day: datetime.date) -> str | None:
    """Why ``location`` is closed on ``day`` (a closed day or a public holiday), or None."""
    return closed_days(location, day, day).get(day)


def opening_windows_between(
    location: AppointmentLocation, first: datetime.date, last: datetime.date
) -> dict[datetime.date, list[Window]]:
    """The opening windows of ``location`` per day from ``first`` to ``last``; none on a closed
    day."""
    closed = closed_days(location, first, last)
    return {
        day: [
            Window(local(day, hours.start_time), local(day, hours.end_time), hours.desks)
            for hours in found
        ]
        for day, found in hours_between(location, first, last).items()
        if day not in closed
    }


def opening_windows(location: AppointmentLocation, day: datetime.date) -> list[Window]:
    """The opening windows of ``location`` on ``day``; none on a closed day."""
    return opening_windows_between(location, day, day).get(day, [])


def slot_starts(
    location: AppointmentLocation, window: Window, slots: int
) -> list[datetime.datetime]:
    """Every start in ``window`` at which ``slots`` consecutive slots fit, on the wall clock."""
    step = datetime.timedelta(minutes=location.slot_minutes)
    day, zone = window.starts_at.date(), office_time_zone()
    clock = datetime.datetime.combine(day, window.starts_at.time())
    end = datetime.datetime.combine(day, window.ends_at.time())
    starts = []
    while clock + step * slots <= end:
        starts.append(clock.replace(tzinfo=zone))
        clock += step
    return starts


def slot_cells(location: AppointmentLocation, starts_at: datetime.datetime, slots: int) -> list:
    """The starts of the ``slots`` slots an appointment at ``starts_at`` takes (wall clock)."""
    step = datetime.timedelta(minutes=location.slot_minutes)
    wall = starts_at.astimezone(office_time_zone()).replace(tzinfo=None)
    return [(wall + step * index).replace(tzinfo=office_time_zone()) for index in range(slots)]


def booking_limits(
    types: Sequence[AppointmentType], now: datetime.datetime
) -> tuple[datetime.datetime, datetime.date]:
    """The earliest start (minimum notice) and the last day (horizon) for all ``types``."""
    notice = max((kind.minimum_notice_hours for kind in types), default=0)
    horizon = min((kind.booking_horizon_days for kind in types), default=0)
    today = now.astimezone(office_time_zone()).date()
    return now + datetime.timedelta(hours=notice), today + datetime.timedelta(days=horizon)


def loads_between(location, start, end) -> dict[datetime.datetime, SlotLoad]:
    rows = SlotLoad.objects.filter(location=location, starts_at__gte=start, starts_at__lt=end)
    return {row.starts_at: row for row in rows}


def free_places(window: Window, cells, loads) -> int:
    """Places left in the slot at each of ``cells``: the least of them."""
    free = []
    for cell in cells:
        load = loads.get(cell)
        free.append(window.desks if load is None else load.capacity - load.booked)
    return min(free)


def window_slots(
    location: AppointmentLocation,
    types: Sequence[AppointmentType],
    windows: Sequence[Window],
    loads: dict[datetime.datetime, SlotLoad],
    earliest: datetime.datetime,
    only_free: bool,
) -> list[Slot]:
    """The slots in ``windows`` (one day's) for an appointment of all ``types``."""
    minutes = total_minutes(types)
    slots = slots_needed(location, minutes)
    found: dict[datetime.datetime, Slot] = {}
    seen = set()
    for window in windows:
        for start in slot_starts(location, window, slots):
            if start in seen:  # two sources with overlapping hours offer a start once
                continue
            seen.add(start)
            free = free_places(window, slot_cells(location, start, slots), loads)
            if only_free and (free <= 0 or start < earliest):
                continue
            found[start] = Slot(start, start + datetime.timedelta(minutes=minutes), max(free, 0))
    return [found[start] for start in sorted(found)]


def day_slots(
    location: AppointmentLocation,
    types: Sequence[AppointmentType],
    day: datetime.date,
    now: datetime.datetime | None = None,
    only_free: bool = True,
) -> list[Slot]:
    """The slots on ``day`` for an appointment of all ``types`` at ``location``.

    ``only_free=False`` gives every start the rules allow, booked or not (the staff agenda, and
    the check that a requested start exists at all).
    """
    now = now or timezone.now()
    earliest, last_day = booking_limits(types, now)
    if only_free and day > last_day:
        return []
    windows = opening_windows(location, day)
    if not windows:
        return []
    loads = loads_between(
        location,
        min(window.starts_at for window in windows),
        max(window.ends_at for window in windows),
    )
    return window_slots(location, types, windows, loads, earliest, only_free)


def available_days(
    location: AppointmentLocation,
    types: Sequence[AppointmentType],
    first: datetime.date,
    last: datetime.date,
    now: datetime.datetime | None = None,
) -> list[datetime.date]:
    """The days from ``first`` to ``last`` with at least one free slot (a fixed number of
    queries, however many days)."""
    now = now or timezone.now()
    earliest, last_day = booking_limits(types, now)
    last = min(last, last_day)
    if last < first:
        return []
    windows = opening_windows_between(location, first, last)
    loads = loads_between(
        location,
        local(first, datetime.time()),
        local(last + datetime.timedelta(days=1), datetime.time()),
    )
    return [
        day
        for day in sorted(windows)
        if window_slots(location, types, windows[day], loads, earliest, only_free=True)
    ]
