"""The steps of a residents' initiative, and the one function that takes a step.

::

    received ──► in_conversation ──► approved ──► carried_out
       │  │                │            │
       │  └──► approved    └──────┐     │ (falls through: the money goes back)
       └──────────────────────► not_approved ◄┘

* Staff may approve straight from "received": a small initiative (a street party that needs no
  money, say) should not wait for a conversation nobody needs.
* An approved initiative may still fall through (approved → not_approved); its amount goes back
  to the budget it came from.
* "Not approved" and "carried out" are final. Nothing ever goes back to "received".

``change_status`` takes one step in one transaction: it locks the initiative, checks the step,
takes the money from the neighbourhood budget with one conditional UPDATE (so two approvals at
the same moment cannot overspend; the database check on the budget is the last line of defence),
records an ``InitiativeStatusChange``, writes the audit log and e-mails the resident once, after
the commit. ``record_submission`` does the same for a new initiative ("" → received).
"""

import logging
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

from neighbourhoods import budgets, initiative_emails
from neighbourhoods.models import (
    Initiative,
    InitiativeStatus,
    InitiativeStatusChange,
    NeighbourhoodBudget,
)
from neighbourhoods.models.initiatives import MAX_AMOUNT

logger = logging.getLogger(__name__)

STATUS_ACTION = "neighbourhoods.initiative_status"
RECEIVED_ACTION = "neighbourhoods.initiative_received"
DECIDE_PERMISSION = "neighbourhoods.decide_initiative"

NEXT_STATUSES = {
    InitiativeStatus.RECEIVED: (
        InitiativeStatus.IN_CONVERSATION,
        InitiativeStatus.APPROVED,
        InitiativeStatus.NOT_APPROVED,
    ),
    InitiativeStatus.IN_CONVERSATION: (InitiativeStatus.APPROVED, InitiativeStatus.NOT_APPROVED),
    InitiativeStatus.APPROVED: (InitiativeStatus.CARRIED_OUT, InitiativeStatus.NOT_APPROVED),
    InitiativeStatus.NOT_APPROVED: (),
    InitiativeStatus.CARRIED_OUT: (),
}

#: The statuses after which nothing happens any more (the contact details can then go).
FINAL_STATUSES = (InitiativeStatus.NOT_APPROVED, InitiativeStatus.CARRIED_OUT)


class InitiativeStatusError(ValidationError):
    """A status change that is not allowed; the message is for staff, in their language.

    ``code`` says what is wrong: ``not_allowed``, ``amount_required``, ``amount_invalid``,
    ``no_budget``, ``budget_exceeded``, ``reason_required`` or ``not_saved``.
    """


def next_statuses(status: str) -> tuple[str, ...]:
    """The statuses an initiative in ``status`` may move to."""
    return NEXT_STATUSES.get(status, ())


def can_decide(user) -> bool:
    """Staff with ``decide_initiative`` (and superusers) change the status of initiatives."""
    return user.is_active and user.has_perm(DECIDE_PERMISSION)


def change_status(
    initiative: Initiative,
    to_status: str,
    *,
    user,
    amount=None,
    note: str = "",
    notify: bool = True,
) -> InitiativeStatusChange:
    """Move ``initiative`` to ``to_status`` and tell the resident; InitiativeStatusError if not.

    ``amount`` (euro, 0 or more) is required to approve; 0 means no money is needed. ``note`` is
    the message to the resident; it is the reason when the initiative is not approved, and then
    it is required. Nothing changes when an error is raised. ``initiative`` is updated in place.
    ``notify=False`` sends no e-mail (demo content with invented residents).
    """
    note = (note or "").strip()
    try:
        with transaction.atomic():
            change = _take_step(initiative.pk, to_status, user=user, amount=amount, note=note)
            if notify:
                initiative_emails.send_after_commit(change)
    except IntegrityError as error:
        logger.warning(
            "Status change of initiative %s to %s refused by the database (%s)",
            initiative.pk,
            to_status,
            type(error).__name__,
        )
        raise InitiativeStatusError(
            _("The change could not be saved. Nothing has changed. Please try again."),
            code="not_saved",
        ) from error
    saved = change.initiative
    for name in ("status", "approved_amount", "budget_id", "decision_reason", "status_changed_at"):
        setattr(initiative, name, getattr(saved, name))
    return change


def record_submission(initiative: Initiative, *, notify: bool = True) -> InitiativeStatusChange:
    """The first step of a new initiative ("" → received), its log entry and the confirmation.

    Call it inside the transaction that stores the initiative: the e-mail goes after the commit.
    ``notify=False`` sends no confirmation (demo content).
    """
    now = timezone.now()
    Initiative.objects.filter(pk=initiative.pk).update(status_changed_at=now)
    initiative.status_changed_at = now
    change = InitiativeStatusChange.objects.create(
        initiative=initiative, from_status="", to_status=InitiativeStatus.RECEIVED
    )
    log(
        instance=initiative,
        action=RECEIVED_ACTION,
        user=None,
        data={"area": initiative.area_id, "budget_requested": _money(initiative.budget_requested)},
    )
    if notify:
        initiative_emails.send_after_commit(change)
    return change


