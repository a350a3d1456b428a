"""An initiative moves through fixed steps; each step e-mails the resident exactly once."""

import logging
import smtplib
from decimal import Decimal

import pytest
from django.core import mail
from django.core.mail import EmailMessage
from django.db import IntegrityError
from django.utils import translation
from wagtail.models import ModelLogEntry

from neighbourhoods import initiative_status
from neighbourhoods.initiative_emails import send_status_email
from neighbourhoods.initiative_status import (
    NEXT_STATUSES,
    InitiativeStatusError,
    change_status,
    record_submission,
)
from neighbourhoods.models import InitiativeStatus, InitiativeStatusChange, NeighbourhoodBudget
from tests.neighbourhoods.factories import BudgetFactory, InitiativeFactory

pytestmark = pytest.mark.django_db

S = InitiativeStatus
ALL_STATUSES = [choice for choice, _label in S.choices]
ALLOWED = [(start, end) for start, ends in NEXT_STATUSES.items() for end in ends]
NOT_ALLOWED = [
    (start, end)
    for start in ALL_STATUSES
    for end in ALL_STATUSES
    if (start, end) not in ALLOWED and start != end
] + [(start, start) for start in ALL_STATUSES]

#: How to reach each status from "received", with the amount and note each step needs.
ROUTE = {
    S.RECEIVED: [],
    S.IN_CONVERSATION: [S.IN_CONVERSATION],
    S.APPROVED: [S.APPROVED],
    S.NOT_APPROVED: [S.NOT_APPROVED],
    S.CARRIED_OUT: [S.APPROVED, S.CARRIED_OUT],
}


@pytest.fixture
def staff(django_user_model):
    return django_user_model.objects.create_user("wijkregisseur", "wr@example.org", "x")


@pytest.fixture
def budget(village):
    return BudgetFactory(area=village, amount=Decimal("5000"))


@pytest.fixture
def initiative(village):
    return InitiativeFactory(area=village, contact_email="fatima@example.org")


def step(initiative, to_status, user, **kwargs):
    kwargs.setdefault("amount", Decimal("750") if to_status == S.APPROVED else None)
    kwargs.setdefault("note", "Dit is de reden." if to_status == S.NOT_APPROVED else "")
    return change_status(initiative, to_status, user=user, **kwargs)


def bring_to(initiative, status, user):
    for to_status in ROUTE[status]:
        step(initiative, to_status, user)


def allocated(budget) -> Decimal:
    return NeighbourhoodBudget.objects.get(pk=budget.pk).allocated


# Allowed steps


@pytest.mark.parametrize(("start", "end"), ALLOWED)
def test_each_allowed_step_sends_exactly_one_email(
    initiative, budget, staff, start, end, django_capture_on_commit_callbacks
):
    bring_to(initiative, start, staff)
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        change = step(initiative, end, staff)

    assert len(callbacks) == 1
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["fatima@example.org"]
    assert mail.outbox[0].cc == mail.outbox[0].bcc == []
    initiative.refresh_from_db()
    assert initiative.status == end
    assert (change.from_status, change.to_status, change.changed_by) == (start, end, staff)
    change.refresh_from_db()
    assert change.email_sent_at is not None


def test_the_steps_are_the_documented_ones():
    assert NEXT_STATUSES == {
        S.RECEIVED: (S.IN_CONVERSATION, S.APPROVED, S.NOT_APPROVED),
        S.IN_CONVERSATION: (S.APPROVED, S.NOT_APPROVED),
        S.APPROVED: (S.CARRIED_OUT, S.NOT_APPROVED),
        S.NOT_APPROVED: (),
        S.CARRIED_OUT: (),
    }


