"""An appointment as an iCalendar file (RFC 5545), for the e-mail and the download link.

One VEVENT with a stable UID (the reference), the times in UTC, the place and what to bring; a
cancelled appointment is the same event with STATUS:CANCELLED and a higher SEQUENCE, so a
calendar program that took the first file removes the appointment.
"""

from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from appointments.models import Booking, BookingStatus

PRODUCT_ID = "-//Gemeente Geertruidenberg//Afspraken//NL"


def appointment_calendar(booking: Booking, manage_url: str, host: str) -> bytes:
    kinds = list(booking.types.all())
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    event = Event()
    event.add("uid", f"{booking.reference}@{host}")
    event.add("dtstamp", timezone.now())
    event.add("dtstart", booking.starts_at)
    event.add("dtend", booking.ends_at)
    event.add(
        "summary",
        _("Appointment with the municipality") + ": " + ", ".join(kind.name for kind in kinds),
    )
    event.add("location", booking.location.address or booking.location.name)
    bring = [kind.what_to_bring for kind in kinds if kind.what_to_bring]
    description = [
        _("Reference") + f": {booking.reference}",
        *bring,
        _("To view, move or cancel the appointment, use this link:") + f" {manage_url}",
    ]
    event.add("description", "\n\n".join(description))
    event.add("url", manage_url)
    cancelled = booking.status == BookingStatus.CANCELLED
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    event.add("sequence", booking.sequence)
    calendar.add_component(event)
    return calendar.to_ical()
