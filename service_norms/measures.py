"""The registry of automatic measures: how a norm's monthly figure is computed from real handling.

A service norm is either *imported* (its figures come from a CSV, e.g. the telephony system's
reachability) or *measured automatically*: its ``measured_as`` names a measure registered here.
The apps that own the handling data register their measures (the front office does so in
``front_office/norm_measures.py``); this floor never imports them.

A measure's ``compute(period_start, period_end)`` returns ``(cases, met)`` for the days from
``period_start`` up to and including ``period_end``: how many cases count for the period and how
many of them met the promise. ``service_norms.measuring`` turns that into a monthly
``NormMeasurement``.
"""

import datetime
from collections.abc import Callable
from dataclasses import dataclass

from django.utils import timezone

Compute = Callable[[datetime.date, datetime.date], tuple[int, int]]


@dataclass(frozen=True)
class Measure:
    """One automatic measure: a fixed code, a label for the admin and the computation."""

    code: str
    label: str
    compute: Compute


_measures: dict[str, Measure] = {}


def register_measure(code: str, label, compute: Compute) -> Measure:
    """Register (or replace, on a reload) the measure ``code``; returns it."""
    measure = Measure(code=code, label=label, compute=compute)
    _measures[code] = measure
    return measure


def get_measure(code: str) -> Measure | None:
    """The measure registered as ``code``, or None."""
    return _measures.get(code)


def registered_measures() -> list[Measure]:
    """Every registered measure, ordered by code."""
    return [_measures[code] for code in sorted(_measures)]


def measure_choices() -> list[tuple[str, str]]:
    """Choices for the admin's "measured automatically as" field; blank means imported."""
    return [(measure.code, str(measure.label)) for measure in registered_measures()]


def period_bounds(
    period_start: datetime.date, period_end: datetime.date
) -> tuple[datetime.datetime, datetime.datetime]:
    """The period as aware datetimes: local midnight of ``period_start`` up to (not including)
    local midnight after ``period_end``. Measures filter their timestamps with these."""
    zone = timezone.get_current_timezone()
    start = datetime.datetime.combine(period_start, datetime.time.min, tzinfo=zone)
    end = datetime.datetime.combine(
        period_end + datetime.timedelta(days=1), datetime.time.min, tzinfo=zone
    )
    return start, end
