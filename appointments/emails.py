"""The resident's e-mails about an appointment: confirmed, moved, cancelled.

Each is one plain-text message in the active language with the appointment as an ``.ics`` attachment and the
link to view, move or cancel it. Send them after the transaction that made the change has been
committed. A failure to send is logged in English with the reference only (never an address).
"""

import logging
import smtplib
from urllib.parse import urlparse

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from appointments.calendar_file import appointment_calendar
from appointments.models import Booking
from core.request_origin import site_url

logger = logging.getLogger(__name__)

SUBJECTS = {
    "confirmed": _("Your appointment with the municipality (%(reference)s)"),
    "moved": _("Your appointment has been moved (%(reference)s)"),
    "cancelled": _("Your appointment has been cancelled (%(reference)s)"),
    "reminder": _("Reminder: your appointment tomorrow (%(reference)s)"),
}


def manage_url(booking: Booking, token: str | None) -> str:
    """The resident's link to their appointment; without a token, the page to book again."""
    if token is None:
        return site_url().rstrip("/") + reverse("appointments:start")
    path = reverse("appointments:manage", args=[booking.reference, token])
    return site_url().rstrip("/") + path


def send_appointment_email(
    booking: Booking, token: str | None, kind: str, reason: str = ""
) -> bool:
    """Send the ``kind`` e-mail (confirmed, moved, cancelled) about ``booking``; ``reason`` says
    why staff cancelled it (the link then leads to booking again)."""
    if not booking.email:
        return False
    link = manage_url(booking, token)
    context = {"booking": booking, "types": list(booking.types.all()), "link": link}
    body = render_to_string(f"appointments/emails/{kind}.txt", {**context, "reason": reason})
    message = EmailMessage(
        subject=str(SUBJECTS[kind]) % {"reference": booking.reference},
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[booking.email],
    )
    host = urlparse(site_url()).hostname or "localhost"
    message.attach("afspraak.ics", appointment_calendar(booking, link, host), "text/calendar")
    try:
        message.send()
    except (smtplib.SMTPException, OSError):
        logger.exception("Appointment e-mail %s for %s could not be sent", kind, booking.reference)
        return False
    return True
