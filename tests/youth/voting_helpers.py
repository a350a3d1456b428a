"""Shared set-ups for the voting tests: rounds with proposals and fresh codes."""

import datetime
from decimal import Decimal

from django.utils import timezone

from tests.youth.factories import ProposalFactory, make_round
from youth.code_batches import create_batch
from youth.vote_codes import format_code

BUDGET = Decimal("25000")


def budget_round(youth_home, **fields):
    """An open budget round (€ 25.000) with proposals costing 10, 12 and 8 thousand."""
    proposals = [
        ProposalFactory(youth_home=youth_home, title="Hangplek", cost_estimate=Decimal("10000")),
        ProposalFactory(youth_home=youth_home, title="Pannaveld", cost_estimate=Decimal("12000")),
        ProposalFactory(youth_home=youth_home, title="Moestuin", cost_estimate=Decimal("8000")),
    ]
    fields.setdefault("rule", "budget")
    fields.setdefault("budget", BUDGET)
    return make_round(youth_home, proposals=proposals, **fields), proposals


def count_round(youth_home, max_choices=2, size=4, **fields):
    """An open count round with ``size`` proposals, choose up to ``max_choices``."""
    proposals = [
        ProposalFactory(youth_home=youth_home, title=f"Plan {letter}", cost_estimate=None)
        for letter in "ABCDEFGH"[:size]
    ]
    return (
        make_round(
            youth_home, proposals=proposals, rule="count", max_choices=max_choices, **fields
        ),
        proposals,
    )


def new_codes(voting_round, count=3, label=None):
    """Fresh plain codes (formatted as printed) of a new batch of ``voting_round``."""
    batch, codes = create_batch(voting_round, label or f"Klas {timezone.now().timestamp()}", count)
    return batch, [format_code(code) for code in codes]


def days_ago(days: float):
    return timezone.now() - datetime.timedelta(days=days)
