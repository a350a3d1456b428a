"""How long the youth section keeps personal data (see ``home.retention``).

A young person's optional e-mail address (``YouthContact``) is blanked and marked anonymised
``YOUTH_CONTACT_RETENTION_DAYS`` (default 365) days after the proposal was sent, or after the
last voting round with the proposal on its ballot closed, whichever is later. At the same moment
e-mail addresses and phone numbers typed into the proposal's texts are removed
(``YOUTH_PROPOSAL_RETENTION_DAYS``, default 365); the proposal itself stays. Vote codes are
stored only as keyed hashes and ballots hold nothing about the voter, so they need no rule.
"""

import datetime

from home.retention import BLANK, SCRUB, RetentionRule, register

CLOCK = "the proposal was sent, or the last voting round with the proposal closed"


def _expired_contacts(now, days):
    from youth.models import YouthContact

    cutoff = now - datetime.timedelta(days=days)
    return YouthContact.objects.filter(created_at__lte=cutoff).exclude(
        proposals__rounds__closes_at__gt=cutoff
    )


def _expired_proposals(now, days):
    from youth.models import YouthProposal

    cutoff = now - datetime.timedelta(days=days)
    return YouthProposal.objects.filter(created_at__lte=cutoff).exclude(
        rounds__closes_at__gt=cutoff
    )


register(
    RetentionRule(
        model="youth.YouthContact",
        expired=_expired_contacts,
        clock=CLOCK,
        fields={"email": BLANK},
        days_setting="YOUTH_CONTACT_RETENTION_DAYS",
        default_days=365,
    )
)
register(
    RetentionRule(
        model="youth.YouthProposal",
        expired=_expired_proposals,
        clock=CLOCK,
        fields={"title": SCRUB, "what": SCRUB, "why": SCRUB},
        days_setting="YOUTH_PROPOSAL_RETENTION_DAYS",
        default_days=365,
    )
)
