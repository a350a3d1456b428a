"""One code, one ballot, even when 50 people submit the same code at the same moment.

Each thread has its own database connection, so this is a real race on the database: only
PostgreSQL runs the submissions truly in parallel (SQLite serialises writers), so the test runs
there only.
"""

import threading

import pytest
from django.db import connection, connections

from tests.youth.voting_helpers import count_round, new_codes
from youth.ballots import BallotRefused, Refusal, cast_ballot
from youth.models import Ballot, BallotChoice, RejectedVoteAttempt, VoteCode

SUBMISSIONS = 50

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="needs PostgreSQL: SQLite runs one writer at a time, so there is no race to test",
    ),
]


def test_fifty_simultaneous_submissions_of_one_code_give_exactly_one_ballot(youth_home):
    voting_round, proposals = count_round(youth_home, max_choices=2)
    _batch, codes = new_codes(voting_round, count=1)
    chosen = [proposals[0].pk, proposals[1].pk]
    start = threading.Barrier(SUBMISSIONS)
    outcomes, errors = [], []

    def submit():
        try:
            start.wait()
            try:
                cast_ballot(voting_round, codes[0], chosen)
                outcomes.append("cast")
            except BallotRefused as refused:
                outcomes.append(refused.reason)
        except Exception as error:  # noqa: BLE001 - reported by the assertion below
            errors.append(repr(error))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=submit) for _ in range(SUBMISSIONS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert errors == []
    assert outcomes.count("cast") == 1
    assert outcomes.count(Refusal.USED) == SUBMISSIONS - 1
    assert Ballot.objects.count() == 1
    assert BallotChoice.objects.count() == 2
    assert VoteCode.objects.filter(redeemed_at__isnull=False).count() == 1
    assert RejectedVoteAttempt.objects.get(round=voting_round, reason="used").count == 49
