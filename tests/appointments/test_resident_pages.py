"""A resident books, views, moves and cancels an appointment with plain HTML forms (no JavaScript)."""

import re

import icalendar
import pytest
from django.contrib.auth.models import Permission
from django.core import mail
from freezegun import freeze_time

from appointments.models import AppointmentLocation, Booking, BookingStatus
from tests.appointments.conftest import at
from tests.kcc_content.kcc_factories import publish_product

pytestmark = pytest.mark.usefixtures("home")

NOW = "2027-03-01 08:00:00+01:00"


@pytest.fixture(autouse=True)
def frozen():
    with freeze_time(NOW):
        yield


def times_url(kinds, location) -> str:
    query = "&".join(f"type={kind.pk}" for kind in kinds)
    return f"/afspraak/tijd/?{query}&locatie={location.pk}"


def hold(client, kinds, location, moment):
    return client.post(times_url(kinds, location), {"tijd": moment.strftime("%Y-%m-%dT%H:%M:%S%z")})


def fill_in(client, details_url, **overrides):
    data = {"name": "Fatima de Vries", "email": "fatima@example.org", "phone": "06 12345678"}
    return client.post(details_url, {**data, **overrides})


def book(client, kinds, location, moment, django_capture_on_commit_callbacks):
    details_url = hold(client, kinds, location, moment)["Location"]
    with django_capture_on_commit_callbacks(execute=True):
        confirmed = fill_in(client, details_url)
    return confirmed["Location"]


def test_step_one_sends_the_choice_to_the_time_page(client, counter, passport):
    response = client.get(f"/afspraak/?stap=1&type={passport.pk}&locatie={counter.pk}")

    assert response.status_code == 302
    assert response["Location"] == times_url([passport], counter)


def test_a_product_page_link_preselects_its_appointment(client, counter, passport, home):
    product = publish_product(home, title="Paspoort", slug="paspoort")
    passport.product = product
    passport.save()

    response = client.get(f"/afspraak/?product={product.pk}")

    assert response.status_code == 200
    assert re.search(rf'value="{passport.pk}"\s+checked', response.content.decode())


def test_an_area_page_link_preselects_its_office_hours(client, counter, passport):
    response = client.get(f"/afspraak/?locatie={counter.pk}")

    assert response.status_code == 200
    assert re.search(rf'value="{counter.pk}"\s+checked', response.content.decode())
    assert "Controleer uw keuze" not in response.content.decode()


def test_a_type_the_location_does_not_offer_is_refused_in_dutch(client, counter, passport):
    elsewhere = AppointmentLocation.objects.create(name="Wijkcentrum")

    response = client.get(f"/afspraak/?stap=1&type={passport.pk}&locatie={elsewhere.pk}")

    assert response.status_code == 200
    assert "kunt u niet regelen bij Wijkcentrum" in response.content.decode()


def test_more_products_than_one_appointment_takes_are_refused(client, counter):
    query = "&".join(f"type={number}" for number in range(100))

    response = client.get(f"/afspraak/?stap=1&{query}&locatie={counter.pk}")

    assert response.status_code == 200
    assert "hoogstens 5 producten" in response.content.decode()


def test_the_time_page_lists_free_days_and_times(client, counter, passport):
    response = client.get(times_url([passport], counter))

    page = response.content.decode()
    assert response.status_code == 200
    assert "maandag 1 maart" in page
    assert 'value="2027-03-01T10:00:00+0100"' in page  # two hours' notice
    assert 'value="2027-03-01T09:50:00+0100"' not in page


def test_choosing_day_after_day_keeps_the_link_short(client, counter, passport):
    url = times_url([passport], counter)
    for _ in range(3):
        page = client.get(url).content.decode()
        links = re.findall(r'href="\?([^"]*dag=2027-03-0[2-4][^"]*)"', page)
        url = times_url([passport], counter).split("?")[0] + "?" + links[-1].replace("&amp;", "&")

    assert url.count("dag=") == 1
    assert url.count("type=") == 1
    assert f"locatie={counter.pk}" in url
    assert client.get(url).status_code == 200


def test_a_resident_books_and_gets_an_email_with_a_calendar_file(
    client, counter, passport, django_capture_on_commit_callbacks
):
    manage_url = book(
        client, [passport], counter, at(2027, 3, 2, 9, 0), django_capture_on_commit_callbacks
    )

    page = client.get(manage_url)
    booking = Booking.objects.get()
    assert booking.status == BookingStatus.CONFIRMED
    assert booking.reference in page.content.decode()
    assert "dinsdag 2 maart 2027" in page.content.decode()
    [message] = mail.outbox
    assert message.to == ["fatima@example.org"]
    assert booking.reference in message.subject
    assert manage_url in message.body
    name, content, mimetype = message.attachments[0]
    event = icalendar.Calendar.from_ical(content).walk("VEVENT")[0]
    assert event.decoded("dtstart") == at(2027, 3, 2, 9, 0)
    assert event.decoded("dtend") == at(2027, 3, 2, 9, 20)
    assert str(event["uid"]).startswith(booking.reference)


def test_the_link_with_a_wrong_token_opens_nothing(
    client, counter, passport, django_capture_on_commit_callbacks
):
    manage_url = book(
        client, [passport], counter, at(2027, 3, 2, 9, 0), django_capture_on_commit_callbacks
    )

    assert client.get(manage_url.rstrip("/") + "x/").status_code == 404
    assert client.get(manage_url.replace("/AF-", "/AF-X")).status_code == 404


