"""One register of retention rules, applied by one idempotent command.

Every model with personal data has a rule; ``apply_retention`` removes exactly the data whose
retention period has ended, and running it again changes nothing.
"""

import datetime
import logging
from io import StringIO

import pytest
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult
from freezegun import freeze_time

from appointments.models import Booking
from consultations.models import Follower, Idea, Participant, Reaction, SurveyResponse
from core.personal_data_scrubbing import REDACTED
from core.retention import apply_rules, registered_rules
from front_office.models import ContactMoment, ContactRequest, RequestNote
from home.models import PageFeedback
from neighbourhoods.models import Initiative
from neighbourhoods.retention_rules import ANONYMISED_EMAIL
from tests.home.retention_scenario import build_scenario
from youth.models import YouthContact, YouthProposal

pytestmark = pytest.mark.django_db

#: A fixed moment, so the test does not depend on the day it runs.
NOW = datetime.datetime(2026, 3, 31, 10, 0, tzinfo=datetime.UTC)

#: Per registered rule: how many rows of the scenario are past their retention period.
EXPECTED_ROWS = {
    "consultations.participant": 1,
    "consultations.follower": 2,  # the expired consultation's follower and one never confirmed
    "consultations.surveyresponse": 1,
    "consultations.idea": 1,
    "consultations.reaction": 1,
    "youth.youthcontact": 1,
    "youth.youthproposal": 1,
    "neighbourhoods.initiative": 1,
    "home.pagefeedback": 1,
    "front_office.contactrequest": 1,
    "front_office.requestnote": 1,
    "front_office.contactmoment": 1,
    "appointments.booking": 1,
    "django_tasks_database.dbtaskresult": 1,
}


@pytest.fixture
def scenario(home):
    with freeze_time(NOW):
        yield build_scenario(home)


def personal_data_snapshot() -> dict:
    """Every value the rules may change, per model."""
    return {
        "participants": list(Participant.objects.order_by("pk").values()),
        "followers": list(Follower.objects.order_by("pk").values()),
        "responses": list(SurveyResponse.objects.order_by("pk").values()),
        "ideas": list(Idea.objects.order_by("pk").values()),
        "reactions": list(Reaction.objects.order_by("pk").values()),
        "contacts": list(YouthContact.objects.order_by("pk").values()),
        "proposals": list(YouthProposal.objects.order_by("pk").values()),
        "initiatives": list(Initiative.objects.order_by("pk").values()),
        "feedback": list(PageFeedback.objects.order_by("pk").values()),
        "requests": list(ContactRequest.objects.order_by("pk").values()),
        "notes": list(RequestNote.objects.order_by("pk").values()),
        "contact_notes": list(ContactMoment.objects.order_by("pk").values()),
        "appointments": list(Booking.objects.order_by("pk").values()),
        "task_results": list(DBTaskResult.objects.order_by("pk").values()),
    }


def test_every_registered_rule_is_tested_here():
    assert {rule.label for rule in registered_rules()} == set(EXPECTED_ROWS)


def test_every_rule_anonymises_exactly_the_expired_rows(scenario):
    with freeze_time(NOW):
        outcomes = apply_rules()

    assert {outcome.rule.label: outcome.rows for outcome in outcomes} == EXPECTED_ROWS
    old = scenario.objects["expired_consultation"]
    new = scenario.objects["fresh_consultation"]
    old["participant"].refresh_from_db()
    assert (old["participant"].name, old["participant"].email) == ("", "")
    assert old["participant"].anonymised_at == NOW
    assert list(Follower.objects.values_list("email", flat=True)) == ["nieuw-volger@example.org"]
    response = SurveyResponse.objects.get(pk=old["response"].pk)
    assert response.respondent_key is None
    assert "oud-antwoord@example.org" not in str(response.form_data)
    assert "Soms" in response.form_data.values()
    assert Idea.objects.get(pk=old["idea"].pk).description == f"Meer bankjes. Mail mij: {REDACTED}"
    assert "oud-reactie" not in Reaction.objects.get(pk=old["reaction"].pk).text
    new["participant"].refresh_from_db()
    assert new["participant"].email == "nieuw-deelnemer@example.org"
    assert new["participant"].anonymised_at is None
    assert SurveyResponse.objects.get(pk=new["response"].pk).respondent_key is not None
    assert "nieuw-idee@example.org" in Idea.objects.get(pk=new["idea"].pk).description

    initiatives = scenario.objects["initiatives"]
    expired = Initiative.objects.get(pk=initiatives["expired"].pk)
    assert (expired.contact_name, expired.contact_phone) == ("", "")
    assert expired.contact_email == ANONYMISED_EMAIL
    assert expired.contact_anonymised_at == NOW
    assert "wijk-oud-helpers" not in expired.helpers
    recent = Initiative.objects.get(pk=initiatives["recent"].pk)
    assert recent.contact_email == "wijk-nieuw-initiatief@example.org"

    feedback = scenario.objects["feedback"]
    assert PageFeedback.objects.get(pk=feedback["expired"].pk).comment == ""
    assert PageFeedback.objects.get(pk=feedback["expired"].pk).helpful is False
    assert PageFeedback.objects.get(pk=feedback["recent"].pk).comment == "Geen openingstijden"

    front_office = scenario.objects["front_office"]
    expired_request = ContactRequest.objects.get(pk=front_office["expired"].pk)
    assert (expired_request.name, expired_request.phone, expired_request.email) == ("", "", "")
    assert expired_request.anonymised_at == NOW
    assert "06 12345678" not in expired_request.question
    assert "balie-oud-vraag" not in expired_request.question
    assert expired_request.outcome == "answered"  # what the measured norms need stays
    assert "balie-oud-notitie" not in expired_request.notes.get().text
    recent_request = ContactRequest.objects.get(pk=front_office["recent"].pk)
    assert recent_request.email == "balie-nieuw-verzoek@example.org"
    assert "06 12345678" not in ContactMoment.objects.get(pk=front_office["old_contact"].pk).note
    assert ContactMoment.objects.get(pk=front_office["recent_contact"].pk).note == "Geen nummer"

    appointments = scenario.objects["appointments"]
    expired_appointment = Booking.objects.get(pk=appointments["expired"].pk)
    assert (expired_appointment.name, expired_appointment.email) == ("", "")
    assert (expired_appointment.phone, expired_appointment.address) == ("", "")
    assert "06 12345678" not in expired_appointment.remarks
    assert expired_appointment.status == "confirmed"  # what, where and when stay
    assert Booking.objects.get(pk=appointments["coming"].pk).email == "komend-afspraak@example.org"


