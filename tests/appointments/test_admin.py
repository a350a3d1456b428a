"""Staff manage what can be booked in the admin; bookings are opened there, never edited."""

import datetime

import pytest
from django.contrib.auth.models import Group, Permission

from appointments import booking
from appointments.models import OpeningRule
from tests.appointments.conftest import at

NOW = at(2027, 3, 1, 8, 0)


@pytest.fixture
def held(counter, passport):
    return booking.hold(counter, [passport], at(2027, 3, 2, 9, 0), NOW)


def test_an_administrator_lists_and_opens_bookings(admin_client, held):
    listing = admin_client.get("/admin/appointments/bookings/")
    opened = admin_client.get(f"/admin/appointments/bookings/inspect/{held.pk}/")

    assert listing.status_code == 200
    assert held.reference in listing.content.decode()
    assert opened.status_code == 200
    assert "Gemeentewinkel" in opened.content.decode()


@pytest.mark.parametrize("path", ["new/", "edit/{pk}/", "delete/{pk}/"])
def test_nobody_adds_edits_or_deletes_a_booking_in_the_admin(admin_client, held, path):
    response = admin_client.get("/admin/appointments/bookings/" + path.format(pk=held.pk))

    assert response.status_code in (302, 403)
    assert response.status_code != 200


def test_an_administrator_adds_opening_hours(admin_client, counter):
    response = admin_client.post(
        "/admin/appointments/opening-hours/new/",
        {
            "location": counter.pk,
            "weekday": 5,
            "start_time": "10:00",
            "end_time": "12:00",
            "desks": 1,
            "starts_on": "2027-01-01",
        },
    )

    assert response.status_code == 302
    assert OpeningRule.objects.filter(weekday=5, start_time=datetime.time(10)).exists()


def test_opening_hours_that_end_before_they_start_are_refused(admin_client, counter):
    response = admin_client.post(
        "/admin/appointments/opening-hours/new/",
        {
            "location": counter.pk,
            "weekday": 5,
            "start_time": "12:00",
            "end_time": "10:00",
            "desks": 1,
            "starts_on": "2027-01-01",
        },
    )

    assert response.status_code == 200
    assert not OpeningRule.objects.filter(weekday=5).exists()


def test_staff_without_the_permission_do_not_see_the_bookings(client, django_user_model, held):
    user = django_user_model.objects.create_user("balie", password="x")
    team = Group.objects.create(name="Balie")
    team.permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(team)
    client.force_login(user)

    assert client.get("/admin/appointments/bookings/").status_code in (302, 403)

    team.permissions.add(Permission.objects.get(codename="view_booking"))
    assert client.get("/admin/appointments/bookings/").status_code == 200
