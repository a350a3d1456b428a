""" "Make an appointment" where residents look for it: on a product page that has an appointment,
on the contact page, and on the page of an area with a neighbourhood office hour."""

from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from appointments.models import AppointmentLocation, AppointmentType
from core.sections import register_area_section
from kcc_content.product_page_sections import register_product_section

TEMPLATE = "appointments/sections/make_an_appointment.html"


def booking_url(**query) -> str:
    return reverse("appointments:start") + (f"?{urlencode(query)}" if query else "")


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