def _take_step(pk: int, to_status: str, *, user, amount, note: str) -> InitiativeStatusChange:
    locked = Initiative.objects.select_for_update().get(pk=pk)
    from_status = locked.status
    if to_status not in next_statuses(from_status):
        raise InitiativeStatusError(
            _("An initiative that is “%(from)s” cannot become “%(to)s”."),
            code="not_allowed",
            params={"from": _label(from_status), "to": _label(to_status)},
        )
    fields = ["status", "status_changed_at"]
    if to_status == InitiativeStatus.APPROVED:
        amount = _checked_amount(amount)
        locked.budget = _take_from_budget(locked, amount)
        locked.approved_amount = amount
        locked.decision_reason = note
        fields += ["approved_amount", "budget", "decision_reason"]
    elif to_status == InitiativeStatus.NOT_APPROVED:
        if not note:
            raise InitiativeStatusError(
                _("Explain to the resident why the initiative is not approved."),
                code="reason_required",
            )
        if from_status == InitiativeStatus.APPROVED:
            _give_back_to_budget(locked)
        locked.approved_amount = None
        locked.budget = None
        locked.decision_reason = note
        fields += ["approved_amount", "budget", "decision_reason"]
    else:
        amount = None
    locked.status = to_status
    locked.status_changed_at = timezone.now()
    locked.save(update_fields=fields)
    change = InitiativeStatusChange.objects.create(
        initiative=locked,
        from_status=from_status,
        to_status=to_status,
        amount=amount if to_status == InitiativeStatus.APPROVED else None,
        note=note,
        changed_by=user,
    )
    log(
        instance=locked,
        action=STATUS_ACTION,
        user=user,
        data={
            "from": from_status,
            "to": to_status,
            "amount": _money(change.amount),
            "budget": locked.budget_id,
        },
    )
    logger.info("Initiative %s moved from %s to %s", locked.pk, from_status, to_status)
    return change


def _checked_amount(amount) -> Decimal:
    if amount is None or amount == "":
        raise InitiativeStatusError(
            _("Fill in the approved amount. Fill in 0 when no money is needed."),
            code="amount_required",
        )
    try:
        amount = Decimal(amount)
    except (ArithmeticError, TypeError, ValueError):
        amount = None
    if amount is None or not amount.is_finite() or amount < 0 or amount > MAX_AMOUNT:
        raise InitiativeStatusError(
            _("Fill in an amount from 0 to %(max)s."),
            code="amount_invalid",
            params={"max": budgets.format_euro(MAX_AMOUNT)},
        )
    return amount.quantize(Decimal("0.01"))


def _take_from_budget(initiative: Initiative, amount: Decimal) -> NeighbourhoodBudget | None:
    """Allocate ``amount`` from this year's budget of the area; None when no money is needed."""
    if amount == 0:
        return None
    year = timezone.localdate().year
    budget = budgets.budget_for(initiative.area, year)
    if budget is None:
        raise InitiativeStatusError(
            _(
                "There is no neighbourhood budget for this area in %(year)s. "
                "You can only approve without money (0 euro)."
            ),
            code="no_budget",
            params={"year": year},
        )
    allocated = NeighbourhoodBudget.objects.filter(
        pk=budget.pk, amount__gte=F("allocated") + amount
    ).update(allocated=F("allocated") + amount)
    if not allocated:
        remaining = NeighbourhoodBudget.objects.get(pk=budget.pk).remaining
        logger.info(
            "Approval of initiative %s refused: budget %s has not enough left",
            initiative.pk,
            budget.pk,
        )
        raise InitiativeStatusError(
            _("There is not enough money left in the neighbourhood budget (%(remaining)s left)."),
            code="budget_exceeded",
            params={"remaining": budgets.format_euro(remaining)},
        )
    return budget


def _give_back_to_budget(initiative: Initiative) -> None:
    """Release the approved amount of an initiative that fell through."""
    amount = initiative.approved_amount or Decimal("0")
    if amount == 0 or initiative.budget_id is None:
        return
    released = NeighbourhoodBudget.objects.filter(
        pk=initiative.budget_id, allocated__gte=amount
    ).update(allocated=F("allocated") - amount)
    if not released:
        logger.error(
            "Budget %s holds less than the amount of initiative %s; nothing released",
            initiative.budget_id,
            initiative.pk,
        )
        raise InitiativeStatusError(
            _("The change could not be saved. Nothing has changed. Please try again."),
            code="not_saved",
        )


def _label(status: str):
    return dict(InitiativeStatus.choices).get(status, status)


def _money(amount) -> str | None:
    return None if amount is None else str(amount)
