"""The demo consultations: three phases, a survey, offline input and a full feedback report."""

import os

import pytest
from django.core.management import call_command

from consultations.models import (
    ConsultationPage,
    ConsultationSurveyPage,
    ModerationStatus,
    Participant,
    Source,
)
from consultations.models import PhaseKind as Phase

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(demo_site):
    """The consultations of the shared demo site, by slug."""
    return {"pages": {page.slug: page for page in ConsultationPage.objects.all()}}


def counts_of_input() -> dict:
    return {
        page.slug: (page.ideas.count(), page.reactions.count(), page.survey_themes.count())
        for page in ConsultationPage.objects.all()
    }


def test_building_the_demo_twice_duplicates_nothing(demo, monkeypatch):
    counts_after_first_run = counts_of_input()
    monkeypatch.setenv("DEMO_ADMIN_PASSWORD", "demo-wachtwoord-voor-tests")
    with open(os.devnull, "w") as devnull:
        call_command("load_demo", stdout=devnull)

    assert len(demo["pages"]) == 3
    assert counts_of_input() == counts_after_first_run
    assert ConsultationSurveyPage.objects.count() == 1


def test_the_demo_has_three_consultations_in_different_phases(demo):
    assert {slug: page.status() for slug, page in demo["pages"].items()} == {
        "centrum-raamsdonksveer": Phase.INPUT,
        "speeltuin-geertruidenberg": Phase.PROCESSING,
        "dienstverleningsconcept": Phase.FEEDBACK,
    }
    assert not any(page.feedback_overdue() for page in demo["pages"].values())
    assert demo["pages"]["speeltuin-geertruidenberg"].budget
    index = demo["pages"]["centrum-raamsdonksveer"].get_parent()
    assert index.slug == "doe-mee" and index.show_in_menus


def test_the_open_demo_consultation_has_a_survey_with_every_question_type(demo):
    survey = ConsultationSurveyPage.objects.child_of(demo["pages"]["centrum-raamsdonksveer"]).get()

    types = {field.field_type for field in survey.form_fields.all()}

    assert survey.live
    assert types == {
        "radio",
        "checkboxes",
        "scale",
        "singleline",
        "multiline",
        "postcode_area",
        "age_band",
    }


def test_the_open_demo_consultation_has_input_from_a_neighbourhood_meeting(demo):
    page = demo["pages"]["centrum-raamsdonksveer"]

    assert page.accepts_ideas and page.accepts_reactions
    assert page.ideas.filter(source=Source.MEETING).count() == 1
    assert page.ideas.filter(status=ModerationStatus.PUBLISHED).count() >= 3
    assert page.reactions.filter(status=ModerationStatus.PUBLISHED).exists()


def test_the_demo_feedback_report_gives_every_contribution_a_disposition(demo):
    page = demo["pages"]["dienstverleningsconcept"]

    assert page.feedback_published_at and page.feedback_summary
    for contributions in (page.ideas.all(), page.reactions.all(), page.survey_themes.all()):
        assert contributions
        assert all(item.disposition and item.disposition_reason for item in contributions)
    assert page.survey_themes.count() == 2


def test_demo_participants_use_example_addresses_only(demo):
    emails = Participant.objects.values_list("email", flat=True)

    assert emails
    assert all(email.endswith("@example.org") for email in emails)


def test_participation_staff_edit_consultations_and_publish_them_through_the_workflow(demo):
    from django.contrib.auth import get_user_model

    officer = get_user_model().objects.get(username="participatie")
    index = demo["pages"]["centrum-raamsdonksveer"].get_parent()

    assert officer.groups.filter(name="Participatiemedewerkers").exists()
    assert index.permissions_for_user(officer).can_add_subpage()
    permissions = demo["pages"]["centrum-raamsdonksveer"].permissions_for_user(officer)
    assert permissions.can_edit()
    assert not permissions.can_publish()  # a second person approves in the workflow
