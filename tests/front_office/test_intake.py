"""Taking in a request: reference, due time from the norm in working days, audit log, e-mail."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.exceptions import ImproperlyConfigured
from wagtail.models import ModelLogEntry

from front_office.intake import create_request
from front_office.models import HandlingTeam

AMS = ZoneInfo("Europe/Amsterdam")
FRIDAY_BEFORE_KINGS_DAY = datetime.datetime(2026, 4, 24, 16, 0, tzinfo=AMS)

pytestmark = pytest.mark.django_db


@pytest.fixture
def website_team():
    group = Group.objects.get_or_create(name="KCC-medewerkers")[0]
    return HandlingTeam.objects.create(group=group, email="kcc@example.org")


def new_request(**fields):
    values = {
        "kind": "callback",
        "source": "website",
        "team": None,
        "subject": "Paspoort kwijt",
        "question": "Wat moet ik doen?",
        "phone": "0612345678",
        "now": FRIDAY_BEFORE_KINGS_DAY,
        **fields,
    }
    return create_request(**values)


def test_callback_gets_reference_due_time_and_log(website_team, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        request = new_request(email="inwoner@example.org")
    assert request.reference == f"TB-2026-{request.pk:05d}"
    assert request.team == website_team
    assert request.due_at == datetime.datetime(2026, 4, 28, 16, 0, tzinfo=AMS) + datetime.timedelta(
        days=1
    )
    assert ModelLogEntry.objects.filter(action="front_office.request.create").count() == 1
    assert len(mail.outbox) == 1
    assert request.reference in mail.outbox[0].body
    assert mail.outbox[0].alternatives


def test_question_uses_five_working_days_and_no_mail_without_address(
    website_team, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        request = new_request(kind="question", phone="")
    assert request.reference.startswith("CV-2026-")
    assert request.due_at == datetime.datetime(2026, 5, 4, 16, 0, tzinfo=AMS)
    assert mail.outbox == []


def test_references_are_unique(website_team):
    references = {new_request().reference for _ in range(5)}
    assert len(references) == 5


def test_missing_website_team_is_refused_clearly():
    with pytest.raises(ImproperlyConfigured, match="KCC-medewerkers"):
        new_request()
