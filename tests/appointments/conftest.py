"""A counter with mornings on weekdays, two desks, and two products to book."""

import datetime
from zoneinfo import ZoneInfo

import pytest

from appointments.models import AppointmentLocation, AppointmentType, OpeningRule

AMS = ZoneInfo("Europe/Amsterdam")


def at(*parts) -> datetime.datetime:
    """An aware moment in Amsterdam: ``at(2027, 3, 26, 9, 0)``."""
    return datetime.datetime(*parts, tzinfo=AMS)


@pytest.fixture
def counter(db):
    location = AppointmentLocation.objects.create(name="Gemeentewinkel", slot_minutes=10)
    for weekday in range(5):
        OpeningRule.objects.create(
            location=location,
            weekday=weekday,
            start_time=datetime.time(9),
            end_time=datetime.time(12),
            desks=2,
            starts_on=datetime.date(2027, 1, 1),
        )
    return location


@pytest.fixture
def passport(counter):
    kind = AppointmentType.objects.create(
        name="Paspoort aanvragen", duration_minutes=20, booking_horizon_days=60
    )
    kind.locations.add(counter)
    return kind


@pytest.fixture
def licence(counter):
    kind = AppointmentType.objects.create(
        name="Rijbewijs verlengen", duration_minutes=10, booking_horizon_days=60
    )
    kind.locations.add(counter)
    return kind
