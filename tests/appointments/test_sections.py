""" "Make an appointment" shows where residents look for it: the product page, the area page."""

import pytest

from appointments.models import AppointmentLocation, AppointmentType
from tests.kcc_content.kcc_factories import publish_product
from tests.neighbourhoods.factories import AreaIndexPageFactory, AreaPageFactory


@pytest.fixture
def passport_page(home, counter, passport):
    page = publish_product(home, title="Paspoort", slug="paspoort")
    passport.product = page
    passport.save()
    return page


def test_a_product_with_an_appointment_links_to_the_booking_with_it_chosen(client, passport_page):
    page = client.get(passport_page.url).content.decode()

    assert "Maak een afspraak" in page
    assert f'href="/afspraak/?product={passport_page.pk}"' in page
    assert "ongeveer 20 minuten" in page


def test_a_product_without_an_appointment_shows_no_booking_link(client, home, counter):
    page = publish_product(home, title="Rijbewijs", slug="rijbewijs")

    assert 'href="/afspraak/' not in client.get(page.url).content.decode()


def test_an_inactive_appointment_type_is_not_offered(client, passport_page, passport):
    AppointmentType.objects.filter(pk=passport.pk).update(is_active=False)

    assert 'href="/afspraak/' not in client.get(passport_page.url).content.decode()


def test_an_area_page_links_to_the_office_hours_in_that_area(client, home):
    index = AreaIndexPageFactory(parent=home)
    village = AreaPageFactory(parent=index, title="Raamsdonk", slug="raamsdonk")
    office_hours = AppointmentLocation.objects.create(
        name="Wijkspreekuur Raamsdonk", kind="neighbourhood_centre", area=village.area
    )

    page = client.get(village.url).content.decode()

    assert "Wijkspreekuur Raamsdonk" in page
    assert f"/afspraak/?locatie={office_hours.pk}" in page
