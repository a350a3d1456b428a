"""Approvals at the same moment never spend more than the neighbourhood budget (PostgreSQL).

Each thread has its own database connection and its own transaction; a barrier releases them
together. SQLite allows one writer at a time, so this race cannot happen there.
"""

import threading
from decimal import Decimal

import pytest
from django.core import mail
from django.db import connection

from neighbourhoods.initiative_status import InitiativeStatusError, change_status
from neighbourhoods.models import Initiative, InitiativeStatus, NeighbourhoodBudget
from tests.neighbourhoods.factories import BudgetFactory, InitiativeFactory

pytestmark = [
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="needs PostgreSQL: SQLite has one writer at a time, so approvals cannot race",
    ),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def approve_all_at_once(initiatives, amount: Decimal, user) -> list:
    """Approve every initiative in its own thread, all released together; the outcomes."""
    barrier = threading.Barrier(len(initiatives))
    outcomes = [None] * len(initiatives)

    def approve(index, initiative):
        from django.db import connection as thread_connection

        try:
            barrier.wait(timeout=30)
            change_status(initiative, InitiativeStatus.APPROVED, user=user, amount=amount)
            outcomes[index] = "approved"
        except InitiativeStatusError as error:
            outcomes[index] = error.code
        finally:
            thread_connection.close()

    threads = [
        threading.Thread(target=approve, args=(index, initiative))
        for index, initiative in enumerate(initiatives)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return outcomes


@pytest.fixture
def staff(django_user_model):
    return django_user_model.objects.create_user("wijkregisseur", "wr@example.org", "x")


def test_two_approvals_at_once_that_together_exceed_the_budget_let_exactly_one_through(
    village, staff
):
    budget = BudgetFactory(area=village, amount=Decimal("1000"))
    initiatives = [InitiativeFactory(area=village), InitiativeFactory(area=village)]

    outcomes = approve_all_at_once(initiatives, Decimal("600"), staff)

    assert sorted(outcomes) == ["approved", "budget_exceeded"]
    budget.refresh_from_db()
    assert budget.allocated == Decimal("600")
    approved = Initiative.objects.filter(status=InitiativeStatus.APPROVED)
    assert approved.count() == 1
    assert Initiative.objects.filter(status=InitiativeStatus.RECEIVED).count() == 1
    assert len(mail.outbox) == 1


def test_twenty_approvals_at_once_never_spend_more_than_the_budget(village, staff):
    budget = BudgetFactory(area=village, amount=Decimal("1000"))
    initiatives = [InitiativeFactory(area=village) for _ in range(20)]

    outcomes = approve_all_at_once(initiatives, Decimal("150"), staff)

    assert outcomes.count("approved") == 6
    assert outcomes.count("budget_exceeded") == 14
    budget.refresh_from_db()
    assert budget.allocated == Decimal("900")
    assert budget.allocated <= budget.amount
    approved = Initiative.objects.filter(status=InitiativeStatus.APPROVED, budget=budget)
    assert sum(item.approved_amount for item in approved) == budget.allocated
    assert len(mail.outbox) == 6


def test_one_initiative_approved_twice_at_once_takes_the_money_once(village, staff):
    budget = BudgetFactory(area=village, amount=Decimal("1000"))
    initiative = InitiativeFactory(area=village)
    same_initiative_twice = [initiative, Initiative.objects.get(pk=initiative.pk)]

    outcomes = approve_all_at_once(same_initiative_twice, Decimal("300"), staff)

    assert sorted(outcomes) == ["approved", "not_allowed"]
    assert NeighbourhoodBudget.objects.get(pk=budget.pk).allocated == Decimal("300")
    assert initiative.status_changes.count() == 1
    assert len(mail.outbox) == 1
