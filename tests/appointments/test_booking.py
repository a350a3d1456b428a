"""Holding, confirming, moving and cancelling an appointment; every refusal says why."""

import datetime

import pytest
from django.db import IntegrityError, transaction
from django.db.models import F

from appointments import booking
from appointments.booking import BookingRefused, SlotTaken
from appointments.models import AppointmentLocation, AppointmentType, Booking, BookingStatus
from appointments.models.bookings import SlotLoad
from appointments.slots import day_slots
from tests.appointments.conftest import at

NOW = at(2027, 3, 1, 8, 0)
TUESDAY = datetime.date(2027, 3, 2)


def free_at(counter, kind, moment) -> int:
    slots = day_slots(counter, [kind], moment.date(), NOW, only_free=False)
    return {slot.starts_at: slot.free for slot in slots}[moment]


def book(counter, kinds, moment, now=NOW, **contact):
    held = booking.hold(counter, kinds, moment, now)
    booking.confirm(held, name="Fatima de Vries", email="fatima@example.org", now=now, **contact)
    return held


def test_a_held_booking_takes_a_place_in_every_slot_it_needs(counter, passport):
    held = booking.hold(counter, [passport], at(2027, 3, 2, 9, 0), NOW)

    assert held.status == BookingStatus.HELD
    assert held.hold_expires_at == NOW + datetime.timedelta(minutes=15)
    assert held.ends_at == at(2027, 3, 2, 9, 20)
    loads = SlotLoad.objects.order_by("starts_at").values_list("booked", "capacity")
    assert list(loads) == [(1, 2), (1, 2)]
    assert held.reference.startswith("AF-")


def test_confirming_gives_a_token_that_opens_only_this_booking(counter, passport):
    held = booking.hold(counter, [passport], at(2027, 3, 2, 9, 0), NOW)

    token = booking.confirm(held, name="Fatima de Vries", email="fatima@example.org", now=NOW)

    held.refresh_from_db()
    assert held.status == BookingStatus.CONFIRMED
    assert held.hold_expires_at is None
    assert token not in held.token_hash
    assert booking.find_by_token(held.reference, token) == held
    assert booking.find_by_token(held.reference, token + "x") is None
    assert booking.find_by_token("AF-ZZZZZZ", token) is None


def test_the_last_place_goes_once(counter, passport):
    moment = at(2027, 3, 2, 9, 0)
    book(counter, [passport], moment)
    book(counter, [passport], moment)

    with pytest.raises(SlotTaken):
        booking.hold(counter, [passport], moment, NOW)

    assert free_at(counter, passport, moment) == 0
    assert Booking.objects.count() == 2


def test_a_longer_appointment_needs_a_place_in_each_of_its_slots(counter, passport, licence):
    book(counter, [licence], at(2027, 3, 2, 9, 10))
    book(counter, [licence], at(2027, 3, 2, 9, 10))

    with pytest.raises(SlotTaken):
        booking.hold(counter, [passport], at(2027, 3, 2, 9, 0), NOW)  # 09:00-09:20

    assert free_at(counter, licence, at(2027, 3, 2, 9, 0)) == 2  # all or nothing
    assert not SlotLoad.objects.filter(starts_at=at(2027, 3, 2, 9, 0), booked__gt=0).exists()


def test_cancelling_frees_the_places(counter, passport):
    moment = at(2027, 3, 2, 9, 0)
    first = book(counter, [passport], moment)
    book(counter, [passport], moment)

    assert booking.cancel(first, NOW) is True
    assert booking.cancel(first, NOW) is False

    first.refresh_from_db()
    assert first.status == BookingStatus.CANCELLED
    assert free_at(counter, passport, moment) == 1
    booking.hold(counter, [passport], moment, NOW)


def test_moving_takes_the_new_places_and_frees_the_old_ones_in_one_step(counter, passport):
    old, new = at(2027, 3, 2, 9, 0), at(2027, 3, 2, 10, 0)
    appointment = book(counter, [passport], old)
    reference = appointment.reference

    booking.move(appointment, new, NOW)

    assert Booking.objects.get().reference == reference
    assert appointment.starts_at == new and appointment.ends_at == at(2027, 3, 2, 10, 20)
    assert free_at(counter, passport, old) == 2
    assert free_at(counter, passport, new) == 1


def test_moving_by_one_slot_keeps_the_slot_both_times_share(counter, passport):
    appointment = book(counter, [passport], at(2027, 3, 2, 9, 0))

    booking.move(appointment, at(2027, 3, 2, 9, 10), NOW)

    loads = dict(SlotLoad.objects.values_list("starts_at", "booked"))
    assert loads == {at(2027, 3, 2, 9, 0): 0, at(2027, 3, 2, 9, 10): 1, at(2027, 3, 2, 9, 20): 1}


