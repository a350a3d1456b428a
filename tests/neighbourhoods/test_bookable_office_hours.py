"""Neighbourhood office hours take appointments with their hours typed once: the editor chooses
what residents can book a time for, and the schedule's own dates become the slots."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.urls import reverse
from freezegun import freeze_time

from appointments import booking
from appointments.booking import BookingRefused
from appointments.models import (
    AppointmentLocation,
    AppointmentType,
    BookingStatus,
    LocationKind,
    OpeningRule,
)
from appointments.slots import available_days, day_slots
from neighbourhoods.bookable_office_hours import sync_bookable
from neighbourhoods.models import OfficeHoursCancellation, Weekday, WeekOfMonth
from tests.neighbourhoods.factories import RecurringOfficeHoursFactory
from tests.neighbourhoods.test_meeting_admin import OFFICE_HOURS, office_hours_data

pytestmark = pytest.mark.django_db

AMS = ZoneInfo("Europe/Amsterdam")
NOW = datetime.datetime(2027, 3, 1, 8, 0, tzinfo=AMS)  # a Monday
FIRST_TUESDAYS = [datetime.date(2027, 3, 2), datetime.date(2027, 4, 6), datetime.date(2027, 5, 4)]


@pytest.fixture
def talk(db):
    return AppointmentType.objects.create(
        name="Wijkspreekuur", duration_minutes=15, booking_horizon_days=90
    )


@pytest.fixture
def office_hours(village, talk):
    """Every first Tuesday, 10:00 to 11:30, two hosts, taking appointments."""
    with freeze_time(NOW):
        schedule = RecurringOfficeHoursFactory(
            area=village,
            week_of_month=WeekOfMonth.FIRST,
            weekday=Weekday.TUESDAY,
            starts_on=datetime.date(2027, 1, 1),
            desks=2,
            slot_minutes=15,
        )
        schedule.appointment_types.set([talk])
        sync_bookable(schedule)
    return schedule


def test_choosing_what_residents_can_book_makes_a_location_from_the_office_hours(
    office_hours, village, talk
):
    location = office_hours.appointment_location

    assert location.kind == LocationKind.NEIGHBOURHOOD_CENTRE
    assert location.area == village.area
    assert location.name == "Wijkspreekuur Raamsdonksveer (Bibliotheek Raamsdonksveer)"
    assert location.address.startswith("Bibliotheek Raamsdonksveer, Raadhuisplein 2")
    assert location.slot_minutes == 15
    assert list(location.appointment_types.all()) == [talk]
    assert not OpeningRule.objects.exists()  # the hours are not typed a second time
    assert location.kept_by == "Wijken → Spreekuur: Wijkspreekuur (Raamsdonksveer)"


def test_no_opening_rule_can_be_typed_for_office_hours_in_the_admin(admin_client, office_hours):
    response = admin_client.post(
        "/admin/appointments/opening-hours/new/",
        {
            "location": office_hours.appointment_location_id,
            "weekday": 1,
            "start_time": "10:00",
            "end_time": "12:00",
            "desks": 1,
            "starts_on": "2027-01-01",
        },
    )

    assert response.status_code == 200
    assert "location" in response.context["form"].errors
    assert not OpeningRule.objects.exists()


def test_the_dates_of_the_office_hours_are_the_bookable_days(office_hours, talk):
    location = office_hours.appointment_location

    days = available_days(location, [talk], NOW.date(), datetime.date(2027, 5, 31), NOW)
    slots = day_slots(location, [talk], FIRST_TUESDAYS[0], NOW)

    assert days == FIRST_TUESDAYS
    assert [slot.starts_at.strftime("%H:%M") for slot in slots] == [
        "10:00",
        "10:15",
        "10:30",
        "10:45",
        "11:00",
        "11:15",
    ]
    assert {slot.free for slot in slots} == {2}


def test_a_cancelled_date_has_no_slots(office_hours, talk):
    OfficeHoursCancellation.objects.create(
        schedule=office_hours, date=FIRST_TUESDAYS[1], reason="De bibliotheek is dicht."
    )
    location = office_hours.appointment_location

    days = available_days(location, [talk], NOW.date(), datetime.date(2027, 5, 31), NOW)

    assert days == [FIRST_TUESDAYS[0], FIRST_TUESDAYS[2]]
    with pytest.raises(BookingRefused):
        booking.hold(location, [talk], datetime.datetime(2027, 4, 6, 10, 0, tzinfo=AMS), NOW)


def test_cancelling_a_date_cancels_what_was_booked_and_tells_the_resident(
    office_hours, talk, django_capture_on_commit_callbacks
):
    location = office_hours.appointment_location
    moment = datetime.datetime(2027, 4, 6, 10, 15, tzinfo=AMS)
    held = booking.hold(location, [talk], moment, NOW)
    booking.confirm(held, name="Fatima de Vries", email="fatima@example.org", now=NOW)
    other_date = booking.hold(location, [talk], moment + datetime.timedelta(days=28), NOW)
    booking.confirm(other_date, name="Piet Jansen", email="piet@example.org", now=NOW)
    mail.outbox.clear()

    OfficeHoursCancellation.objects.create(
        schedule=office_hours, date=FIRST_TUESDAYS[1], reason="De bibliotheek is dicht."
    )
    with freeze_time(NOW), django_capture_on_commit_callbacks(execute=True):
        sync_bookable(office_hours)

    held.refresh_from_db()
    other_date.refresh_from_db()
    assert held.status == BookingStatus.CANCELLED
    assert other_date.status == BookingStatus.CONFIRMED
    assert [message.to for message in mail.outbox] == [["fatima@example.org"]]
    assert "De bibliotheek is dicht." in mail.outbox[0].body


def test_office_hours_that_take_no_more_appointments_refuse_new_ones(office_hours, talk):
    location = office_hours.appointment_location
    office_hours.appointment_types.set([])

    sync_bookable(office_hours)

    location.refresh_from_db()
    assert not location.is_active
    with pytest.raises(BookingRefused) as refused:
        booking.hold(location, [talk], datetime.datetime(2027, 3, 2, 10, 0, tzinfo=AMS), NOW)
    assert refused.value.reason == "inactive location"


def test_editing_the_office_hours_moves_the_slots_with_them(office_hours, talk):
    office_hours.week_of_month = WeekOfMonth.SECOND
    office_hours.start_time = datetime.time(14)
    office_hours.end_time = datetime.time(15)
    office_hours.save()
    sync_bookable(office_hours)
    location = office_hours.appointment_location

    days = available_days(location, [talk], NOW.date(), datetime.date(2027, 4, 30), NOW)
    slots = day_slots(location, [talk], days[0], NOW)

    assert days == [datetime.date(2027, 3, 9), datetime.date(2027, 4, 13)]
    assert slots[0].starts_at.strftime("%H:%M") == "14:00"
    assert AppointmentLocation.objects.count() == 1


def test_an_editor_makes_office_hours_bookable_in_the_admin(admin_client, village, talk):
    data = office_hours_data(village, appointment_types=[talk.pk], desks=2, slot_minutes=20)

    response = admin_client.post(reverse(f"{OFFICE_HOURS}:add"), data)

    assert response.status_code == 302
    location = AppointmentLocation.objects.get()
    assert location.slot_minutes == 20
    assert list(talk.locations.all()) == [location]


def test_deleting_bookable_office_hours_stops_their_bookings(admin_client, office_hours):
    location = office_hours.appointment_location

    response = admin_client.post(reverse(f"{OFFICE_HOURS}:delete", args=[office_hours.pk]))

    assert response.status_code == 302
    location.refresh_from_db()
    assert not location.is_active


def test_the_area_agenda_links_to_booking_these_office_hours(client, office_hours):
    with freeze_time(NOW):
        page = client.get(office_hours.area.url)

    link = reverse("appointments:start") + f"?locatie={office_hours.appointment_location_id}"
    assert link in page.content.decode()


def test_the_booking_link_of_office_hours_chooses_what_they_offer(client, office_hours, talk):
    response = client.get(
        reverse("appointments:start"), {"locatie": office_hours.appointment_location_id}
    )

    form = response.context["form"]
    assert list(form.initial["type"]) == [talk]
    assert form.initial["locatie"] == office_hours.appointment_location_id


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("slot_minutes", "0"),
        ("slot_minutes", "999"),
        ("desks", "0"),
        ("desks", "abc"),
        ("desks", ""),
    ],
)
def test_bad_booking_settings_are_refused_and_nothing_changes(
    admin_client, office_hours, talk, field, value
):
    data = office_hours_data(
        office_hours.area, appointment_types=[talk.pk], slot_minutes=15, desks=2
    )
    data[field] = value

    response = admin_client.post(reverse(f"{OFFICE_HOURS}:edit", args=[office_hours.pk]), data)

    assert response.status_code == 200
    assert field in response.context["form"].errors
    location = AppointmentLocation.objects.get()
    assert (location.slot_minutes, location.is_active) == (15, True)
    office_hours.refresh_from_db()
    assert office_hours.desks == 2
