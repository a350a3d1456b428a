"""Cancelling a session: every appointment at a location in a stretch of time, because the
session does not take place (illness, a closed building, cancelled office hours).

Each resident gets one e-mail with the reason and a link to book again, sent once the
cancellations are committed. Each cancellation is recorded in Wagtail's audit log, by the member
of staff who did it when there is one.
"""

import datetime

from django.db import transaction
from wagtail.log_actions import log

from appointments import booking as booking_steps
from appointments.emails import send_appointment_email
from appointments.models import AppointmentLocation, Booking, BookingStatus


def cancel_session(
    location: AppointmentLocation,
    starts_at: datetime.datetime,
    ends_at: datetime.datetime,
    reason: str,
    user=None,
) -> list[Booking]:
    """Cancel every held or confirmed appointment at ``location`` that starts from ``starts_at``
    up to (not including) ``ends_at``; the cancelled appointments."""
    cancelled = []
    active = Booking.objects.filter(
        location=location,
        starts_at__gte=starts_at,
        starts_at__lt=ends_at,
        status__in=[BookingStatus.CONFIRMED, BookingStatus.HELD],
    ).order_by("starts_at", "pk")
    for item in active:
        if booking_steps.cancel(item):
            cancelled.append(item)
            log(instance=item, action="appointments.cancelled_by_staff", user=user)
    transaction.on_commit(  # a place only held has no e-mail address yet: nothing is sent
        lambda: [send_appointment_email(item, None, "cancelled", reason) for item in cancelled]
    )
    return cancelled
