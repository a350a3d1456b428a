"""Casting a ballot: one code, one ballot, and no way back from the ballot to the code.

``cast_ballot`` checks everything on the server: the round is open, the choice follows the
round's rule, the code is well formed. Then one transaction redeems the code with a conditional
UPDATE (only an unused code of a valid batch of this round) and writes the ballot. Concurrent
submissions of the same code all try that UPDATE; the database lets exactly one of them change
the row, so exactly one ballot is written. Refused attempts are counted per round, day and reason
for the integrity report; the code itself is never stored.
"""

from django.db import models, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from youth.models.voting import (
    Ballot,
    BallotChoice,
    RejectedVoteAttempt,
    VoteCode,
    VoteCodeBatch,
)
from youth.round_rules import choice_problem
from youth.vote_codes import code_hash, is_well_formed, normalise

Reason = RejectedVoteAttempt.Reason


class Refusal(models.TextChoices):
    """Why a ballot was refused: the code reasons of ``RejectedVoteAttempt`` and two more."""

    MALFORMED = Reason.MALFORMED.value, Reason.MALFORMED.label
    UNKNOWN = Reason.UNKNOWN.value, Reason.UNKNOWN.label
    USED = Reason.USED.value, Reason.USED.label
    REVOKED = Reason.REVOKED.value, Reason.REVOKED.label
    BLOCKED = Reason.BLOCKED.value, Reason.BLOCKED.label
    NOT_OPEN = "not_open", _("Voting is not open")
    INVALID_CHOICE = "invalid_choice", _("The choice does not follow the rule")


#: What a young person reads for each refusal (the wording never says whether a wrong code exists).
REFUSAL_MESSAGES = {
    Refusal.MALFORMED: _("There is a typo in the vote code."),
    Refusal.UNKNOWN: _("This vote code is not right. Take another good look."),
    Refusal.USED: _("This vote code has been used already."),
    Refusal.REVOKED: _("This vote code is no longer valid."),
    Refusal.BLOCKED: _("You typed a wrong vote code too often. Try again later."),
    Refusal.NOT_OPEN: _("You cannot vote now. Voting is closed."),
}


class BallotRefused(Exception):
    """The ballot was not cast; ``reason`` is a ``Refusal``, ``message`` what the voter reads."""

    def __init__(self, reason: Refusal, message=None):
        self.reason = Refusal(reason)
        self.message = message or REFUSAL_MESSAGES.get(self.reason, "")
        super().__init__(f"Ballot refused: {self.reason.value}")


def record_refusal(voting_round, reason, now=None) -> None:
    """Count one refused code attempt for the integrity report (an atomic increment)."""
    if reason not in Reason.values:
        return
    counter, _created = RejectedVoteAttempt.objects.get_or_create(
        round=voting_round, day=timezone.localdate(now or timezone.now()), reason=reason
    )
    RejectedVoteAttempt.objects.filter(pk=counter.pk).update(count=F("count") + 1)


def _refuse(voting_round, reason, now=None):
    record_refusal(voting_round, reason, now)
    raise BallotRefused(reason)


def chosen_proposals(voting_round, proposal_ids) -> list:
    """The proposals of this ballot behind ``proposal_ids``; refuses ids not on the ballot."""
    try:
        ids = [int(pk) for pk in proposal_ids]
    except (TypeError, ValueError):
        raise BallotRefused(Refusal.INVALID_CHOICE, _("Choose proposals from the list.")) from None
    proposals = list(voting_round.proposals.filter(pk__in=ids))
    if len(proposals) != len(set(ids)):
        raise BallotRefused(Refusal.INVALID_CHOICE, _("Choose proposals from the list."))
    if len(ids) != len(set(ids)):
        raise BallotRefused(Refusal.INVALID_CHOICE, _("Choose each proposal only once."))
    problem = choice_problem(voting_round, proposals)
    if problem:
        raise BallotRefused(Refusal.INVALID_CHOICE, problem)
    return proposals


def _why_not_redeemed(voting_round, hashed: str) -> Refusal:
    code = VoteCode.objects.filter(code_hash=hashed).select_related("batch").first()
    if code is None or code.batch.round_id != voting_round.pk:
        return Refusal.UNKNOWN
    if code.redeemed_at is not None:
        return Refusal.USED
    if code.batch.revoked_at is not None:
        return Refusal.REVOKED
    return Refusal.UNKNOWN


def _valid_batch_ids(voting_round) -> list[int]:
    return list(
        VoteCodeBatch.objects.filter(round=voting_round, revoked_at__isnull=True).values_list(
            "pk", flat=True
        )
    )


def check_code(voting_round, typed_code: str, now=None) -> str:
    """Step 1: is this a usable code of this round? Returns the canonical code; redeems nothing."""
    now = now or timezone.now()
    if not voting_round.is_open(now):
        raise BallotRefused(Refusal.NOT_OPEN)
    code = normalise(typed_code or "")
    if not is_well_formed(code):
        _refuse(voting_round, Refusal.MALFORMED, now)
    hashed = code_hash(code)
    usable = VoteCode.objects.filter(
        code_hash=hashed, redeemed_at__isnull=True, batch__in=_valid_batch_ids(voting_round)
    ).exists()
    if not usable:
        _refuse(voting_round, _why_not_redeemed(voting_round, hashed), now)
    return code


def cast_ballot(voting_round, typed_code: str, proposal_ids, now=None) -> Ballot:
    """Redeem ``typed_code`` and write one ballot for ``proposal_ids``, or raise BallotRefused."""
    now = now or timezone.now()
    if not voting_round.is_open(now):
        raise BallotRefused(Refusal.NOT_OPEN)
    proposals = chosen_proposals(voting_round, proposal_ids)
    code = normalise(typed_code or "")
    if not is_well_formed(code):
        _refuse(voting_round, Refusal.MALFORMED, now)
    hashed = code_hash(code)
    # The batch ids are plain values, not a join: PostgreSQL re-checks the WHERE clause of a
    # waiting UPDATE only against the new version of the updated row, so the condition must be
    # on that row alone for the second of two concurrent submissions to find it redeemed.
    batch_ids = _valid_batch_ids(voting_round)
    with transaction.atomic():
        redeemed = VoteCode.objects.filter(
            code_hash=hashed, redeemed_at__isnull=True, batch__in=batch_ids
        ).update(redeemed_at=now)
        if redeemed == 1:
            ballot = Ballot.objects.create(round=voting_round, cast_on=timezone.localdate(now))
            BallotChoice.objects.bulk_create(
                BallotChoice(ballot=ballot, proposal=proposal) for proposal in proposals
            )
            return ballot
    _refuse(voting_round, _why_not_redeemed(voting_round, hashed), now)
