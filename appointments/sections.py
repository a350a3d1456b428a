""" "Make an appointment" where residents look for it: on a product page that has an appointment,
on the contact page, and on the page of an area with a neighbourhood office hour."""

from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _

from appointments.links import booking_url
from appointments.models import AppointmentLocation, AppointmentType
from core.contact_page_sections import register_contact_section
from core.sections import register_area_section
from kcc_content.product_page_sections import register_product_section

TEMPLATE = "appointments/sections/make_an_appointment.html"
WAYS_TEMPLATE = "appointments/sections/ways_to_book.html"


@register_product_section("appointment", 5, TEMPLATE, heading=_("Make an appointment"))
def product_appointment(page, request) -> dict | None:
    """The product's appointment types (the Dutch page and its translations share them)."""
    kinds = list(
        AppointmentType.objects.filter(
            is_active=True, product__translation_key=page.translation_key
        ).order_by("name")
    )
    if not kinds:
        return None
    return {"kinds": kinds, "url": booking_url(product=kinds[0].product_id)}


@register_area_section("office-hours-appointment", 55, TEMPLATE, heading=_("Make an appointment"))
def area_office_hours(page, request) -> dict | None:
    """The neighbourhood office hours in this area (or in its village's neighbourhoods)."""
    locations = list(
        AppointmentLocation.objects.filter(
            is_active=True, area_id__in=page.area.own_area_ids()
        ).order_by("name")
    )
    if not locations:
        return None
    return {
        "locations": [(location, booking_url(locatie=location.pk)) for location in locations],
        "kinds": [],
    }


@register_contact_section("appointment", 5, WAYS_TEMPLATE, heading=_("Make an appointment"))
def contact_appointments(page, request) -> dict | None:
    """Every place that takes appointments, with what residents can book there."""
    bookable = AppointmentType.objects.filter(is_active=True).order_by("name")
    locations = AppointmentLocation.objects.filter(
        is_active=True, appointment_types__is_active=True
    ).distinct()
    places = [
        (location, booking_url(locatie=location.pk), [kind.name for kind in location.offered])
        for location in locations.order_by("kind", "name").prefetch_related(
            Prefetch("appointment_types", queryset=bookable, to_attr="offered")
        )
    ]
    return {"places": places} if places else None
