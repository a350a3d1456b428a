"""Our own booking behind the appointment-system interface (``adapters.base``)."""

import datetime

from django.utils import timezone
from django.utils.translation import gettext as _

from appointments import booking as booking_steps
from appointments.adapters.base import (
    AppointmentAdapter,
    AppointmentDetails,
    Customer,
    CustomerField,
    Location,
    Product,
)
from appointments.models import AppointmentLocation, AppointmentType, Booking
from appointments.slots import available_days, day_slots
from core.working_time import office_time_zone


def as_product(kind: AppointmentType) -> Product:
    return Product(str(kind.pk), kind.name, kind.duration_minutes)


def as_location(location: AppointmentLocation) -> Location:
    return Location(str(location.pk), location.name, location.address)


def identifier_number(identifier: str) -> int | None:
    """Our identifiers are database ids as strings; anything else identifies nothing."""
    text = str(identifier)
    return int(text) if text.isdigit() and len(text) < 12 else None


class BuiltinAdapter(AppointmentAdapter):
    """Appointment types, locations and bookings in this site's own database."""

    def _types(self, products: list[Product]) -> list[AppointmentType]:
        wanted = [identifier_number(product.identifier) for product in products]
        found = {kind.pk: kind for kind in AppointmentType.objects.filter(pk__in=wanted)}
        if None in wanted or len(found) != len(set(wanted)):
            raise booking_steps.BookingRefused(
                _("We do not know this appointment. Please choose again."), "unknown product"
            )
        return [found[pk] for pk in wanted]

    def _location(self, location: Location) -> AppointmentLocation:
        number = identifier_number(location.identifier)
        found = AppointmentLocation.objects.filter(pk=number).first() if number else None
        if found is None:
            raise booking_steps.BookingRefused(
                _("We do not know this location. Please choose again."), "unknown location"
            )
        return found

    def get_available_products(self, current_products=None, location_id=None):
        kinds = AppointmentType.objects.filter(is_active=True)
        if location_id is not None:
            kinds = kinds.filter(locations__pk=int(location_id))
        for product in current_products or []:
            kinds = kinds.filter(locations__appointment_types__pk=int(product.identifier))
        return [as_product(kind) for kind in kinds.distinct()]

    def get_locations(self, products):
        locations = AppointmentLocation.objects.filter(is_active=True)
        for kind in self._types(products):
            locations = locations.filter(appointment_types=kind)
        return [as_location(location) for location in locations.distinct()]

    def get_dates(self, products, location, start_at=None, end_at=None):
        today = timezone.now().astimezone(office_time_zone()).date()
        first = start_at or today
        last = end_at or first + datetime.timedelta(days=366)
        return available_days(self._location(location), self._types(products), first, last)

    def get_times(self, products, location, day):
        slots = day_slots(self._location(location), self._types(products), day)
        return [slot.starts_at for slot in slots]

    def get_required_customer_fields(self, products, location=None):
        fields = [CustomerField("name"), CustomerField("email"), CustomerField("phone", False)]
        if location is not None and self._location(location).needs_address:
            fields.append(CustomerField("address"))
        return fields

    def create_appointment(self, products, location, start_at, client: Customer, remarks=""):
        held = booking_steps.hold(self._location(location), self._types(products), start_at)
        booking_steps.confirm(
            held,
            name=client.name,
            email=client.email,
            phone=client.phone,
            address=client.address,
            remarks=remarks,
        )
        return held.reference

    def delete_appointment(self, identifier):
        booking_steps.cancel(Booking.objects.get(reference=identifier))

    def get_appointment_details(self, identifier):
        booking = Booking.objects.select_related("location").get(reference=identifier)
        return AppointmentDetails(
            identifier=booking.reference,
            products=[as_product(kind) for kind in booking.types.all()],
            location=as_location(booking.location),
            starts_at=booking.starts_at,
            ends_at=booking.ends_at,
            status=booking.status,
        )