def test_a_resident_moves_the_appointment(
    client, counter, passport, django_capture_on_commit_callbacks
):
    manage_url = book(
        client, [passport], counter, at(2027, 3, 2, 9, 0), django_capture_on_commit_callbacks
    )

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(manage_url + "verplaatsen/", {"tijd": "2027-03-03T11:00:00+0100"})

    assert response["Location"] == manage_url
    assert Booking.objects.get().starts_at == at(2027, 3, 3, 11, 0)
    assert "verplaatst" in mail.outbox[-1].subject


def test_a_resident_cancels_after_confirming_with_a_post(
    client, counter, passport, django_capture_on_commit_callbacks
):
    manage_url = book(
        client, [passport], counter, at(2027, 3, 2, 9, 0), django_capture_on_commit_callbacks
    )

    asked = client.get(manage_url + "annuleren/")
    assert Booking.objects.get().status == BookingStatus.CONFIRMED
    with django_capture_on_commit_callbacks(execute=True):
        client.post(manage_url + "annuleren/")

    assert asked.status_code == 200
    assert Booking.objects.get().status == BookingStatus.CANCELLED
    assert "geannuleerd" in mail.outbox[-1].subject
    assert "geannuleerd" in client.get(manage_url).content.decode()


def test_a_time_someone_else_just_took_is_refused_with_a_message(client, counter, passport):
    hold(client, [passport], counter, at(2027, 3, 2, 9, 0))
    hold(client, [passport], counter, at(2027, 3, 2, 9, 0))

    response = hold(client, [passport], counter, at(2027, 3, 2, 9, 0))

    assert response.status_code == 409
    assert "Iemand anders heeft deze tijd net geboekt" in response.content.decode()
    assert Booking.objects.count() == 2


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2027-02-26T09:00:00+0100", "al voorbij"),
        ("2027-09-01T09:00:00+0200", "hoogstens 60 dagen"),
        ("2027-03-02T09:05:00+0100", "niet beschikbaar"),
        ("not a time", "bestaat niet"),
        ("", "Kies een tijd"),
    ],
)
def test_bad_times_are_refused_and_nothing_is_booked(client, counter, passport, value, message):
    response = client.post(times_url([passport], counter), {"tijd": value})

    assert response.status_code in (400, 409)
    assert message in response.content.decode()
    assert not Booking.objects.exists()


def test_details_are_checked_and_the_hold_survives_a_mistake(client, counter, passport):
    details_url = hold(client, [passport], counter, at(2027, 3, 2, 9, 0))["Location"]

    huge = fill_in(client, details_url, name="x" * 500, email="geen-adres")

    assert huge.status_code == 400
    assert "geen-adres" in huge.content.decode()  # the resident's input is kept
    assert Booking.objects.get().status == BookingStatus.HELD
    script = fill_in(client, details_url, name="<script>alert(1)</script>")
    assert script.status_code == 302
    page = client.get(script["Location"]).content.decode()
    assert "<script>alert(1)</script>" not in page
    assert Booking.objects.get().name == "<script>alert(1)</script>"  # kept as text, never run


def test_a_hold_that_ran_out_asks_to_choose_again(client, counter, passport):
    details_url = hold(client, [passport], counter, at(2027, 3, 2, 9, 0))["Location"]

    with freeze_time("2027-03-01 08:30:00+01:00"):
        hold(client, [passport], counter, at(2027, 3, 2, 10, 0))  # releases the expired hold
        response = fill_in(client, details_url)

    assert response.status_code == 410
    assert "Kies opnieuw" in response.content.decode()


def test_a_tampered_hold_token_opens_nothing(client, counter, passport):
    details_url = hold(client, [passport], counter, at(2027, 3, 2, 9, 0))["Location"]

    assert client.get(details_url[:-3] + "xx/").status_code == 410


def test_the_calendar_file_downloads(client, counter, passport, django_capture_on_commit_callbacks):
    manage_url = book(
        client, [passport], counter, at(2027, 3, 2, 9, 0), django_capture_on_commit_callbacks
    )

    response = client.get(manage_url + "afspraak.ics")

    assert response["Content-Type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(response.content)
    assert calendar.walk("VEVENT")[0].decoded("dtstart") == at(2027, 3, 2, 9, 0)


def test_holding_is_rate_limited(client, counter, passport, settings):
    settings.APPOINTMENT_RATE_LIMIT = (2, 3600)
    hold(client, [passport], counter, at(2027, 3, 2, 9, 0))
    hold(client, [passport], counter, at(2027, 3, 2, 10, 0))

    response = hold(client, [passport], counter, at(2027, 3, 2, 11, 0))

    assert response.status_code == 429
    assert Booking.objects.count() == 2


def test_staff_who_book_for_a_resident_are_recorded_on_the_booking(
    client, counter, passport, django_user_model
):
    employee = django_user_model.objects.create_user("balie", password="x")
    employee.user_permissions.add(Permission.objects.get(codename="add_booking"))
    client.force_login(employee)

    hold(client, [passport], counter, at(2027, 3, 2, 9, 0))

    assert Booking.objects.get().booked_by == employee


def test_a_resident_who_is_logged_in_elsewhere_books_for_themselves(
    client, counter, passport, django_user_model
):
    client.force_login(django_user_model.objects.create_user("inwoner", password="x"))

    hold(client, [passport], counter, at(2027, 3, 2, 9, 0))

    assert Booking.objects.get().booked_by is None
