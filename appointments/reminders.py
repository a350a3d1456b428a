"""The reminder the day before: one e-mail per confirmed appointment of tomorrow.

``send_appointment_reminders`` (run hourly by the scheduler, see docker-compose.yml) finds the
confirmed appointments of the next calendar day (office time zone) that have no reminder yet,
marks each one (a conditional update, so two runs at the same time never send twice) and sends
it. It also gives back the places of held bookings that were never confirmed.
"""

import datetime
import logging

from django.db import transaction
from django.utils import timezone

from appointments.booking import release_expired_holds
from appointments.emails import send_appointment_email
from appointments.models import Booking, BookingStatus
from appointments.slots import local
from core.working_time import office_time_zone

logger = logging.getLogger(__name__)


def send_reminders(now: datetime.datetime | None = None) -> int:
    now = now or timezone.now()
    release_expired_holds(now)
    tomorrow = now.astimezone(office_time_zone()).date() + datetime.timedelta(days=1)
    start = local(tomorrow, datetime.time.min)
    due = Booking.objects.filter(
        status=BookingStatus.CONFIRMED,
        reminded_at__isnull=True,
        starts_at__gte=start,
        starts_at__lt=start + datetime.timedelta(days=1),
    ).exclude(email="")
    sent = 0
    for booking in due:
        with transaction.atomic():
            claimed = Booking.objects.filter(pk=booking.pk, reminded_at__isnull=True).update(
                reminded_at=now
            )
        if claimed and send_appointment_email(booking, None, "reminder"):
            sent += 1
    logger.info("Appointment reminders sent: %s", sent)
    return sent
