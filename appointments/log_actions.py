"""The audit-log actions of the staff's appointment agenda, with their labels in Wagtail's
history views. The entries never hold the resident's details. Imported from
``AppointmentsConfig.ready()`` so the hook is registered before the admin loads."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

AGENDA_ACTIONS = {
    "appointments.arrived": (_("Mark as arrived"), _("Resident arrived")),
    "appointments.no_show": (_("Mark as no-show"), _("Resident did not come")),
    "appointments.cancelled_by_staff": (_("Cancel by staff"), _("Appointment cancelled by staff")),
    "appointments.slot_blocked": (_("Block or free a slot"), _("Slot blocked or freed")),
}


@hooks.register("register_log_actions")
def register_appointment_log_actions(actions):
    for action, (label, message) in AGENDA_ACTIONS.items():
        actions.register_action(action, label, message)
