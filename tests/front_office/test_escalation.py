"""Overdue requests are escalated once: one e-mail, also when the command runs twice."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from freezegun import freeze_time
from wagtail.models import ModelLogEntry

from front_office.intake import create_request
from front_office.models import HandlingTeam

AMS = ZoneInfo("Europe/Amsterdam")

# Committed data (the e-mail goes out on commit); serialized_rollback restores the database after
# it without re-running post_migrate, which would break the next serialized-rollback test.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def website_team():
    group = Group.objects.get_or_create(name="KCC-medewerkers")[0]
    return HandlingTeam.objects.create(group=group, email="kcc@example.org")


def submit(received_at):
    return create_request(
        kind="callback",
        source="website",
        team=None,
        subject="Paspoort kwijt",
        question="Bel mij terug",
        phone="0612345678",
        now=received_at,
    )


@pytest.mark.parametrize(
    ("received", "not_yet", "overdue"),
    [
        # Friday before King's Day (Monday 27 April 2026): due Wednesday 29 April 16:00.
        ((2026, 4, 24, 16, 0), (2026, 4, 29, 15, 59), (2026, 4, 29, 16, 1)),
        # Christmas Eve 2026 (Thursday): 25, 26 December and the weekend skipped.
        ((2026, 12, 24, 16, 0), (2026, 12, 29, 15, 59), (2026, 12, 29, 16, 1)),
    ],
)
def test_overdue_after_two_working_days_exactly_one_mail(website_team, received, not_yet, overdue):
    request = submit(datetime.datetime(*received, tzinfo=AMS))
    with freeze_time(datetime.datetime(*not_yet, tzinfo=AMS)):
        call_command("escalate_overdue_requests")
    assert mail.outbox == []
    with freeze_time(datetime.datetime(*overdue, tzinfo=AMS)):
        call_command("escalate_overdue_requests")
        call_command("escalate_overdue_requests")
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["kcc@example.org"]
    assert request.reference in mail.outbox[0].subject
    request.refresh_from_db()
    assert request.escalated_at is not None
    assert ModelLogEntry.objects.filter(action="front_office.request.escalate").count() == 1
