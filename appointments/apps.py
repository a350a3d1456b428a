"""App configuration of appointments: what residents can book, when, and the bookings."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AppointmentsConfig(AppConfig):
    """Appointment types, locations with opening rules, slots and bookings (issue #18)."""

    name = "appointments"
    verbose_name = _("Appointments")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # "Make an appointment" on product and area pages (appointments.sections), and
        # the labels of the agenda's audit-log entries.
        from appointments import log_actions, sections  # noqa: F401
