"""The neighbourhood budget that applies to an area: its own, or else its village's.

A neighbourhood without a budget of its own draws on the budget of the village it lies in, so
the municipality can give money per village or per neighbourhood. Budgets are matched on the
area's ``translation_key``: the English translation of an area page has the same budget.
"""

from decimal import Decimal

from django.utils import timezone

from core import euro_amounts
from neighbourhoods.models import NeighbourhoodBudget


def budget_for(area, year: int) -> NeighbourhoodBudget | None:
    """The budget of ``area`` for ``year``, or of the nearest area above it that has one."""
    if area is None:
        return None
    chain = area.area_chain()
    budgets = {
        budget.area.translation_key: budget
        for budget in NeighbourhoodBudget.objects.filter(
            year=year, area__translation_key__in=[page.translation_key for page in chain]
        ).select_related("area")
    }
    for page in chain:
        if page.translation_key in budgets:
            return budgets[page.translation_key]
    return None


def current_budget_for(area) -> NeighbourhoodBudget | None:
    """The budget that applies to ``area`` this year."""
    return budget_for(area, timezone.localdate().year)


def format_euro(amount: Decimal) -> str:
    """``amount`` as people read it in the active language: "€ 3.250" or "€ 750,50"."""
    return euro_amounts.format_euro(amount)
