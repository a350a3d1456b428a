"""How long appointments keep personal data (see ``core.retention``).

An appointment keeps the resident's name, e-mail address, phone number, address and remarks
``APPOINTMENT_RETENTION_DAYS`` (default 30) days after the appointment took place (or was
cancelled or never completed); then they are blanked and e-mail addresses and phone numbers in
the remarks removed. The appointment itself (what, where, when, status) stays for the figures.
"""

import datetime

from django.utils.translation import gettext_lazy as _

from appointments.models import Booking
from core.retention import LegalBasis, PrivacyNotice, declare_not_personal, register


def _expired_bookings(now, days):
    return Booking.objects.filter(ends_at__lte=now - datetime.timedelta(days=days))


register(
    Booking.contact_retention_rule(
        expired=_expired_bookings,
        clock="the appointment took place",
        scrub=("remarks",),
        days_setting="APPOINTMENT_RETENTION_DAYS",
        default_days=30,
    ),
    notice=PrivacyNotice(
        data=_("Your name, e-mail address, phone number and address when you make an appointment"),
        purpose=_("To plan your appointment and to tell you about it."),
        legal_basis=LegalBasis.PUBLIC_TASK,
        term=_("%(days)s days after the appointment."),
    ),
)
declare_not_personal(
    "appointments.AppointmentLocation",
    ["name", "address", "directions"],
    "the municipality's own offices and neighbourhood centres",
)
declare_not_personal(
    "appointments.AppointmentType", ["name"], "the name of a municipal product or service"
)
