"""The anonymiser removes names and e-mail addresses after the retention date; input stays."""

import datetime
import logging

import pytest
from django.core.management import call_command

from consultations.anonymise import anonymise_expired
from consultations.models import Follower, Idea, Participant, PhaseKind, SurveyResponse
from consultations.tasks import anonymise_consultations_task
from tests.consultations.factories import (
    IdeaFactory,
    ParticipantFactory,
    ReactionFactory,
    days_from_today,
    make_consultation,
)
from tests.consultations.survey_factories import field_names, make_survey

pytestmark = pytest.mark.django_db


@pytest.fixture
def consultation(consultation_index):
    consultation = make_consultation(
        consultation_index,
        current=PhaseKind.CLOSED,
        feedback_date=days_from_today(-30),
        retention_date=days_from_today(-1),
    )
    participant = ParticipantFactory(consultation=consultation, name="Jan de Vries")
    IdeaFactory(consultation=consultation, participant=participant, title="Meer bankjes")
    ReactionFactory(consultation=consultation, participant=participant, text="Goed plan")
    Follower.objects.create(consultation=consultation, email="volger@example.org")
    survey = make_survey(consultation)
    names = field_names(survey)
    SurveyResponse.objects.create(
        page=survey,
        respondent_key="k" * 64,
        participant=participant,
        form_data={
            names["radio"]: "Soms",
            names["multiline"]: "Mail me op jan@example.org over het plein.",
        },
    )
    return consultation


def test_after_the_retention_date_names_and_email_addresses_are_removed(consultation):
    anonymise_expired()

    participant = Participant.objects.get()
    assert participant.name == "" and participant.email == ""
    assert participant.anonymised_at is not None
    assert not Follower.objects.exists()
    response = SurveyResponse.objects.get()
    assert response.respondent_key is None
    assert "jan@example.org" not in str(response.form_data)


def test_the_content_of_the_input_stays(consultation):
    anonymise_expired()

    assert Idea.objects.get().title == "Meer bankjes"
    assert consultation.reactions.get().text == "Goed plan"
    response = SurveyResponse.objects.get()
    assert "Soms" in response.form_data.values()
    assert any("over het plein" in str(value) for value in response.form_data.values())


def test_running_twice_in_a_row_works_and_changes_nothing_the_second_time(consultation, caplog):
    first = anonymise_expired()
    snapshot = list(SurveyResponse.objects.values("form_data", "respondent_key"))
    with caplog.at_level(logging.INFO, logger="consultations.anonymise"):
        second = anonymise_expired()

    assert first.participants == 1 and first.followers == 1
    assert (second.participants, second.followers, second.survey_responses) == (0, 0, 0)
    assert list(SurveyResponse.objects.values("form_data", "respondent_key")) == snapshot
    assert "0 participants" in caplog.text


def test_before_the_retention_date_nothing_changes(consultation):
    anonymise_expired(today=consultation.retention_date - datetime.timedelta(days=1))

    assert Participant.objects.get().email.endswith("@example.org")
    assert Participant.objects.get().name == "Jan de Vries"
    assert Follower.objects.exists()
    assert SurveyResponse.objects.get().respondent_key == "k" * 64


def test_other_consultations_keep_their_personal_data(consultation, consultation_index):
    later = make_consultation(
        consultation_index, feedback_date=days_from_today(10), retention_date=days_from_today(30)
    )
    ParticipantFactory(consultation=later, email="later@example.org")

    anonymise_expired()

    assert Participant.objects.get(consultation=later).email == "later@example.org"


def test_management_command_reports_what_it_did(consultation, capsys):
    call_command("anonymise_consultations")
    call_command("anonymise_consultations")

    output = capsys.readouterr().out.splitlines()
    assert "1 participants" in output[0]
    assert "0 participants" in output[1]


def test_the_scheduled_task_runs_the_anonymiser(consultation):
    result = anonymise_consultations_task.enqueue()

    assert result.return_value == 1
    assert Participant.objects.get().email == ""
