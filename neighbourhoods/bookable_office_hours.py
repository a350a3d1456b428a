"""Neighbourhood office hours that take appointments, typed once.

An editor who chooses, on recurring office hours, what residents can book a time for makes those
office hours bookable. This module keeps an appointment location for them (a neighbourhood centre
with the office hours' place, address and area, on the office hours' grid) and offers the chosen
appointment types there; the location's hours are the office hours' own dates, read by the opening
source registered below, so they are never typed a second time as opening rules. A cancelled date
has no slots, and the appointments already booked on it are cancelled: each resident gets one
e-mail with the reason and a link to book again.

``sync_bookable`` runs after the office hours are saved in the admin (the snippet hooks in
``neighbourhoods.admin.meetings``) and from the demo; ``stop_bookable`` when they are deleted.
"""

import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext

from appointments.cancelling import cancel_session
from appointments.models import AppointmentLocation, AppointmentType, LocationKind
from appointments.models.offer import MAX_LOCATION_NAME_LENGTH
from appointments.opening_hours import Hours, register_opening_source
from neighbourhoods import recurrence
from neighbourhoods.models import RecurringOfficeHours

#: How far ahead cancelled dates cancel the appointments booked on them.
CANCELLED_DATES_HORIZON_DAYS = 400


def location_name(schedule: RecurringOfficeHours) -> str:
    """A name staff and residents recognise, unique among the locations."""
    name = f"{schedule.topic} {schedule.area.title} ({schedule.location_name})"
    name = name[:MAX_LOCATION_NAME_LENGTH]
    taken = AppointmentLocation.objects.filter(name=name)
    if schedule.appointment_location_id:
        taken = taken.exclude(pk=schedule.appointment_location_id)
    if taken.exists():
        suffix = f" #{schedule.pk}"
        name = name[: MAX_LOCATION_NAME_LENGTH - len(suffix)] + suffix
    return name


def kept_by(schedule: RecurringOfficeHours) -> str:
    """Where staff change this location: the office hours in the admin, in words."""
    return gettext("Neighbourhoods → Office hours: %(schedule)s") % {"schedule": schedule}


@transaction.atomic
def sync_bookable(schedule: RecurringOfficeHours, user=None) -> AppointmentLocation | None:
    """Make the appointment location of ``schedule`` match it; the location, or None when the
    office hours take no appointments (then their location, if any, stops taking them)."""
    chosen = list(schedule.appointment_types.all())
    location = schedule.appointment_location
    if not chosen:
        if location is not None:
            AppointmentLocation.objects.filter(pk=location.pk).update(is_active=False)
            location.appointment_types.clear()
        return None
    location = location or AppointmentLocation(kind=LocationKind.NEIGHBOURHOOD_CENTRE)
    location.name = location_name(schedule)
    location.kind = LocationKind.NEIGHBOURHOOD_CENTRE
    location.address = f"{schedule.location_name}, {schedule.address}"[:200]
    location.area = schedule.area.area
    location.slot_minutes = schedule.slot_minutes
    location.directions = schedule.accessibility_note
    location.is_active = True
    location.kept_by = kept_by(schedule)
    location.save()
    if schedule.appointment_location_id != location.pk:
        RecurringOfficeHours.objects.filter(pk=schedule.pk).update(appointment_location=location)
        schedule.appointment_location = location
    for kind in AppointmentType.objects.filter(locations=location).exclude(
        pk__in=[kind.pk for kind in chosen]
    ):
        kind.locations.remove(location)
    for kind in chosen:
        kind.locations.add(location)
    cancel_booked_on_cancelled_dates(schedule, location, user)
    return location


def cancel_booked_on_cancelled_dates(schedule, location, user=None) -> None:
    """Cancel what was booked on a date that the office hours no longer take place."""
    today = timezone.localdate()
    end = today + datetime.timedelta(days=CANCELLED_DATES_HORIZON_DAYS)
    for occurrence in recurrence.occurrences(schedule, today, end):
        if occurrence.cancelled:
            cancel_session(
                location,
                occurrence.starts_at,
                occurrence.ends_at,
                occurrence.cancel_reason or gettext("The office hours do not take place."),
                user=user,
            )


def stop_bookable(schedule: RecurringOfficeHours) -> None:
    """Office hours that are deleted take no more appointments (what was booked stays, for the
    agenda and the residents' own links)."""
    if schedule.appointment_location_id:
        location = schedule.appointment_location
        AppointmentLocation.objects.filter(pk=location.pk).update(is_active=False)
        location.appointment_types.clear()


def office_hours_opening(
    location: AppointmentLocation, first: datetime.date, last: datetime.date
) -> list[Hours]:
    """The dates of the office hours a location was made for, cancelled dates left out."""
    if location.kind != LocationKind.NEIGHBOURHOOD_CENTRE:
        return []
    schedules = RecurringOfficeHours.objects.filter(appointment_location=location).prefetch_related(
        "cancellations"
    )
    return [
        Hours(occurrence.date, schedule.start_time, schedule.end_time, schedule.desks)
        for schedule in schedules
        for occurrence in recurrence.occurrences(schedule, first, last)
        if not occurrence.cancelled
    ]


register_opening_source("neighbourhood office hours", office_hours_opening)