@pytest.mark.parametrize(("start", "end"), NOT_ALLOWED)
def test_a_step_that_is_not_allowed_is_refused_and_changes_nothing(
    initiative, budget, staff, start, end, django_capture_on_commit_callbacks
):
    bring_to(initiative, start, staff)
    changes_before = InitiativeStatusChange.objects.count()
    allocated_before = allocated(budget)

    with (
        django_capture_on_commit_callbacks(execute=True),
        pytest.raises(InitiativeStatusError) as error,
    ):
        step(initiative, end, staff)

    assert error.value.code == "not_allowed"
    initiative.refresh_from_db()
    assert initiative.status == start
    assert InitiativeStatusChange.objects.count() == changes_before
    assert allocated(budget) == allocated_before
    assert not mail.outbox


def test_the_refusal_names_both_statuses_for_staff(initiative, budget, staff):
    bring_to(initiative, S.NOT_APPROVED, staff)

    with translation.override("en"):
        with pytest.raises(InitiativeStatusError) as error:
            step(initiative, S.RECEIVED, staff)

        assert error.value.messages == [
            "An initiative that is “Not approved” cannot become “Received”."
        ]


# Money


def test_approval_takes_the_amount_from_the_budget(initiative, budget, staff):
    step(initiative, S.APPROVED, staff, amount=Decimal("750"))

    initiative.refresh_from_db()
    assert initiative.approved_amount == Decimal("750")
    assert initiative.budget == budget
    assert allocated(budget) == Decimal("750")


def test_approval_beyond_what_is_left_is_refused_and_nothing_changes(
    village, staff, django_capture_on_commit_callbacks
):
    budget = BudgetFactory(area=village, amount=Decimal("1000"), allocated=Decimal("800"))
    initiative = InitiativeFactory(area=village)

    with (
        django_capture_on_commit_callbacks(execute=True),
        translation.override("nl"),
        pytest.raises(InitiativeStatusError) as error,
    ):
        step(initiative, S.APPROVED, staff, amount=Decimal("300"))
    with translation.override("nl"):
        message = error.value.messages[0]

    assert error.value.code == "budget_exceeded"
    assert "€ 200" in message
    assert "buurtbudget" in message
    initiative.refresh_from_db()
    assert initiative.status == S.RECEIVED
    assert initiative.approved_amount is None
    assert initiative.budget is None
    assert allocated(budget) == Decimal("800")
    assert not InitiativeStatusChange.objects.exists()
    assert not ModelLogEntry.objects.filter(action=initiative_status.STATUS_ACTION).exists()
    assert not mail.outbox


def test_approval_of_exactly_what_is_left_uses_the_whole_budget(village, staff):
    budget = BudgetFactory(area=village, amount=Decimal("1000"), allocated=Decimal("250.50"))
    initiative = InitiativeFactory(area=village)

    step(initiative, S.APPROVED, staff, amount=Decimal("749.50"))

    assert allocated(budget) == Decimal("1000")


def test_a_neighbourhood_without_its_own_budget_uses_its_villages_budget(
    neighbourhood, budget, staff
):
    initiative = InitiativeFactory(area=neighbourhood)

    step(initiative, S.APPROVED, staff, amount=Decimal("100"))

    initiative.refresh_from_db()
    assert initiative.budget == budget
    assert allocated(budget) == Decimal("100")


def test_a_budget_of_another_year_is_not_used(village, initiative, staff):
    from django.utils import timezone

    BudgetFactory(area=village, year=timezone.localdate().year - 1, amount=Decimal("5000"))

    with pytest.raises(InitiativeStatusError) as error:
        step(initiative, S.APPROVED, staff, amount=Decimal("100"))

    assert error.value.code == "no_budget"


def test_without_a_budget_money_cannot_be_approved(initiative, staff):
    with pytest.raises(InitiativeStatusError) as error:
        step(initiative, S.APPROVED, staff, amount=Decimal("0.01"))

    assert error.value.code == "no_budget"
    initiative.refresh_from_db()
    assert initiative.status == S.RECEIVED


def test_without_a_budget_an_initiative_without_money_can_be_approved(initiative, staff):
    step(initiative, S.APPROVED, staff, amount=Decimal("0"))

    initiative.refresh_from_db()
    assert initiative.status == S.APPROVED
    assert initiative.approved_amount == Decimal("0")
    assert initiative.budget is None


