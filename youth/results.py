"""The results of a closed voting round and its integrity report.

Nothing here answers before ``round.is_closed()``: both functions raise ``ResultsNotAvailable``,
so no page, template or export can show a count while people are still voting.

Who wins (also explained on the results page):

* Every proposal is ranked by votes, most first. Equal votes: the lower cost estimate first
  (so the money reaches more proposals), then the title in alphabetical order.
* Count rule ("choose up to N"): the first N proposals in that ranking win.
* Budget rule: going down the ranking, a proposal wins when its cost estimate still fits in
  what is left of the budget; a proposal that does not fit is skipped and the next one tried.
* A proposal without any vote never wins.
"""

from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Count, Q, Sum

from core.results_bars import ResultBar
from youth.models.voting import Ballot, BallotChoice, RejectedVoteAttempt, VoteCodeBatch


class ResultsNotAvailable(Exception):
    """The round has not closed yet: results and counts stay hidden."""


@dataclass
class ProposalResult:
    """One proposal's votes and whether it won."""

    proposal: object
    votes: int
    won: bool = False


@dataclass
class RoundResults:
    """All proposals of a round ranked, with the winners and what they cost together."""

    rows: list[ProposalResult]
    ballots: int
    winners_cost: Decimal = Decimal(0)

    @property
    def winners(self) -> list[ProposalResult]:
        return [row for row in self.rows if row.won]

    @property
    def bars(self) -> list[ResultBar]:
        """The rows of the results table (``components/results_bars.html``), most votes first."""
        return [ResultBar(row.proposal.title, row.votes, item=row) for row in self.rows]


def _ensure_closed(voting_round, now=None) -> None:
    if not voting_round.is_closed(now):
        raise ResultsNotAvailable(f"Voting round {voting_round.pk} has not closed yet")


def _ranking_key(row: ProposalResult):
    cost = row.proposal.cost_estimate
    return (-row.votes, cost is None, cost or Decimal(0), row.proposal.title.lower())


def round_results(voting_round, now=None) -> RoundResults:
    """Votes per proposal and the winners under the round's rule (see the module docstring)."""
    _ensure_closed(voting_round, now)
    votes = dict(
        BallotChoice.objects.filter(ballot__round=voting_round)
        .values("proposal")
        .annotate(votes=Count("pk"))
        .values_list("proposal", "votes")
    )
    rows = [
        ProposalResult(proposal, votes.get(proposal.pk, 0))
        for proposal in voting_round.proposals.all()
    ]
    rows.sort(key=_ranking_key)
    results = RoundResults(rows=rows, ballots=Ballot.objects.filter(round=voting_round).count())
    if voting_round.rule == voting_round.Rule.BUDGET:
        left = voting_round.budget or Decimal(0)
        for row in rows:
            cost = row.proposal.cost_estimate
            if row.votes and cost is not None and cost <= left:
                row.won = True
                left -= cost
    else:
        for row in [row for row in rows if row.votes][: voting_round.max_choices]:
            row.won = True
    results.winners_cost = sum(
        (row.proposal.cost_estimate or Decimal(0) for row in results.winners), Decimal(0)
    )
    return results


@dataclass
class BatchFigures:
    """Issued, redeemed and revoked codes of one batch."""

    label: str
    issued: int
    redeemed: int
    revoked_at: object = None

    @property
    def revoked_unused(self) -> int:
        """Codes that could no longer be used because the batch was revoked."""
        return self.issued - self.redeemed if self.revoked_at else 0


@dataclass
class IntegrityReport:
    """The figures anyone can check after a round: codes, refusals and ballots."""

    batches: list[BatchFigures]
    rejected: list[tuple[str, int]]
    ballots: int
    rejected_counts: dict = field(default_factory=dict)
    totals: dict = field(default_factory=dict)

    @property
    def consistent(self) -> bool:
        """Every redeemed code gave exactly one ballot, and every ballot used one code."""
        return self.ballots == self.totals["redeemed"]


def batch_figures(voting_round) -> list[BatchFigures]:
    """Per batch of the round: issued, redeemed and the revocation moment (for staff screens)."""
    batches = VoteCodeBatch.objects.filter(round=voting_round).annotate(
        issued=Count("codes"),
        redeemed=Count("codes", filter=Q(codes__redeemed_at__isnull=False)),
    )
    return [
        BatchFigures(batch.label, batch.issued, batch.redeemed, batch.revoked_at)
        for batch in batches.order_by("created_at", "pk")
    ]


def integrity_report(voting_round, now=None) -> IntegrityReport:
    """Codes issued, redeemed and revoked per batch, refused attempts and ballots counted."""
    _ensure_closed(voting_round, now)
    batches = batch_figures(voting_round)
    counted = dict(
        RejectedVoteAttempt.objects.filter(round=voting_round)
        .values("reason")
        .annotate(total=Sum("count"))
        .values_list("reason", "total")
    )
    rejected = [
        (label, counted.get(value, 0)) for value, label in RejectedVoteAttempt.Reason.choices
    ]
    report = IntegrityReport(
        batches=batches,
        rejected=rejected,
        ballots=Ballot.objects.filter(round=voting_round).count(),
        rejected_counts={reason: count for reason, count in counted.items() if count},
    )
    report.totals = {
        "issued": sum(b.issued for b in batches),
        "redeemed": sum(b.redeemed for b in batches),
        "revoked_unused": sum(b.revoked_unused for b in batches),
        "rejected": sum(count for _label, count in rejected),
    }
    return report
