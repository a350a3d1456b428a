"""`send_review_reminders`: one digest per team (and responsible person) per day, escalation."""

import datetime
from io import StringIO

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import CommandError, call_command
from freezegun import freeze_time

from governance.models import ReviewReminder
from tests.kcc_content.conftest import owned_page

pytestmark = pytest.mark.django_db


@freeze_time("2026-11-29")
def test_each_team_gets_exactly_one_digest_with_its_overdue_and_due_soon_items(dated_pages, teams):
    owned_page(teams["b"]["section"], teams["b"]["team"], datetime.date(2025, 11, 1), "vergunning")

    call_command("send_review_reminders", stdout=StringIO())

    assert len(mail.outbox) == 2
    team_a = next(m for m in mail.outbox if "anna@example.org" in m.to)
    assert sorted(team_a.to) == ["anna@example.org", "bram@example.org"]
    assert "Binnenkort" in team_a.body and "Te-laat" in team_a.body
    assert "Actueel" not in team_a.body
    assert f"/admin/pages/{dated_pages['overdue'].pk}/edit/" in team_a.body
    team_b = next(m for m in mail.outbox if m.to == ["vera@example.org"])
    assert "Vergunning" in team_b.body and "Te-laat" not in team_b.body


@freeze_time("2026-11-29")
def test_running_twice_on_the_same_day_sends_nothing_new(dated_pages):
    call_command("send_review_reminders", stdout=StringIO())
    first = len(mail.outbox)

    output = StringIO()
    call_command("send_review_reminders", stdout=output)

    assert first == 1
    assert len(mail.outbox) == 1
    assert "0 reminder e-mails sent" in output.getvalue()
    assert ReviewReminder.objects.count() == 1


def test_a_new_day_brings_a_new_digest(dated_pages):
    with freeze_time("2026-11-29"):
        call_command("send_review_reminders", stdout=StringIO())
    with freeze_time("2026-11-30"):
        call_command("send_review_reminders", stdout=StringIO())

    assert len(mail.outbox) == 2


@freeze_time("2026-11-29")
def test_the_responsible_person_gets_a_digest_of_their_own(teams, django_user_model):
    person = django_user_model.objects.create_user("pim", "pim@example.org", "x", first_name="Pim")
    page = owned_page(
        teams["b"]["section"],
        teams["b"]["team"],
        datetime.date(2025, 11, 1),
        "vergunning",
        responsible_person=person,
    )

    call_command("send_review_reminders", stdout=StringIO())

    personal = [m for m in mail.outbox if m.to == ["pim@example.org"]]
    assert len(personal) == 1
    assert "Hallo Pim" in personal[0].body
    assert f"/admin/pages/{page.pk}/edit/" in personal[0].body


@freeze_time("2026-11-29")
def test_long_overdue_items_are_escalated_to_the_content_coordinator(
    dated_pages, teams, django_user_model, settings
):
    settings.REVIEW_ESCALATION_DAYS = 30
    coordinator = django_user_model.objects.create_user("chris", "chris@example.org", "x")
    coordinator.groups.add(Group.objects.get_or_create(name=settings.CONTENT_COORDINATOR_GROUP)[0])

    call_command("send_review_reminders", stdout=StringIO())

    escalations = [m for m in mail.outbox if m.to == ["chris@example.org"]]
    assert len(escalations) == 1
    assert "Te-laat" in escalations[0].body  # 59 days late
    assert "Binnenkort" not in escalations[0].body


def test_a_bad_date_gets_a_clear_error():
    with pytest.raises(CommandError, match="2026-12-31"):
        call_command("send_review_reminders", "--date", "gisteren")
