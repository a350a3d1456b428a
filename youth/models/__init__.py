"""Models of the youth section, one module per concept."""

from youth.models.pages import VotingRoundPage, YouthHomePage
from youth.models.proposals import AgeBand, YouthContact, YouthProposal
from youth.models.voting import (
    Ballot,
    BallotChoice,
    RejectedVoteAttempt,
    VoteCode,
    VoteCodeBatch,
)

__all__ = [
    "AgeBand",
    "Ballot",
    "BallotChoice",
    "RejectedVoteAttempt",
    "VoteCode",
    "VoteCodeBatch",
    "VotingRoundPage",
    "YouthContact",
    "YouthHomePage",
    "YouthProposal",
]
