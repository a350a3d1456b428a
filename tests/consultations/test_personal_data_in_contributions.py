"""Personal data in ideas, reactions and survey answers never reaches the website unchecked.

A moderator sees what looks like personal data marked, and cannot approve until it is removed or
confirmed (who and when are recorded). Under post-moderation the website shows the text with the
personal data replaced, until a moderator has looked.
"""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from freezegun import freeze_time

from consultations.models import Idea, ModerationStatus, PhaseKind, Reaction, SurveyResponse
from consultations.survey_results import public_survey_results
from tests.consultations.factories import (
    IdeaFactory,
    ReactionFactory,
    add_phases,
    make_consultation,
)
from tests.consultations.survey_factories import field_names, make_survey
from tests.consultations.test_moderation import STAFF_GROUP, user_in_group

pytestmark = pytest.mark.django_db

ADDRESS = "jan@example.org"
REMOVED = "[e-mailadres verwijderd]"


@pytest.fixture
def moderator(client, django_user_model):
    user = user_in_group(django_user_model, "moderator", STAFF_GROUP)
    client.force_login(user)
    return user


@pytest.fixture
def consultation(consultation_index):
    return make_consultation(consultation_index)


@pytest.fixture
def idea_with_address(consultation):
    return IdeaFactory(
        consultation=consultation,
        status=ModerationStatus.PENDING,
        title="Speeltuin opknappen",
        description=f"Mail mij: {ADDRESS}",
    )


def admin_url(model, view, *args):
    return reverse(f"wagtailsnippets_consultations_{model}:{view}", args=args)


def marked(html):
    return [mark.get_text() for mark in BeautifulSoup(html, "html.parser").find_all("mark")]


def public_text(html):
    return BeautifulSoup(html, "html.parser").get_text(" ")


def edit_data(idea, **changes):
    return {
        "title": idea.title,
        "description": idea.description,
        "neighbourhood": idea.neighbourhood,
        "disposition": "",
        "disposition_reason": "",
        **changes,
    }


# Moderation before publication


def test_an_idea_with_an_email_address_cannot_be_approved_without_confirmation(
    client, moderator, idea_with_address
):
    response = client.post(admin_url("idea", "approve", idea_with_address.pk))

    assert response.status_code == 200
    assert "confirm_personal_data" in response.context["form"].errors
    idea_with_address.refresh_from_db()
    assert idea_with_address.status == ModerationStatus.PENDING
    assert idea_with_address.moderated_at is None


def test_the_moderation_screens_mark_the_personal_data(client, moderator, idea_with_address):
    approve_page = client.get(admin_url("idea", "approve", idea_with_address.pk))
    edit_page = client.get(admin_url("idea", "edit", idea_with_address.pk))

    assert ADDRESS in marked(approve_page.content.decode())
    assert ADDRESS in marked(edit_page.content.decode())
    assert "confirm_personal_data" in approve_page.context["form"].fields


def test_after_the_moderator_removes_the_address_the_idea_can_be_approved(
    client, moderator, idea_with_address
):
    client.post(
        admin_url("idea", "edit", idea_with_address.pk),
        edit_data(idea_with_address, description="Mail mij via het formulier."),
    )

    response = client.post(admin_url("idea", "approve", idea_with_address.pk))

    assert response.status_code == 302
    idea_with_address.refresh_from_db()
    assert idea_with_address.status == ModerationStatus.PUBLISHED
    assert idea_with_address.personal_data_confirmed_at is None


@freeze_time("2026-03-02 10:00:00+00:00")
def test_a_confirmation_is_recorded_with_who_and_when(client, moderator, idea_with_address):
    response = client.post(
        admin_url("idea", "approve", idea_with_address.pk), {"confirm_personal_data": "on"}
    )

    assert response.status_code == 302
    idea_with_address.refresh_from_db()
    assert idea_with_address.status == ModerationStatus.PUBLISHED
    assert idea_with_address.personal_data_confirmed_by == moderator
    assert idea_with_address.personal_data_confirmed_at == datetime.datetime(
        2026, 3, 2, 10, tzinfo=datetime.UTC
    )
    assert ADDRESS in public_text(client.get(idea_with_address.consultation.url).content)


def test_editing_a_confirmed_text_asks_for_a_new_check(client, moderator, idea_with_address):
    client.post(admin_url("idea", "approve", idea_with_address.pk), {"confirm_personal_data": "on"})

    client.post(
        admin_url("idea", "edit", idea_with_address.pk),
        edit_data(idea_with_address, description="Bel mij op 06-12345678."),
    )

    idea_with_address.refresh_from_db()
    assert idea_with_address.personal_data_confirmed_at is None
    assert idea_with_address.has_unconfirmed_personal_data


def test_a_reaction_with_a_phone_number_cannot_be_approved_without_confirmation(
    client, moderator, consultation
):
    reaction = ReactionFactory(
        consultation=consultation, status=ModerationStatus.PENDING, text="Bel 06-12345678"
    )

    client.post(admin_url("reaction", "approve", reaction.pk))

    reaction.refresh_from_db()
    assert reaction.status == ModerationStatus.PENDING


def test_bulk_approval_leaves_out_items_with_personal_data(
    client, moderator, consultation, idea_with_address
):
    harmless = IdeaFactory(consultation=consultation, status=ModerationStatus.PENDING)
    ids = f"id={idea_with_address.pk}&id={harmless.pk}"
    bulk_url = f"{reverse('wagtail_bulk_action', args=('consultations', 'idea', 'approve'))}?{ids}"

    confirmation = client.get(bulk_url)
    client.post(bulk_url)

    assert idea_with_address.title in public_text(confirmation.content)
    statuses = dict(Idea.objects.values_list("pk", "status"))
    assert statuses == {
        idea_with_address.pk: ModerationStatus.PENDING,
        harmless.pk: ModerationStatus.PUBLISHED,
    }


# Post-moderation: published before a moderator looks


def test_a_post_moderated_idea_shows_the_address_removed(client, consultation_index):
    page = make_consultation(consultation_index, moderation="post")
    client.post(page.url + "idee/", {"title": "Speeltuin", "description": f"Mail mij: {ADDRESS}"})
    idea = Idea.objects.get()
    assert idea.status == ModerationStatus.PUBLISHED

    overview = public_text(client.get(page.url).content)
    detail = public_text(client.get(f"{page.url}idee/{idea.pk}/").content)

    for text in (overview, detail):
        assert ADDRESS not in text
        assert REMOVED in text


def test_a_post_moderated_reaction_shows_the_phone_number_removed(client, consultation_index):
    page = make_consultation(consultation_index, moderation="post")
    client.post(page.url + "reactie/", {"text": "Bel mij: 06-12345678"})
    assert Reaction.objects.get().status == ModerationStatus.PUBLISHED

    text = public_text(client.get(page.url).content)

    assert "06-12345678" not in text
    assert "[telefoonnummer verwijderd]" in text


# Survey results


def test_public_survey_results_show_no_personal_data_from_answers(consultation_index):
    consultation = make_consultation(consultation_index)
    survey = make_survey(consultation)
    radio = field_names(survey)["radio"]
    SurveyResponse.objects.create(page=survey, form_data={radio: "Soms"})
    SurveyResponse.objects.create(page=survey, form_data={radio: f"Anders, mail {ADDRESS}"})
    add_phases(consultation, PhaseKind.PROCESSING)

    results = public_survey_results(consultation)

    labels = [bar.label for question in results.questions for bar in question.bars]
    assert f"Anders, mail {REMOVED}" in labels
    assert not any(ADDRESS in label for label in labels)
