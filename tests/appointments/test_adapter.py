"""Our booking behind the Open Formulieren-style adapter interface."""

import datetime

import pytest
from freezegun import freeze_time

from appointments.adapters import get_adapter
from appointments.adapters.base import Customer, CustomerField, Location, Product
from appointments.adapters.builtin import BuiltinAdapter, as_location, as_product
from appointments.booking import BookingRefused
from appointments.models import AppointmentLocation, AppointmentType, BookingStatus, LocationKind
from tests.appointments.conftest import at


@pytest.fixture
def adapter():
    return get_adapter()


def test_the_builtin_adapter_is_the_default(adapter):
    assert isinstance(adapter, BuiltinAdapter)


def test_an_adapter_setting_that_names_something_else_is_refused(settings):
    settings.APPOINTMENT_ADAPTER = "appointments.adapters.base.Product"

    with pytest.raises(TypeError):
        get_adapter()


def test_products_and_locations_narrow_each_other(adapter, counter, passport):
    elsewhere = AppointmentLocation.objects.create(name="Wijkcentrum", kind="neighbourhood_centre")
    office_hour = AppointmentType.objects.create(name="Wijkspreekuur", duration_minutes=15)
    office_hour.locations.add(elsewhere)

    everything = {product.name for product in adapter.get_available_products()}
    at_counter = adapter.get_available_products(location_id=str(counter.pk))

    assert everything == {"Paspoort aanvragen", "Wijkspreekuur"}
    assert [product.name for product in at_counter] == ["Paspoort aanvragen"]
    assert adapter.get_locations([as_product(office_hour)]) == [as_location(elsewhere)]


@freeze_time("2027-03-01 08:00:00+01:00")
def test_a_resident_books_looks_up_and_cancels_through_the_adapter(adapter, counter, passport):
    products, location = [as_product(passport)], as_location(counter)
    days = adapter.get_dates(
        products, location, datetime.date(2027, 3, 1), datetime.date(2027, 3, 5)
    )
    times = adapter.get_times(products, location, days[0])

    identifier = adapter.create_appointment(
        products, location, times[0], Customer("Fatima de Vries", "fatima@example.org")
    )
    details = adapter.get_appointment_details(identifier)
    adapter.delete_appointment(identifier)

    assert days[0] == datetime.date(2027, 3, 1) and times[0] == at(2027, 3, 1, 10, 0)
    assert details.starts_at == times[0] and details.status == BookingStatus.CONFIRMED
    assert details.products == products
    assert adapter.get_appointment_details(identifier).status == BookingStatus.CANCELLED


def test_a_home_visit_asks_for_the_address(adapter, counter, passport):
    home = AppointmentLocation.objects.create(name="Bij u thuis", kind=LocationKind.HOME)

    at_counter = adapter.get_required_customer_fields([as_product(passport)], as_location(counter))
    at_home = adapter.get_required_customer_fields([as_product(passport)], as_location(home))

    assert CustomerField("address") not in at_counter
    assert CustomerField("address") in at_home


def test_an_unknown_product_is_refused(adapter, counter):
    with pytest.raises(BookingRefused):
        adapter.get_times(
            [as_product(AppointmentType(pk=999, name="x", duration_minutes=5))],
            as_location(counter),
            datetime.date(2027, 3, 2),
        )


@pytest.mark.parametrize("identifier", ["999", "jcc-42", "1e5", "", "9" * 30])
def test_an_identifier_that_is_not_ours_is_refused_with_a_dutch_message(
    adapter, counter, passport, identifier
):
    day = datetime.date(2027, 3, 2)
    with pytest.raises(BookingRefused) as unknown_product:
        adapter.get_times([Product(identifier, "x", 5)], as_location(counter), day)
    with pytest.raises(BookingRefused) as unknown_location:
        adapter.get_times([as_product(passport)], Location(identifier, "x"), day)

    assert unknown_product.value.reason == "unknown product"
    assert unknown_location.value.reason == "unknown location"
    assert "Kies opnieuw" in str(unknown_location.value.message)
