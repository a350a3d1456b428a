"""How long neighbourhoods keep personal data (see ``core.retention``).

``INITIATIVE_CONTACT_RETENTION_DAYS`` (default 365) days after an initiative was not approved or
was carried out, the name and phone number of its contact person are blanked and the e-mail
address is replaced by ``ANONYMISED_EMAIL`` (``Initiative.contact_fields``, the shared design of
``participation.models.ContactDetails``). E-mail addresses and phone numbers typed into the
resident's own texts are removed at the same moment; the initiative itself stays. Team contacts
on area pages and the places of meetings are work and public details, not personal data.
"""

import datetime

from django.utils.translation import gettext_lazy as _

from core.retention import LegalBasis, PrivacyNotice, declare_not_personal, register
from neighbourhoods.initiative_status import FINAL_STATUSES
from neighbourhoods.models import Initiative
from neighbourhoods.models.initiatives import ANONYMISED_EMAIL

__all__ = ["ANONYMISED_EMAIL", "INITIATIVE_CONTACT"]


def _expired_initiatives(now, days):
    return Initiative.objects.filter(
        status__in=FINAL_STATUSES, status_changed_at__lte=now - datetime.timedelta(days=days)
    )


INITIATIVE_CONTACT = register(
    Initiative.contact_retention_rule(
        expired=_expired_initiatives,
        clock="the initiative's final status (not approved or carried out)",
        scrub=("description", "helpers", "budget_explanation"),
        days_setting="INITIATIVE_CONTACT_RETENTION_DAYS",
        default_days=365,
    ),
    notice=PrivacyNotice(
        data=_(
            "Your name, e-mail address and phone number when you send in a residents' initiative"
        ),
        purpose=_(
            "To talk with you about your initiative and to pay out the neighbourhood budget."
        ),
        legal_basis=LegalBasis.PUBLIC_TASK,
        term=_("%(days)s days after we said no to the initiative, or after it was carried out."),
    ),
)
declare_not_personal(
    "neighbourhoods.AreaContact",
    ["name", "phone", "email"],
    "a municipal team or officer residents can contact: work details, published on purpose",
)
for place_model in ("neighbourhoods.Meeting", "neighbourhoods.RecurringOfficeHours"):
    declare_not_personal(
        place_model,
        ["location_name", "address"],
        "the public building where a meeting is held, not a person's address",
    )
