""" "Make an appointment" where residents and staff look for it, on the shared demo: a journey's
step, the contact page, the neighbourhood agenda, and the KCC's Kennisbank."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from appointments.models import AppointmentLocation, AppointmentType
from journeys.models import JourneyPage
from kcc_content.models import ProductPage
from legal.models import ContactPage
from neighbourhoods.models import RecurringOfficeHours

pytestmark = pytest.mark.django_db


def html(client, url, **query) -> BeautifulSoup:
    response = client.get(url, query)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def product_id(slug: str) -> int:
    return ProductPage.objects.get(slug=slug, locale__language_code="nl").pk


def booking_link(**query) -> str:
    key, value = next(iter(query.items()))
    return f"{reverse('appointments:start')}?{key}={value}"


def test_a_journey_step_links_to_booking_its_product(demo_site, client):
    page = JourneyPage.objects.live().get(slug="ik-ga-trouwen", locale__language_code="nl")

    step_links = html(client, page.url).select(".journey-step__appointments a")

    hrefs = {link["href"] for link in step_links}
    assert booking_link(product=product_id("huwelijk-en-partnerschap")) in hrefs
    assert booking_link(product=product_id("paspoort")) in hrefs


def test_a_journey_step_without_an_appointment_shows_no_booking_link(demo_site, client):
    page = JourneyPage.objects.live().get(slug="ik-ga-trouwen", locale__language_code="nl")
    AppointmentType.objects.update(is_active=False)

    assert not html(client, page.url).select(".journey-step__appointments")


def test_the_contact_page_lists_every_place_that_takes_appointments(demo_site, client):
    page = ContactPage.objects.live().get(locale__language_code="nl")

    section = html(client, page.url).find(id="appointment")

    names = [link.get_text(strip=True) for link in section.select("a")]
    assert "Gemeentewinkel" in names
    assert "Telefonisch" in names
    assert sum(name.startswith("Wijkspreekuur") for name in names) == 3
    counter = AppointmentLocation.objects.get(name="Gemeentewinkel")
    assert section.find("a", href=booking_link(locatie=counter.pk))


def test_the_counter_button_books_here_when_the_editor_set_no_other_address(demo_site, client):
    page = ContactPage.objects.live().get(locale__language_code="nl")
    ContactPage.objects.filter(pk=page.pk).update(appointment_page=None, appointment_url="")

    counter = html(client, page.url).find("section", attrs={"aria-labelledby": "contact-counter"})

    assert counter.find("a", href=reverse("appointments:start"))


def test_bookable_office_hours_link_to_their_booking_in_the_area_agenda(demo_site, client):
    schedule = RecurringOfficeHours.objects.filter(appointment_location__isnull=False).first()

    page = html(client, schedule.area.url)

    assert page.select(
        f'.agenda-item__booking a[href="{booking_link(locatie=schedule.appointment_location_id)}"]'
    )


@pytest.fixture
def kcc_user(demo_site, django_user_model, client):
    user = django_user_model.objects.create_user("kcc-test", "kcc-test@example.org", "w8w-12345")
    user.groups.add(Group.objects.get(name="KCC-medewerkers"))
    client.force_login(user)
    return user


def test_the_kcc_books_for_a_caller_from_the_kennisbank(kcc_user, client):
    page = html(client, reverse("kcc_kennisbank"), q="paspoort")

    links = page.find_all("a", string="Boek voor de inwoner")

    assert booking_link(product=product_id("paspoort")) in {link["href"] for link in links}


def test_staff_who_may_not_book_see_no_booking_control(kcc_user, client):
    kcc_user.groups.first().permissions.remove(Permission.objects.get(codename="add_booking"))

    page = html(client, reverse("kcc_kennisbank"), q="paspoort")

    assert not page.find_all("a", string="Boek voor de inwoner")