@pytest.mark.parametrize(
    ("amount", "code"),
    [(None, "amount_required"), ("", "amount_required"), (Decimal("-1"), "amount_invalid")]
    + [(Decimal("100000"), "amount_invalid"), ("abc", "amount_invalid")],
)
def test_approval_needs_an_amount_of_zero_or_more(initiative, budget, staff, amount, code):
    with pytest.raises(InitiativeStatusError) as error:
        step(initiative, S.APPROVED, staff, amount=amount)

    assert error.value.code == code
    assert allocated(budget) == 0


def test_not_approving_needs_a_reason(initiative, staff):
    with pytest.raises(InitiativeStatusError) as error:
        step(initiative, S.NOT_APPROVED, staff, note="   ")

    assert error.value.code == "reason_required"
    initiative.refresh_from_db()
    assert initiative.status == S.RECEIVED


def test_an_approved_initiative_that_falls_through_gives_its_money_back(initiative, budget, staff):
    step(initiative, S.APPROVED, staff, amount=Decimal("750"))

    step(initiative, S.NOT_APPROVED, staff, note="De buren willen het toch niet.")

    initiative.refresh_from_db()
    assert allocated(budget) == 0
    assert initiative.approved_amount is None
    assert initiative.budget is None
    assert initiative.decision_reason == "De buren willen het toch niet."


def test_the_money_goes_back_to_the_budget_it_came_from(village, initiative, staff):
    from django.utils import timezone

    last_year = BudgetFactory(
        area=village, year=timezone.localdate().year - 1, allocated=Decimal("750")
    )
    this_year = BudgetFactory(area=village, allocated=Decimal("100"))
    initiative.status = S.APPROVED
    initiative.approved_amount = Decimal("750")
    initiative.budget = last_year
    initiative.save()

    step(initiative, S.NOT_APPROVED, staff)

    assert allocated(last_year) == 0
    assert allocated(this_year) == Decimal("100")


def test_carrying_out_keeps_the_amount(initiative, budget, staff):
    step(initiative, S.APPROVED, staff, amount=Decimal("750"))

    step(initiative, S.CARRIED_OUT, staff, amount=Decimal("9999"))

    initiative.refresh_from_db()
    assert initiative.approved_amount == Decimal("750")
    assert initiative.budget == budget
    assert allocated(budget) == Decimal("750")


def test_a_database_error_halfway_leaves_everything_as_it_was(
    initiative, budget, staff, monkeypatch, django_capture_on_commit_callbacks
):
    def refuse(**kwargs):
        raise IntegrityError("check constraint failed")

    monkeypatch.setattr(initiative_status, "log", refuse)

    with (
        django_capture_on_commit_callbacks(execute=True),
        pytest.raises(InitiativeStatusError) as error,
    ):
        step(initiative, S.APPROVED, staff, amount=Decimal("750"))

    assert error.value.code == "not_saved"
    initiative.refresh_from_db()
    assert initiative.status == S.RECEIVED
    assert allocated(budget) == 0
    assert not InitiativeStatusChange.objects.exists()
    assert not mail.outbox


def test_the_database_refuses_a_budget_that_is_overspent(budget):
    with pytest.raises(IntegrityError):
        NeighbourhoodBudget.objects.filter(pk=budget.pk).update(allocated=Decimal("5000.01"))


# Audit log


def test_each_step_is_in_the_audit_log_without_contact_details(initiative, budget, staff):
    step(initiative, S.APPROVED, staff, amount=Decimal("750"), note="Mooi plan, Fatima.")

    entry = ModelLogEntry.objects.get(action=initiative_status.STATUS_ACTION)
    assert entry.user == staff
    assert entry.data == {
        "from": "received",
        "to": "approved",
        "amount": "750.00",
        "budget": budget.pk,
    }
    assert "fatima@example.org" not in str(entry.data)


