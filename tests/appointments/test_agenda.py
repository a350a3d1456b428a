"""The staff's day agenda: arrived and no-show, blocking slots, cancelling a day, the export."""

import csv
import io

import pytest
from django.contrib.auth.models import Group, Permission
from django.core import mail
from freezegun import freeze_time
from wagtail.models import ModelLogEntry

from appointments import booking
from appointments.models import Booking, BookingStatus
from appointments.slots import day_slots
from tests.appointments.conftest import at

NOW = at(2027, 3, 1, 8, 0)
AGENDA = "/admin/appointments/agenda/"


@pytest.fixture(autouse=True)
def frozen():
    with freeze_time("2027-03-01 08:00:00+01:00"):
        yield


@pytest.fixture
def booked(counter, passport):
    held = booking.hold(counter, [passport], at(2027, 3, 2, 9, 0), NOW)
    booking.confirm(held, name="=HYPERLINK(1)", email="fatima@example.org", phone="0612", now=NOW)
    return held


def staff(django_user_model, *codenames):
    user = django_user_model.objects.create_user("balie", password="x")
    team = Group.objects.create(name="Balie")
    team.permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in codenames:
        team.permissions.add(Permission.objects.get(codename=codename))
    user.groups.add(team)
    return user


def test_the_agenda_shows_the_day_of_a_location(admin_client, counter, booked):
    page = admin_client.get(AGENDA, {"locatie": counter.pk, "dag": "2027-03-02"})

    assert page.status_code == 200
    assert booked.reference in page.content.decode()


def test_staff_mark_a_resident_as_arrived_and_it_is_logged(admin_client, counter, booked):
    admin_client.post(f"{AGENDA}{booked.pk}/arrived/")

    booked.refresh_from_db()
    assert booked.status == BookingStatus.ARRIVED
    assert ModelLogEntry.objects.filter(action="appointments.arrived").count() == 1


def test_a_cancelled_appointment_cannot_be_marked(admin_client, counter, booked):
    booking.cancel(booked, NOW)

    admin_client.post(f"{AGENDA}{booked.pk}/no_show/")

    booked.refresh_from_db()
    assert booked.status == BookingStatus.CANCELLED


def test_a_blocked_slot_cannot_be_booked_until_it_is_freed(admin_client, counter, passport):
    start = at(2027, 3, 2, 10, 0)
    form = {"locatie": counter.pk, "dag": "2027-03-02", "tijd": start.isoformat()}

    admin_client.post(f"{AGENDA}block/", form)
    blocked = {slot.starts_at for slot in day_slots(counter, [passport], start.date(), NOW)}
    admin_client.post(f"{AGENDA}block/", {**form, "vrijgeven": "1"})
    freed = {slot.starts_at for slot in day_slots(counter, [passport], start.date(), NOW)}

    assert start not in blocked
    assert start in freed


def test_cancelling_a_day_cancels_every_appointment_and_mails_each_resident_once(
    admin_client, counter, passport, booked, django_capture_on_commit_callbacks
):
    second = booking.hold(counter, [passport], at(2027, 3, 2, 11, 0), NOW)
    booking.confirm(second, name="Piet", email="piet@example.org", now=NOW)

    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(
            f"{AGENDA}cancel-day/",
            {"locatie": counter.pk, "dag": "2027-03-02", "reden": "De balie is dicht door ziekte."},
        )

    assert set(Booking.objects.values_list("status", flat=True)) == {BookingStatus.CANCELLED}
    assert sorted(message.to[0] for message in mail.outbox) == [
        "fatima@example.org",
        "piet@example.org",
    ]
    assert "De balie is dicht door ziekte." in mail.outbox[0].body
    assert "/afspraak/" in mail.outbox[0].body


def test_cancelling_a_day_needs_a_reason(admin_client, counter, booked):
    admin_client.post(f"{AGENDA}cancel-day/", {"locatie": counter.pk, "dag": "2027-03-02"})

    booked.refresh_from_db()
    assert booked.status == BookingStatus.CONFIRMED


def test_the_export_of_a_day_defuses_formulas(admin_client, counter, booked):
    response = admin_client.get(
        AGENDA, {"locatie": counter.pk, "dag": "2027-03-02", "export": "csv"}
    )

    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[1][1] == booked.reference
    assert rows[1][3] == "'=HYPERLINK(1)"


def test_staff_who_may_only_view_cannot_change(client, django_user_model, counter, booked):
    client.force_login(staff(django_user_model, "view_booking"))

    assert client.get(AGENDA, {"locatie": counter.pk}).status_code == 200
    assert client.post(f"{AGENDA}{booked.pk}/arrived/").status_code in (302, 403)
    assert client.post(f"{AGENDA}cancel-day/", {"reden": "x"}).status_code in (302, 403)
    booked.refresh_from_db()
    assert booked.status == BookingStatus.CONFIRMED


def test_staff_without_the_view_permission_see_no_agenda(client, django_user_model, counter):
    client.force_login(staff(django_user_model))

    assert client.get(AGENDA).status_code in (302, 403)


def test_marking_a_booking_that_does_not_exist_is_not_found(admin_client, counter):
    assert admin_client.post(f"{AGENDA}999999/arrived/").status_code == 404


def test_blocking_a_malformed_time_changes_nothing(admin_client, counter, passport):
    response = admin_client.post(
        f"{AGENDA}block/", {"locatie": counter.pk, "dag": "2027-03-02", "tijd": "<script>"}
    )

    assert response.status_code == 302
    assert (
        len(day_slots(counter, [passport], at(2027, 3, 2, 9, 0).date(), NOW)) == 17
    )  # the whole morning is still free
