"""The steps on a request: claim, note, hand over, close; one audit entry and at most one e-mail each."""

import datetime
import itertools

import pytest
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.models import ModelLogEntry

from front_office import handling
from front_office.models import ContactRequest, HandlingTeam, RequestStatus

NOW = datetime.datetime(2026, 3, 10, 10, 0, tzinfo=datetime.UTC)
REFERENCES = itertools.count(1)


def make_team(name, *members, email=""):
    group = Group.objects.create(name=name)
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for member in members:
        member.groups.add(group)
    return HandlingTeam.objects.create(group=group, email=email)


def make_request(team, *, due_at=None, email="inwoner@example.org", **fields):
    values = {
        "reference": f"TB-2026-{next(REFERENCES):05d}",
        "kind": "callback",
        "source": "website",
        "subject": "Paspoort kwijt",
        "question": "Wat moet ik doen?",
        "phone": "0612345678",
        "email": email,
        "team": team,
        "created_at": NOW - datetime.timedelta(days=1),
        "due_at": due_at or NOW + datetime.timedelta(days=1),
        **fields,
    }
    return ContactRequest.objects.create(**values)


@pytest.fixture
def people(django_user_model):
    return {
        name: django_user_model.objects.create_user(name, f"{name}@example.org", "wachtwoord-123")
        for name in ("anna", "bram", "vera", "kim")
    }


@pytest.fixture
def teams(people):
    return {
        "burgerzaken": make_team(
            "Team Burgerzaken", people["anna"], people["bram"], email="bz@example.org"
        ),
        "vergunningen": make_team("Team Vergunningen", people["vera"], email="vg@example.org"),
    }


def actions(request_obj):
    return list(
        ModelLogEntry.objects.for_instance(request_obj)
        .order_by("pk")
        .values_list("action", flat=True)
    )


@pytest.mark.django_db
def test_claim_assigns_the_request_and_logs_it(people, teams):
    request_obj = make_request(teams["burgerzaken"])

    handling.claim(request_obj, people["anna"])

    request_obj.refresh_from_db()
    assert request_obj.assigned_to == people["anna"]
    assert request_obj.status == RequestStatus.IN_PROGRESS
    assert actions(request_obj) == ["front_office.request.claim"]
    assert mail.outbox == []


@pytest.mark.django_db
def test_a_note_is_stored_and_logged_without_mail(people, teams):
    request_obj = make_request(teams["burgerzaken"])

    note = handling.add_note(request_obj, people["anna"], "  Teruggebeld, geen gehoor.  ")

    assert note.text == "Teruggebeld, geen gehoor."
    assert note.author == people["anna"]
    assert actions(request_obj) == ["front_office.request.note"]
    assert mail.outbox == []


@pytest.mark.django_db
@pytest.mark.parametrize("text", ["", "   ", "x" * 2001])
def test_an_empty_or_huge_note_is_refused(people, teams, text):
    request_obj = make_request(teams["burgerzaken"])

    with pytest.raises(ValidationError):
        handling.add_note(request_obj, people["anna"], text)

    assert not request_obj.notes.exists()
    assert actions(request_obj) == []


@pytest.mark.django_db
def test_hand_over_moves_the_request_with_a_reason_and_mails_the_new_team_once(
    people, teams, django_capture_on_commit_callbacks
):
    request_obj = make_request(teams["burgerzaken"], assigned_to=people["anna"])

    with django_capture_on_commit_callbacks(execute=True):
        handling.hand_over(
            request_obj, people["anna"], teams["vergunningen"], "Gaat over een vergunning."
        )

    request_obj.refresh_from_db()
    assert request_obj.team == teams["vergunningen"]
    assert request_obj.assigned_to is None
    assert request_obj.status == RequestStatus.OPEN
    assert request_obj.notes.get().text == "Gaat over een vergunning."
    assert actions(request_obj) == ["front_office.request.hand_over"]
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["vg@example.org"]


@pytest.mark.django_db
def test_hand_over_needs_a_reason_and_another_team(people, teams):
    request_obj = make_request(teams["burgerzaken"])

    with pytest.raises(ValidationError):
        handling.hand_over(request_obj, people["anna"], teams["vergunningen"], "  ")
    with pytest.raises(ValidationError):
        handling.hand_over(request_obj, people["anna"], teams["burgerzaken"], "Reden")

    request_obj.refresh_from_db()
    assert request_obj.team == teams["burgerzaken"]
    assert actions(request_obj) == []


@pytest.mark.django_db
def test_close_records_the_outcome_and_mails_the_resident_once(
    people, teams, django_capture_on_commit_callbacks
):
    request_obj = make_request(teams["burgerzaken"])

    with django_capture_on_commit_callbacks(execute=True):
        handling.close(request_obj, people["anna"], "answered", "Uitgelegd hoe het werkt.", now=NOW)

    request_obj.refresh_from_db()
    assert request_obj.status == RequestStatus.CLOSED
    assert request_obj.outcome == "answered"
    assert request_obj.closed_at == NOW
    assert request_obj.handled_in_time() is True
    assert request_obj.notes.get().text == "Uitgelegd hoe het werkt."
    assert actions(request_obj) == ["front_office.request.close"]
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["inwoner@example.org"]
    assert request_obj.reference in mail.outbox[0].subject


@pytest.mark.django_db
def test_close_without_an_address_sends_nothing(people, teams, django_capture_on_commit_callbacks):
    request_obj = make_request(teams["burgerzaken"], email="")

    with django_capture_on_commit_callbacks(execute=True):
        handling.close(request_obj, people["anna"], "not_reached")

    assert mail.outbox == []
    assert actions(request_obj) == ["front_office.request.close"]


@pytest.mark.django_db
def test_close_refuses_an_unknown_outcome(people, teams):
    request_obj = make_request(teams["burgerzaken"])

    with pytest.raises(ValidationError):
        handling.close(request_obj, people["anna"], "=HYPERLINK()")

    request_obj.refresh_from_db()
    assert request_obj.status == RequestStatus.OPEN


@pytest.mark.django_db
def test_a_closed_request_cannot_be_changed(people, teams, django_capture_on_commit_callbacks):
    request_obj = make_request(teams["burgerzaken"])
    with django_capture_on_commit_callbacks(execute=True):
        handling.close(request_obj, people["anna"], "answered")
    mail.outbox.clear()

    steps = [
        lambda: handling.claim(request_obj, people["bram"]),
        lambda: handling.add_note(request_obj, people["bram"], "Nog iets"),
        lambda: handling.hand_over(request_obj, people["bram"], teams["vergunningen"], "Reden"),
        lambda: handling.close(request_obj, people["bram"], "withdrawn"),
    ]
    for step in steps:
        with (
            django_capture_on_commit_callbacks(execute=True),
            pytest.raises(handling.RequestClosedError),
        ):
            step()

    request_obj.refresh_from_db()
    assert request_obj.team == teams["burgerzaken"]
    assert request_obj.outcome == "answered"
    assert request_obj.assigned_to == people["anna"]
    assert not request_obj.notes.exists()
    assert actions(request_obj) == ["front_office.request.close"]
    assert mail.outbox == []


@pytest.mark.django_db
def test_closing_late_is_recorded_as_not_in_time(people, teams):
    request_obj = make_request(teams["burgerzaken"], due_at=NOW - datetime.timedelta(hours=1))

    handling.close(request_obj, people["anna"], "answered", now=timezone.now())

    request_obj.refresh_from_db()
    assert request_obj.handled_in_time() is False