def test_a_young_persons_email_address_is_removed_after_the_retention_period(scenario):
    with freeze_time(NOW):
        call_command("apply_retention", stdout=StringIO())

    youth = scenario.objects["youth"]
    expired = YouthContact.objects.get(pk=youth["expired"].contact_id)
    assert expired.email == ""
    assert expired.anonymised_at == NOW
    assert "jong-oud-voorstel" not in YouthProposal.objects.get(pk=youth["expired"].pk).why
    for kept in ("recent", "on_ballot"):
        contact = YouthContact.objects.get(pk=youth[kept].contact_id)
        assert contact.email.endswith("-jongere@example.org")
        assert contact.anonymised_at is None


def test_a_proposal_on_a_recent_ballot_keeps_its_contact_until_the_period_after_the_round(
    scenario,
):
    on_ballot = scenario.objects["youth"]["on_ballot"]  # sent 400 days ago, round closed 10

    with freeze_time(NOW + datetime.timedelta(days=350)):
        apply_rules()
    assert YouthContact.objects.get(pk=on_ballot.contact_id).anonymised_at is None
    with freeze_time(NOW + datetime.timedelta(days=360)):
        apply_rules()
    assert YouthContact.objects.get(pk=on_ballot.contact_id).email == ""


def test_the_retention_period_comes_from_the_settings(scenario, settings):
    settings.YOUTH_CONTACT_RETENTION_DAYS = 5

    with freeze_time(NOW):
        apply_rules()

    recent = scenario.objects["youth"]["recent"]
    assert YouthContact.objects.get(pk=recent.contact_id).email == ""


def test_running_twice_changes_nothing_the_second_time(scenario):
    with freeze_time(NOW):
        apply_rules()
    snapshot = personal_data_snapshot()
    with freeze_time(NOW + datetime.timedelta(hours=1)):
        second = apply_rules()

    assert {outcome.rule.label: outcome.rows for outcome in second} == dict.fromkeys(
        EXPECTED_ROWS, 0
    )
    assert personal_data_snapshot() == snapshot


def test_a_dry_run_counts_per_rule_and_changes_nothing(scenario):
    snapshot = personal_data_snapshot()
    output = StringIO()

    with freeze_time(NOW):
        call_command("apply_retention", "--dry-run", stdout=output)

    assert personal_data_snapshot() == snapshot
    lines = output.getvalue().splitlines()
    assert "youth.YouthContact: 1 rows would be anonymised (365 days after" in "\n".join(lines)
    assert "consultations.Follower: 2 rows would be deleted" in "\n".join(lines)
    assert lines[-1] == "Dry run: 15 rows would change by 14 rules."


def test_the_date_option_pretends_today_is_another_day(scenario):
    output = StringIO()
    with freeze_time(NOW):
        a_year_later = (NOW + datetime.timedelta(days=400)).date().isoformat()
        call_command("apply_retention", "--date", a_year_later, stdout=output)

    recent = scenario.objects["youth"]["recent"]
    assert YouthContact.objects.get(pk=recent.contact_id).email == ""


def test_the_log_holds_counts_and_no_personal_data(scenario, caplog):
    with caplog.at_level(logging.INFO, logger="core.retention"), freeze_time(NOW):
        apply_rules()

    assert "youth.YouthContact, 1 rows anonymised" in caplog.text
    assert "@" not in caplog.text
    assert "Jan" not in caplog.text and "06 12345678" not in caplog.text


def test_the_old_commands_still_work_and_say_they_are_deprecated(scenario):
    output, errors = StringIO(), StringIO()
    with freeze_time(NOW):
        call_command("anonymise_consultations", stdout=output, stderr=errors)
        call_command("anonymise_initiatives", stdout=output, stderr=errors)

    assert "1 participants" in output.getvalue()
    assert "1 initiatives anonymised" in output.getvalue()
    assert "apply_retention" in errors.getvalue()
    assert YouthContact.objects.filter(anonymised_at__isnull=False).count() == 0