def test_a_move_to_a_full_time_changes_nothing(counter, passport):
    full = at(2027, 3, 2, 10, 0)
    book(counter, [passport], full)
    book(counter, [passport], full)
    appointment = book(counter, [passport], at(2027, 3, 2, 9, 0))

    with pytest.raises(SlotTaken):
        booking.move(appointment, full, NOW)

    appointment.refresh_from_db()
    assert appointment.starts_at == at(2027, 3, 2, 9, 0)
    assert free_at(counter, passport, at(2027, 3, 2, 9, 0)) == 1
    assert Booking.objects.filter(status=BookingStatus.CONFIRMED).count() == 3


def test_an_expired_hold_gives_its_place_back(counter, passport):
    moment = at(2027, 3, 2, 9, 0)
    walked_away = booking.hold(counter, [passport], moment, NOW)
    book(counter, [passport], moment)
    later = NOW + datetime.timedelta(minutes=16)

    assert booking.release_expired_holds(later) == 1
    walked_away.refresh_from_db()
    assert walked_away.status == BookingStatus.EXPIRED
    booking.hold(counter, [passport], moment, later)  # bookable again

    with pytest.raises(BookingRefused) as refused:
        booking.confirm(walked_away, name="Piet", email="piet@example.org", now=later)
    assert "Kies opnieuw" in refused.value.message


def test_a_new_hold_first_releases_the_expired_ones(counter, passport):
    moment = at(2027, 3, 2, 9, 0)
    booking.hold(counter, [passport], moment, NOW)
    booking.hold(counter, [passport], moment, NOW)

    booking.hold(counter, [passport], moment, NOW + datetime.timedelta(minutes=20))

    assert Booking.objects.filter(status=BookingStatus.EXPIRED).count() == 2


@pytest.mark.parametrize(
    ("moment", "message"),
    [
        (at(2027, 2, 26, 9, 0), "al voorbij"),
        (at(2027, 3, 1, 9, 0), "te snel"),  # inside the 2 hours' notice
        (at(2027, 6, 1, 9, 0), "hoogstens 60 dagen vooruit"),
        (at(2027, 3, 2, 9, 5), "niet beschikbaar"),  # off the ten-minute grid
        (at(2027, 3, 2, 11, 50), "niet beschikbaar"),  # would end after 12:00
        (at(2027, 3, 2, 13, 0), "niet beschikbaar"),  # after opening hours
        (at(2027, 3, 6, 9, 0), "niet beschikbaar"),  # Saturday
        (at(2027, 4, 27, 9, 0), "dicht: Koningsdag"),  # King's Day
    ],
)
def test_times_that_cannot_be_booked_are_refused_with_the_reason(
    counter, passport, moment, message
):
    with pytest.raises(BookingRefused) as refused:
        booking.hold(counter, [passport], moment, NOW)

    assert message in refused.value.message
    assert not Booking.objects.exists()
    assert not SlotLoad.objects.filter(booked__gt=0).exists()


def test_a_type_of_another_location_is_refused(counter, passport):
    elsewhere = AppointmentLocation.objects.create(name="Wijkcentrum De Vijf Eiken")
    home_visit = AppointmentType.objects.create(name="Huisbezoek", duration_minutes=60)
    home_visit.locations.add(elsewhere)

    with pytest.raises(BookingRefused) as refused:
        booking.hold(counter, [passport, home_visit], at(2027, 3, 2, 9, 0), NOW)

    assert refused.value.reason == "type not offered here"


def test_more_than_five_products_in_one_appointment_are_refused(counter):
    kinds = []
    for number in range(6):
        kind = AppointmentType.objects.create(name=f"Product {number}", duration_minutes=5)
        kind.locations.add(counter)
        kinds.append(kind)

    with pytest.raises(BookingRefused) as refused:
        booking.hold(counter, kinds, at(2027, 3, 2, 9, 0), NOW)

    assert refused.value.reason == "too many types"


def test_a_time_without_a_time_zone_is_refused(counter, passport):
    with pytest.raises(BookingRefused):
        booking.hold(counter, [passport], datetime.datetime(2027, 3, 2, 9, 0), NOW)


def test_the_database_refuses_an_overbooked_slot_even_without_the_condition(counter, passport):
    """The CHECK constraint is the second guard: a bare UPDATE past the capacity fails."""
    book(counter, [passport], at(2027, 3, 2, 9, 0))
    with pytest.raises(IntegrityError), transaction.atomic():
        SlotLoad.objects.filter(starts_at=at(2027, 3, 2, 9, 0)).update(booked=F("booked") + 2)
