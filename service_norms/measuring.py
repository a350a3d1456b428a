"""Compute the monthly figures of the norms that are measured automatically.

``measure_norms`` runs daily (the command ``measure_service_norms`` and the django-tasks task
``service_norms.tasks.measure_service_norms_task``). For every source-language norm with
``measured_as`` it computes, with the registered measure (``service_norms.measures``):

- the current month, stored as *provisional* (``final=False``) and recomputed on every run;
- every earlier month back to ``SERVICE_NORM_MEASUREMENT_MONTHS`` months (default 13, so a
  year's trend plus the current month) that is not final yet: now that the month has closed it
  is computed one last time and stored with ``final=True``. A final month is never recomputed.

A month without a single case stores nothing (and a provisional figure that drops to no cases
is removed): "0 %" of nothing is not a missed promise, so the page shows no figure rather than a
failure. An imported figure (``source="imported"``) for the same month is never overwritten;
the CSV import likewise refuses to overwrite measured figures.

Month boundaries are local midnights (``TIME_ZONE``). A measure reads the clock itself for
"not due yet" (tests freeze time), so ``now`` only chooses which months to compute.
"""

import datetime
import logging
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from service_norms.measures import get_measure
from service_norms.models import NormMeasurement, ServiceNorm

logger = logging.getLogger(__name__)

DEFAULT_MONTHS = 13
MONTH = NormMeasurement.PeriodType.MONTH
MEASURED = NormMeasurement.Source.MEASURED


@dataclass
class MeasuringResult:
    """What one run did: figures written, months made final, months without cases."""

    written: int = 0
    finalised: int = 0
    empty: int = 0
    skipped_norms: int = 0

    def summary(self) -> str:
        return (
            f"{self.written} figure(s) written, {self.finalised} month(s) made final, "
            f"{self.empty} month(s) without cases, {self.skipped_norms} norm(s) skipped"
        )


def month_start(day: datetime.date) -> datetime.date:
    """The first day of the month of ``day``."""
    return day.replace(day=1)


def previous_month(start: datetime.date) -> datetime.date:
    """The first day of the month before the one starting on ``start``."""
    return month_start(start - datetime.timedelta(days=1))


def month_end(start: datetime.date) -> datetime.date:
    """The last day of the month starting on ``start``."""
    following = (start + datetime.timedelta(days=32)).replace(day=1)
    return following - datetime.timedelta(days=1)


def months_to_measure(today: datetime.date, count: int) -> list[datetime.date]:
    """The first days of the current month and the ``count - 1`` months before it, newest first."""
    months = [month_start(today)]
    while len(months) < max(count, 1):
        months.append(previous_month(months[-1]))
    return months


def share_of(met: int, cases: int) -> Decimal:
    """The share of cases that met the promise, in percent with one decimal (half up)."""
    return (Decimal(100) * met / cases).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def measure_norms(now: datetime.datetime | None = None) -> MeasuringResult:
    """Compute the current month and the not-yet-final earlier months of every measured norm."""
    today = timezone.localdate(now or timezone.now())
    months = months_to_measure(
        today, getattr(settings, "SERVICE_NORM_MEASUREMENT_MONTHS", DEFAULT_MONTHS)
    )
    current = months[0]
    result = MeasuringResult()
    for norm in ServiceNorm.source_norms().exclude(measured_as=""):
        measure = get_measure(norm.measured_as)
        if measure is None:
            logger.warning("Norm %s: no measure registered as %r", norm.pk, norm.measured_as)
            result.skipped_norms += 1
            continue
        existing = {
            row.period_start: row
            for row in norm.measurements.filter(period_type=MONTH, period_start__in=months)
        }
        for start in months:
            row = existing.get(start)
            if row is not None and (row.final or row.source != MEASURED):
                continue
            cases, met = measure.compute(start, month_end(start))
            final = start < current
            _store(norm, start, row, cases, met, final, result)
    logger.info("Service norms measured: %s", result.summary())
    return result


@transaction.atomic
def _store(norm, start, row, cases: int, met: int, final: bool, result: MeasuringResult) -> None:
    """Write (or, without cases, remove) one month's measured figure."""
    if cases <= 0:
        result.empty += 1
        if row is not None:
            row.delete()
        return
    if row is None:
        row = NormMeasurement(norm=norm, period_type=MONTH, period_start=start, source=MEASURED)
    row.share_achieved = share_of(min(met, cases), cases)
    row.cases = cases
    row.final = final
    row.save()
    result.written += 1
    result.finalised += final
