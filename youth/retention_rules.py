"""How long the youth section keeps personal data (see ``core.retention``).

A young person's optional e-mail address (``YouthContact``) is blanked and marked anonymised
``YOUTH_CONTACT_RETENTION_DAYS`` (default 365) days after the proposal was sent, or after the
last voting round with the proposal on its ballot closed, whichever is later. At the same moment
e-mail addresses and phone numbers typed into the proposal's texts are removed
(``YOUTH_PROPOSAL_RETENTION_DAYS``, default 365); the proposal itself stays. Vote codes are
stored only as keyed hashes and ballots hold nothing about the voter, so they need no rule.
"""

import datetime

from django.utils.translation import gettext_lazy as _

from core.retention import SCRUB, LegalBasis, PrivacyNotice, RetentionRule, register
from youth.models import YouthContact, YouthProposal

CLOCK = "the proposal was sent, or the last voting round with the proposal closed"
#: How long, for residents.
TERM = _("%(days)s days after you sent the proposal, or after the last vote on it.")


def _expired_contacts(now, days):
    cutoff = now - datetime.timedelta(days=days)
    return YouthContact.objects.filter(created_at__lte=cutoff).exclude(
        proposals__rounds__closes_at__gt=cutoff
    )


def _expired_proposals(now, days):
    cutoff = now - datetime.timedelta(days=days)
    return YouthProposal.objects.filter(created_at__lte=cutoff).exclude(
        rounds__closes_at__gt=cutoff
    )


register(
    YouthContact.contact_retention_rule(
        expired=_expired_contacts,
        clock=CLOCK,
        days_setting="YOUTH_CONTACT_RETENTION_DAYS",
        default_days=365,
    ),
    notice=PrivacyNotice(
        data=_("Your e-mail address when you send a proposal as a young person"),
        purpose=_("To tell you what happens with your proposal."),
        legal_basis=LegalBasis.CONSENT,
        term=TERM,
    ),
)
register(
    RetentionRule(
        model="youth.YouthProposal",
        expired=_expired_proposals,
        clock=CLOCK,
        fields={"title": SCRUB, "what": SCRUB, "why": SCRUB},
        notice=PrivacyNotice(
            data=_("Your proposal as a young person"),
            purpose=_("To show your proposal on the website and to let young people vote on it."),
            legal_basis=LegalBasis.PUBLIC_TASK,
            term=TERM,
        ),
        days_setting="YOUTH_PROPOSAL_RETENTION_DAYS",
        default_days=365,
    )
)