# E-mails


def test_the_submission_records_the_first_step_and_sends_a_confirmation(
    initiative, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        change = record_submission(initiative)

    assert (change.from_status, change.to_status) == ("", S.RECEIVED)
    assert len(mail.outbox) == 1
    assert ModelLogEntry.objects.filter(action=initiative_status.RECEIVED_ACTION).count() == 1


def test_nothing_is_sent_before_the_commit(initiative, staff, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        change = step(initiative, S.IN_CONVERSATION, staff)

    assert len(callbacks) == 1
    assert not mail.outbox
    change.refresh_from_db()
    assert change.email_sent_at is None


def test_an_email_that_was_sent_is_never_sent_again(
    initiative, staff, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        change = step(initiative, S.IN_CONVERSATION, staff)

    assert send_status_email(change.pk) is False
    assert send_status_email(change.pk) is False
    assert len(mail.outbox) == 1


def test_the_approval_email_is_in_dutch_with_amount_note_and_links(
    initiative, budget, staff, django_capture_on_commit_callbacks, settings
):
    settings.SITE_URL = "https://www.geertruidenberg.nl"
    with django_capture_on_commit_callbacks(execute=True):
        step(
            initiative,
            S.APPROVED,
            staff,
            amount=Decimal("1250.50"),
            note="We bellen u volgende week.",
        )

    message = mail.outbox[0]
    assert "goedgekeurd" in message.subject
    assert initiative.title in message.subject
    assert "€ 1.250,50" in message.body
    assert "We bellen u volgende week." in message.body
    area_url = "https://www.geertruidenberg.nl" + initiative.area.url
    assert area_url in message.body
    assert f"{area_url}initiatieven/{initiative.pk}/" in message.body
    assert "Met vriendelijke groet" in message.body


def test_the_refusal_email_gives_the_reason(initiative, staff, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        step(initiative, S.NOT_APPROVED, staff, note="Op deze plek mag geen bankje staan.")

    message = mail.outbox[0]
    assert "niet goedgekeurd" in message.subject
    assert "Op deze plek mag geen bankje staan." in message.body


def test_the_email_never_holds_other_peoples_data(
    village, budget, staff, django_capture_on_commit_callbacks
):
    other = InitiativeFactory(
        area=village, contact_name="Piet Buur", contact_email="piet@example.org"
    )
    mine = InitiativeFactory(area=village, contact_email="fatima@example.org")
    step(other, S.APPROVED, staff, amount=Decimal("100"))

    with django_capture_on_commit_callbacks(execute=True):
        step(mine, S.APPROVED, staff, amount=Decimal("100"))

    message = mail.outbox[-1]
    assert message.to == ["fatima@example.org"]
    assert "piet" not in message.body.lower()
    assert other.title not in message.body
    assert "wr@example.org" not in message.body


def test_a_failing_email_is_logged_without_the_address_and_the_step_stays(
    initiative, staff, monkeypatch, caplog, django_capture_on_commit_callbacks
):
    def broken_send(self, fail_silently=False):
        raise smtplib.SMTPRecipientsRefused({"fatima@example.org": (550, b"no")})

    monkeypatch.setattr(EmailMessage, "send", broken_send)

    with caplog.at_level(logging.INFO), django_capture_on_commit_callbacks(execute=True):
        change = step(initiative, S.IN_CONVERSATION, staff)

    initiative.refresh_from_db()
    change.refresh_from_db()
    assert initiative.status == S.IN_CONVERSATION
    assert change.email_sent_at is None
    assert "failed" in caplog.text
    assert "fatima@example.org" not in caplog.text


def test_an_anonymised_initiative_gets_no_email(
    initiative, staff, django_capture_on_commit_callbacks
):
    from django.utils import timezone

    initiative.contact_anonymised_at = timezone.now()
    initiative.save()

    with django_capture_on_commit_callbacks(execute=True):
        step(initiative, S.IN_CONVERSATION, staff)

    assert not mail.outbox
