"""How long neighbourhoods keep personal data (see ``home.retention``).

``INITIATIVE_CONTACT_RETENTION_DAYS`` (default 365) days after an initiative was not approved or
was carried out, the name and phone number of its contact person are blanked and the e-mail
address is replaced by ``ANONYMISED_EMAIL`` (the field must hold a valid address; ``.invalid``
can never receive mail). E-mail addresses and phone numbers typed into the resident's own texts
are removed at the same moment; the initiative itself stays. Team contacts on area pages and the
places of meetings are work and public details, not personal data.
"""

import datetime

from home.retention import BLANK, SCRUB, Replace, RetentionRule, declare_not_personal, register

ANONYMISED_EMAIL = "verwijderd@anoniem.invalid"


def _expired_initiatives(now, days):
    from neighbourhoods.initiative_status import FINAL_STATUSES
    from neighbourhoods.models import Initiative

    return Initiative.objects.filter(
        status__in=FINAL_STATUSES, status_changed_at__lte=now - datetime.timedelta(days=days)
    )


INITIATIVE_CONTACT = register(
    RetentionRule(
        model="neighbourhoods.Initiative",
        expired=_expired_initiatives,
        clock="the initiative's final status (not approved or carried out)",
        fields={
            "contact_name": BLANK,
            "contact_phone": BLANK,
            "contact_email": Replace(ANONYMISED_EMAIL),
            "description": SCRUB,
            "helpers": SCRUB,
            "budget_explanation": SCRUB,
        },
        days_setting="INITIATIVE_CONTACT_RETENTION_DAYS",
        default_days=365,
        marker="contact_anonymised_at",
    )
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
