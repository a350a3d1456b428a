"""How long the front office keeps personal data (see ``core.retention``).

A callback or contact request keeps the resident's name, phone number and e-mail address
``FRONT_OFFICE_REQUEST_RETENTION_DAYS`` (default 90) days after it was closed; then they are
blanked and e-mail addresses and phone numbers typed into the subject, the question and the
team's notes are removed. The request itself (kind, team, times, outcome) stays, so the measured
service norms can still be checked. Notes on a registered contact are cleaned the same way
``FRONT_OFFICE_CONTACT_NOTE_RETENTION_DAYS`` (default 90) days after the contact. A team's mailbox
is a work address.
"""

import datetime

from django.utils.translation import gettext_lazy as _

from core.retention import (
    SCRUB,
    LegalBasis,
    PrivacyNotice,
    RetentionRule,
    declare_not_personal,
    register,
)
from front_office.models import ContactMoment, ContactRequest, RequestNote

CLOCK = "the request was closed"
TERM = _("%(days)s days after we have handled your request.")


def _expired_requests(now, days):
    return ContactRequest.objects.filter(closed_at__lte=now - datetime.timedelta(days=days))


def _expired_notes(now, days):
    return RequestNote.objects.filter(request__closed_at__lte=now - datetime.timedelta(days=days))


def _expired_contact_notes(now, days):
    return ContactMoment.objects.filter(registered_at__lte=now - datetime.timedelta(days=days))


register(
    ContactRequest.contact_retention_rule(
        expired=_expired_requests,
        clock=CLOCK,
        scrub=("subject", "question"),
        days_setting="FRONT_OFFICE_REQUEST_RETENTION_DAYS",
        default_days=90,
    ),
    notice=PrivacyNotice(
        data=_(
            "Your name, phone number and e-mail address when you ask us to call you back or ask a question"
        ),
        purpose=_("To call you back or answer your question."),
        legal_basis=LegalBasis.PUBLIC_TASK,
        term=TERM,
    ),
)
register(
    RetentionRule(
        model="front_office.RequestNote",
        expired=_expired_notes,
        clock=CLOCK,
        fields={"text": SCRUB},
        notice=PrivacyNotice(
            data=_("What our staff write down while they handle your request"),
            purpose=_("So that every colleague knows what was agreed with you."),
            legal_basis=LegalBasis.PUBLIC_TASK,
            term=TERM,
        ),
        days_setting="FRONT_OFFICE_REQUEST_RETENTION_DAYS",
        default_days=90,
    )
)
register(
    RetentionRule(
        model="front_office.ContactMoment",
        expired=_expired_contact_notes,
        clock="the contact was registered",
        fields={"note": SCRUB},
        notice=PrivacyNotice(
            data=_("A short note when you phone us, write to us or come to the counter"),
            purpose=_("To count what residents ask us, and to help you better next time."),
            legal_basis=LegalBasis.PUBLIC_TASK,
            term=_("%(days)s days after your contact with us."),
        ),
        days_setting="FRONT_OFFICE_CONTACT_NOTE_RETENTION_DAYS",
        default_days=90,
        marker="note_scrubbed_at",
    )
)
declare_not_personal(
    "front_office.HandlingTeam", ["email"], "a team's shared work mailbox, not a person's address"
)
