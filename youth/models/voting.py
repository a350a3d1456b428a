"""Voting rounds, code batches, codes and ballots.

A ballot is never linked to a code, a batch or a person: redeeming the code and writing the
ballot happen in one transaction (see ``youth.ballots.cast_ballot``), and the ballot keeps only
the round, the day and the chosen proposals.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class VoteCodeBatch(models.Model):
    """A batch of codes handed out together, e.g. at one school or to one age band."""

    round = models.ForeignKey(
        "youth.VotingRoundPage",
        verbose_name=_("voting round"),
        on_delete=models.CASCADE,
        related_name="batches",
    )
    label = models.CharField(
        _("batch"), max_length=100, help_text=_("For example: Cambreur College, klas 2.")
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)

    class Meta:
        verbose_name = _("vote code batch")
        verbose_name_plural = _("vote code batches")
        ordering = ["round", "created_at"]
        constraints = [
            models.UniqueConstraint(fields=["round", "label"], name="unique_batch_label_per_round"),
        ]

    def __str__(self):
        return self.label


class VoteCode(models.Model):
    """One single-use code, stored only as a keyed hash (see ``youth.vote_codes``)."""

    batch = models.ForeignKey(VoteCodeBatch, on_delete=models.CASCADE, related_name="codes")
    code_hash = models.CharField(max_length=64, unique=True)
    redeemed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("vote code")
        verbose_name_plural = _("vote codes")

    def __str__(self):
        return f"{_('vote code')} {self.pk}"


class Ballot(models.Model):
    """One cast vote: the round, the day and the chosen proposals; nothing about the voter."""

    round = models.ForeignKey(
        "youth.VotingRoundPage", on_delete=models.CASCADE, related_name="ballots"
    )
    cast_on = models.DateField(_("cast on"))
    proposals = models.ManyToManyField(
        "youth.YouthProposal", through="youth.BallotChoice", related_name="+"
    )

    class Meta:
        verbose_name = _("ballot")
        verbose_name_plural = _("ballots")
        default_permissions = ()  # nobody edits ballots, not even in the admin

    def __str__(self):
        return f"{_('ballot')} {self.pk}"


class BallotChoice(models.Model):
    """One proposal chosen on one ballot."""

    ballot = models.ForeignKey(Ballot, on_delete=models.CASCADE, related_name="choices")
    proposal = models.ForeignKey(
        "youth.YouthProposal", on_delete=models.PROTECT, related_name="ballot_choices"
    )

    class Meta:
        default_permissions = ()
        constraints = [
            models.UniqueConstraint(fields=["ballot", "proposal"], name="one_choice_per_proposal"),
        ]

    def __str__(self):
        return f"{self.ballot_id}: {self.proposal_id}"


class RejectedVoteAttempt(models.Model):
    """How many code attempts were refused, per round, day and reason (for the integrity report)."""

    class Reason(models.TextChoices):
        MALFORMED = "malformed", _("Typing error (check character)")
        UNKNOWN = "unknown", _("Unknown code")
        USED = "used", _("Code already used")
        REVOKED = "revoked", _("Code revoked")
        BLOCKED = "blocked", _("Too many attempts")

    round = models.ForeignKey(
        "youth.VotingRoundPage", on_delete=models.CASCADE, related_name="rejected_attempts"
    )
    day = models.DateField()
    reason = models.CharField(max_length=20, choices=Reason.choices)
    count = models.PositiveIntegerField(default=0)

    class Meta:
        default_permissions = ("view",)
        constraints = [
            models.UniqueConstraint(fields=["round", "day", "reason"], name="one_counter_per_day"),
        ]

    def __str__(self):
        return f"{self.round_id} {self.day} {self.reason}: {self.count}"
