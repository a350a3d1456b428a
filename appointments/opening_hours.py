"""Where the hours of a location come from: its own weekly opening rules, and the sources other
apps register.

A counter's hours are typed here, as opening rules. Other hours already exist elsewhere and are
not typed twice: a neighbourhood's recurring office hours ("every first Tuesday of the month")
are kept by the neighbourhoods app, which registers a source that turns them into hours of the
appointment location it made for them. This floor never imports the apps above it; they call
``register_opening_source`` from their ``AppConfig.ready()``.

A source gets a location and a first and last day and returns the hours on those days; it reads
the database once per call, not once per day. Closed days and public holidays are applied after
all sources (``appointments.slots``), so a source does not need to know about them.
"""

import datetime
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.db.models import Q

from appointments.models import AppointmentLocation, OpeningRule


@dataclass(frozen=True)
class Hours:
    """A location is open on ``day`` from ``start_time`` to ``end_time`` (wall clock) with
    ``desks`` residents helped at the same time."""

    day: datetime.date
    start_time: datetime.time
    end_time: datetime.time
    desks: int


Source = Callable[[AppointmentLocation, datetime.date, datetime.date], Iterable[Hours]]

_sources: dict[str, Source] = {}


def register_opening_source(name: str, source: Source) -> Source:
    """Register (or replace, on a reload) the source called ``name``; returns it."""
    _sources[name] = source
    return source


def unregister_opening_source(name: str) -> None:
    """Remove a source (for tests that register one of their own)."""
    _sources.pop(name, None)


def days_between(first: datetime.date, last: datetime.date) -> list[datetime.date]:
    return [first + datetime.timedelta(days=offset) for offset in range((last - first).days + 1)]


def opening_rule_hours(
    location: AppointmentLocation, first: datetime.date, last: datetime.date
) -> list[Hours]:
    """The hours of the location's own weekly opening rules (one query)."""
    rules = list(
        OpeningRule.objects.filter(location=location, starts_on__lte=last).filter(
            Q(ends_on__isnull=True) | Q(ends_on__gte=first)
        )
    )
    return [
        Hours(day, rule.start_time, rule.end_time, rule.desks)
        for day in days_between(first, last)
        for rule in rules
        if rule.weekday == day.weekday()
        and rule.starts_on <= day
        and (rule.ends_on is None or day <= rule.ends_on)
    ]


register_opening_source("opening rules", opening_rule_hours)


def hours_between(
    location: AppointmentLocation, first: datetime.date, last: datetime.date
) -> dict[datetime.date, list[Hours]]:
    """Every source's hours of ``location`` from ``first`` to ``last``, per day, by start time."""
    by_day: dict[datetime.date, list[Hours]] = defaultdict(list)
    for source in _sources.values():
        for hours in source(location, first, last):
            if first <= hours.day <= last:
                by_day[hours.day].append(hours)
    return {day: sorted(found, key=lambda hours: hours.start_time) for day, found in by_day.items()}
