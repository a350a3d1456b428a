"""Fifty residents reach for the last place of one slot at the same moment: one gets it.

Each thread has its own database connection, so this is a real race on the database; only
PostgreSQL runs the attempts truly in parallel (SQLite serialises writers), so it runs there.
Without the guard in ``take_places`` (the ``booked < capacity`` condition) and the CHECK
constraint, every attempt would get a booking.
"""

import datetime
import threading

import pytest
from django.db import connection, connections

from appointments import booking
from appointments.booking import SlotTaken
from appointments.models import Booking
from appointments.models.bookings import SlotLoad
from tests.appointments.conftest import at

ATTEMPTS = 50
NOW = at(2027, 3, 1, 8, 0)

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="needs PostgreSQL: SQLite runs one writer at a time, so there is no race to test",
    ),
]


def race(attempt) -> tuple[list, list]:
    start = threading.Barrier(ATTEMPTS)
    outcomes, errors = [], []

    def run():
        try:
            start.wait()
            try:
                attempt()
                outcomes.append("booked")
            except SlotTaken:
                outcomes.append("taken")
        except Exception as error:  # noqa: BLE001 - reported by the assertion below
            errors.append(repr(error))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run) for _ in range(ATTEMPTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return outcomes, errors


def test_fifty_attempts_on_the_last_place_of_a_slot_give_exactly_one_booking(counter, passport):
    moment = at(2027, 3, 2, 9, 0)
    booking.hold(counter, [passport], moment, NOW)  # one of the two desks is taken

    outcomes, errors = race(lambda: booking.hold(counter, [passport], moment, NOW))

    assert errors == []
    assert outcomes.count("booked") == 1
    assert outcomes.count("taken") == ATTEMPTS - 1
    assert Booking.objects.count() == 2
    assert set(SlotLoad.objects.values_list("booked", flat=True)) == {2}


def test_fifty_moves_onto_one_last_place_leave_every_appointment_somewhere(counter, passport):
    """Moving is atomic under a race too: one move wins, the others keep their old time."""
    target = at(2027, 3, 2, 11, 0)
    booking.hold(counter, [passport], target, NOW)
    appointments = []
    for index in range(ATTEMPTS):  # 18 a day: nine 20-minute times, two desks
        first = at(2027, 3, 3 + index // 18, 9, 0)
        moment = first + datetime.timedelta(minutes=20 * (index % 18 // 2))
        appointments.append(booking.hold(counter, [passport], moment, NOW))
    queue = list(appointments)
    lock = threading.Lock()

    def move_one():
        with lock:
            appointment = queue.pop()
        booking.move(appointment, target, NOW)

    outcomes, errors = race(move_one)

    assert errors == []
    assert outcomes.count("booked") == 1
    assert Booking.objects.filter(starts_at=target).count() == 2
    assert Booking.objects.count() == ATTEMPTS + 1
    for load in SlotLoad.objects.all():
        expected = Booking.objects.filter(
            starts_at__lte=load.starts_at, ends_at__gt=load.starts_at, status="held"
        ).count()
        assert load.booked == expected
