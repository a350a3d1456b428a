"""The audit-log actions of the front office, with their labels in Wagtail's history views.

Every step of a callback or contact request is logged with ``wagtail.log_actions.log(instance,
"front_office.request.<step>", user=...)``. The entries never hold the resident's details.
Imported from ``FrontOfficeConfig.ready()`` so the hook is registered before the admin loads.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

REQUEST_ACTIONS = {
    "front_office.request.create": (_("Create request"), _("Request received")),
    "front_office.request.claim": (_("Claim request"), _("Request claimed")),
    "front_office.request.note": (_("Add note"), _("Note added")),
    "front_office.request.hand_over": (_("Hand over request"), _("Request handed over")),
    "front_office.request.close": (_("Close request"), _("Request closed")),
    "front_office.request.escalate": (_("Escalate request"), _("Overdue request escalated")),
}


@hooks.register("register_log_actions")
def register_front_office_log_actions(actions):
    """Labels for create, claim, note, hand over, close and escalate."""
    for action, (label, message) in REQUEST_ACTIONS.items():
        actions.register_action(action, label, message)
