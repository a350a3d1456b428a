"""The demo's office hours that take appointments: after the appointments demo made the
appointment types, each office hours entry in ``data/agenda.yaml`` with ``bookable_for`` offers
those types (by name), so the three neighbourhood office hours can be booked on the website with
the hours typed once, in the agenda."""

from appointments.models import AppointmentType
from neighbourhoods.bookable_office_hours import sync_bookable
from neighbourhoods.demo import content
from neighbourhoods.models import RecurringOfficeHours


def make_office_hours_bookable() -> None:
    for data in content.OFFICE_HOURS:
        names = data.get("bookable_for", [])
        schedule = RecurringOfficeHours.objects.filter(
            area__slug=data["area"],
            area__locale__language_code="nl",
            topic=data["topic"],
            weekday=data["weekday"],
        ).first()
        if not names or schedule is None or schedule.appointment_location_id:
            continue  # idempotent: bookable already (or not in this demo)
        schedule.appointment_types.set(AppointmentType.objects.filter(name__in=names))
        schedule.save()
        sync_bookable(schedule)
