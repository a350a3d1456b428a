"""The consultation survey: question types, open phase only, one response per person, safety."""

import threading

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import IntegrityError, connection, transaction
from django.urls import reverse
from wagtail.models import ModelLogEntry

from consultations.models import InvitationCode, Participant, PhaseKind, Source, SurveyResponse
from consultations.survey_forms import LONG_TEXT_MAX, SHORT_TEXT_MAX
from consultations.survey_responses import InvalidInvitationCode, record_online_response
from consultations.survey_uniqueness import code_hash, cookie_name, create_invitation_codes
from tests.consultations.factories import make_consultation
from tests.consultations.survey_factories import (
    field_names,
    make_survey,
    participation_staff,
    valid_answers,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def consultation(consultation_index):
    return make_consultation(consultation_index)


@pytest.fixture
def survey(consultation):
    return make_survey(consultation)


def form_errors(survey, **overrides):
    """The errors of the online form for valid answers with ``overrides``."""
    form = survey.get_form(valid_answers(survey, **overrides), page=survey)
    form.is_valid()
    names = field_names(survey)
    return {kind: form.errors.get(name) for kind, name in names.items()}


# Question types --------------------------------------------------------------------------------


def test_valid_answers_to_every_question_type_are_accepted(survey):
    form = survey.get_form(valid_answers(survey), page=survey)

    assert form.is_valid(), form.errors


def test_single_choice_accepts_only_an_offered_answer(survey):
    assert form_errors(survey, radio="Elk uur")["radio"]
    assert form_errors(survey, radio="")["radio"]


def test_multiple_choice_needs_an_answer_and_accepts_only_offered_answers(survey):
    assert form_errors(survey, checkboxes=[])["checkboxes"]
    assert form_errors(survey, checkboxes=["Bankjes", "Zwembad"])["checkboxes"]
    assert not form_errors(survey, checkboxes=["Speelplek"])["checkboxes"]


def test_scale_accepts_one_to_five_only(survey):
    assert not form_errors(survey, scale="1")["scale"]
    assert not form_errors(survey, scale="5")["scale"]
    assert form_errors(survey, scale="0")["scale"]
    assert form_errors(survey, scale="6")["scale"]


def test_scale_shows_its_labels_and_an_editor_may_give_own_labels(consultation):
    survey = make_survey(
        consultation,
        questions=[
            ("Hoe veilig?", "scale", "Heel onveilig\nOnveilig\nGaat wel\nVeilig\nHeel veilig", True)
        ],
    )
    field = survey.get_form(page=survey).fields[field_names(survey)["scale"]]

    assert [value for value, _label in field.choices] == ["1", "2", "3", "4", "5"]
    assert field.choices[0][1] == "1 – Heel onveilig"


def test_short_and_long_text_have_length_limits(survey):
    assert form_errors(survey, singleline="a" * (SHORT_TEXT_MAX + 1))["singleline"]
    assert not form_errors(survey, singleline="a" * SHORT_TEXT_MAX)["singleline"]
    assert form_errors(survey, multiline="a" * (LONG_TEXT_MAX + 1))["multiline"]
    assert not form_errors(survey, multiline="")["multiline"]


@pytest.mark.parametrize("postcode", ["4931", " 4941 ", "9999"])
def test_postcode_area_accepts_four_digits(survey, postcode):
    assert not form_errors(survey, postcode_area=postcode)["postcode_area"]


@pytest.mark.parametrize("postcode", ["0931", "493", "49311", "4931AB", "abcd", ""])
def test_postcode_area_refuses_anything_but_four_digits(survey, postcode):
    assert form_errors(survey, postcode_area=postcode)["postcode_area"]


def test_age_band_accepts_only_the_fixed_bands(survey):
    assert not form_errors(survey, age_band="not_said")["age_band"]
    assert not form_errors(survey, age_band="80_plus")["age_band"]
    assert form_errors(survey, age_band="42")["age_band"]


# Open phase only --------------------------------------------------------------------------------


@pytest.mark.parametrize("phase", [PhaseKind.ANNOUNCED, PhaseKind.PROCESSING, PhaseKind.CLOSED])
def test_survey_shows_no_form_and_saves_nothing_outside_the_input_phase(
    consultation_index, client, phase
):
    consultation = make_consultation(consultation_index, current=phase)
    survey = make_survey(consultation)

    page = client.get(survey.url)
    refused = client.post(survey.url, valid_answers(survey))

    assert page.status_code == 200
    assert b"consultation-survey__form" not in page.content
    assert page.context["state"] in ("not_yet", "closed")
    assert refused.status_code == 403
    assert SurveyResponse.objects.count() == 0


def test_survey_accepts_a_response_in_the_input_phase(client, survey):
    response = client.post(survey.url, valid_answers(survey))

    assert response.status_code == 200
    assert "consultations/consultation_survey_page_landing.html" in [
        template.name for template in response.templates
    ]
    saved = SurveyResponse.objects.get()
    assert saved.source == Source.ONLINE
    assert saved.form_data[field_names(survey)["checkboxes"]] == ["Bankjes", "Groen"]


# One response per person: cookie ---------------------------------------------------------------


def test_the_browser_cookie_is_signed_http_only_and_same_site_lax(client, survey):
    response = client.post(survey.url, valid_answers(survey))
    cookie = response.cookies[cookie_name(survey)]

    assert cookie["httponly"]
    assert cookie["samesite"] == "Lax"
    assert ":" in cookie.value  # signed
    saved = SurveyResponse.objects.get()
    assert saved.respondent_key and cookie.value.split(":")[0] not in saved.respondent_key


def test_second_response_from_the_same_browser_is_refused_with_a_dutch_message(client, survey):
    client.post(survey.url, valid_answers(survey))

    page_again = client.get(survey.url)
    second = client.post(survey.url, valid_answers(survey, scale="1"))

    assert SurveyResponse.objects.count() == 1
    assert second.status_code == 409
    for response in (page_again, second):
        assert "U hebt deze vragenlijst al ingevuld." in response.content.decode()


def test_another_browser_can_respond(client, survey):
    from django.test import Client

    client.post(survey.url, valid_answers(survey))
    Client().post(survey.url, valid_answers(survey))

    assert SurveyResponse.objects.count() == 2


def test_the_database_refuses_a_second_response_with_the_same_respondent_key(survey):
    SurveyResponse.objects.create(page=survey, form_data={}, respondent_key="a" * 64)

    with pytest.raises(IntegrityError), transaction.atomic():
        SurveyResponse.objects.create(page=survey, form_data={}, respondent_key="a" * 64)


def test_a_forged_cookie_is_ignored(client, survey):
    client.post(survey.url, valid_answers(survey))
    client.cookies[cookie_name(survey)] = "forged-token"

    client.post(survey.url, valid_answers(survey))

    assert SurveyResponse.objects.count() == 2  # a new, honest token was issued instead


# One response per person: invitation codes -------------------------------------------------------


@pytest.fixture
def invitation_survey(consultation):
    return make_survey(consultation, uniqueness="invitation")


def test_codes_are_stored_only_as_keyed_hashes(invitation_survey):
    codes = create_invitation_codes(invitation_survey, 5, "Stationsstraat")

    stored = list(InvitationCode.objects.values_list("code_hash", flat=True))
    assert len(set(codes)) == 5
    assert all(len(code) == 11 and code[5] == "-" for code in codes)
    assert sorted(stored) == sorted(code_hash(code) for code in codes)
    assert not set(codes) & set(stored)


def test_a_resident_can_respond_once_with_an_invitation_code(client, invitation_survey):
    [code] = create_invitation_codes(invitation_survey, 1)
    data = {**valid_answers(invitation_survey), "invitation_code": code.lower().replace("-", " ")}

    response = client.post(invitation_survey.url, data)

    assert response.status_code == 200
    assert SurveyResponse.objects.count() == 1
    assert InvitationCode.objects.get().used_at is not None


def test_an_invitation_code_used_twice_is_refused(client, invitation_survey):
    from django.test import Client

    [code] = create_invitation_codes(invitation_survey, 1)
    data = {**valid_answers(invitation_survey), "invitation_code": code}
    client.post(invitation_survey.url, data)

    second = Client().post(invitation_survey.url, data)

    assert SurveyResponse.objects.count() == 1
    assert "invitation_code" in second.context["form"].errors
    assert "Deze code klopt niet of is al gebruikt." in second.content.decode()


def test_an_unknown_code_or_a_code_of_another_survey_is_refused(client, consultation_index):
    first = make_survey(make_consultation(consultation_index), uniqueness="invitation")
    other = make_survey(make_consultation(consultation_index), uniqueness="invitation")
    [other_code] = create_invitation_codes(other, 1)

    for code in ("AAAAA-BBBBB", other_code):
        client.post(first.url, {**valid_answers(first), "invitation_code": code})

    assert SurveyResponse.objects.count() == 0
    assert InvitationCode.objects.get().used_at is None


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_simultaneous_requests_cannot_both_use_one_code(consultation_index):
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL row locking")
    survey = make_survey(make_consultation(consultation_index), uniqueness="invitation")
    [code] = create_invitation_codes(survey, 1)
    barrier = threading.Barrier(4)
    outcomes = []

    def respond():
        from django.db import connection as thread_connection

        form = survey.get_form({**valid_answers(survey), "invitation_code": code}, page=survey)
        assert form.is_valid()
        barrier.wait()
        try:
            record_online_response(survey, form, None)
            outcomes.append("saved")
        except InvalidInvitationCode:
            outcomes.append("refused")
        finally:
            thread_connection.close()

    threads = [threading.Thread(target=respond) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(outcomes) == ["refused", "refused", "refused", "saved"]
    assert SurveyResponse.objects.filter(page=survey).count() == 1


def test_management_command_writes_invitation_codes_to_csv(invitation_survey, tmp_path):
    output = tmp_path / "codes.csv"

    call_command(
        "create_survey_invitations",
        str(invitation_survey.pk),
        "--count",
        "3",
        "--batch",
        "Wijk Noord",
        "--output",
        str(output),
    )

    lines = output.read_text().splitlines()
    assert lines[0] == "code,batch,survey"
    assert len(lines) == 4
    assert InvitationCode.objects.filter(batch="Wijk Noord").count() == 3


def test_staff_can_create_invitation_codes_in_the_admin(client, invitation_survey):
    client.force_login(participation_staff())

    response = client.post(
        reverse("consultations_survey_invitations", args=[invitation_survey.pk]),
        {"count": "2", "batch": "Wijktafel"},
    )

    assert response["Content-Type"].startswith("text/csv")
    assert len(response.content.decode().splitlines()) == 3
    assert InvitationCode.objects.count() == 2


# Spam, safety and personal data ------------------------------------------------------------------


def test_a_filled_in_honeypot_saves_nothing(client, survey):
    response = client.post(survey.url, {**valid_answers(survey), "website": "http://spam"})

    assert response.status_code == 200
    assert SurveyResponse.objects.count() == 0


def test_too_many_submissions_from_one_client_are_refused(client, settings, survey):
    settings.CONSULTATION_RATE_LIMIT = (2, 3600)
    data = valid_answers(survey, postcode_area="12")  # invalid: nothing saved, but counted

    statuses = [client.post(survey.url, data).status_code for _ in range(3)]

    assert statuses == [200, 200, 429]


def test_html_in_answers_is_stored_as_text_and_shown_escaped(client, survey):
    script = "<script>alert('x')</script>"

    redisplay = client.post(
        survey.url, valid_answers(survey, singleline=script, postcode_area="12")
    )
    client.post(survey.url, valid_answers(survey, multiline=script))

    assert "<script>alert" not in redisplay.content.decode()
    assert "&lt;script&gt;" in redisplay.content.decode()
    assert SurveyResponse.objects.get().form_data[field_names(survey)["multiline"]] == script


def test_an_email_address_is_kept_apart_from_the_answers_and_gets_a_confirmation(
    client, consultation, survey
):
    client.post(survey.url, {**valid_answers(survey), "email_for_outcome": "inwoner@example.org"})

    saved = SurveyResponse.objects.get()
    assert "inwoner@example.org" not in str(saved.form_data)
    assert saved.participant == Participant.objects.get(email="inwoner@example.org")
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["inwoner@example.org"]
    assert consultation.use_of_input in mail.outbox[0].body  # the rules of the game


def test_no_email_means_no_participant_and_no_message(client, survey):
    client.post(survey.url, valid_answers(survey))

    assert SurveyResponse.objects.get().participant is None
    assert Participant.objects.count() == 0
    assert mail.outbox == []


def test_the_consultation_page_links_to_the_survey_while_it_is_open(client, consultation, survey):
    response = client.get(consultation.url)

    assert survey.url in response.content.decode()


def test_the_survey_page_summarises_the_rules_and_links_to_them(client, consultation, survey):
    html = client.get(survey.url).content.decode()

    assert f"{consultation.url}#consultation-rules-heading" in html
    assert consultation.decision_maker in html


# Staff-entered responses -------------------------------------------------------------------------


def test_staff_enter_a_paper_response_with_its_source_and_an_audit_log_entry(client, survey):
    staff = participation_staff()
    client.force_login(staff)
    url = reverse("consultations_survey_enter", args=[survey.pk])

    response = client.post(url, {**valid_answers(survey), "source": Source.PAPER})

    assert response.status_code == 302
    saved = SurveyResponse.objects.get()
    assert saved.source == Source.PAPER
    assert saved.entered_by == staff
    assert saved.respondent_key is None
    assert ModelLogEntry.objects.filter(
        action="consultations.survey_response_entered", object_id=str(saved.pk)
    ).exists()


def test_staff_can_enter_several_responses_because_there_is_no_uniqueness_key(client, survey):
    client.force_login(participation_staff())
    url = reverse("consultations_survey_enter", args=[survey.pk])

    for source in (Source.PAPER, Source.MEETING, Source.HOME_VISIT):
        client.post(url, {**valid_answers(survey), "source": source})

    assert SurveyResponse.objects.count() == 3


def test_staff_entry_uses_the_same_validation_as_online(client, survey):
    client.force_login(participation_staff())
    url = reverse("consultations_survey_enter", args=[survey.pk])

    response = client.post(url, {**valid_answers(survey, postcode_area="AB12"), "source": "paper"})

    assert response.status_code == 200
    assert SurveyResponse.objects.count() == 0


def test_staff_entry_cannot_claim_to_be_online(client, survey):
    client.force_login(participation_staff())
    url = reverse("consultations_survey_enter", args=[survey.pk])

    client.post(url, {**valid_answers(survey), "source": Source.ONLINE})

    assert SurveyResponse.objects.count() == 0


def test_editors_without_the_permission_cannot_enter_responses(client, survey, django_user_model):
    from django.contrib.auth.models import Group, Permission

    editor = django_user_model.objects.create_user("redacteur", "r@example.org", "x")
    group = Group.objects.create(name="Alleen admin")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    editor.groups.add(group)
    client.force_login(editor)

    response = client.post(
        reverse("consultations_survey_enter", args=[survey.pk]),
        {**valid_answers(survey), "source": Source.PAPER},
    )

    assert response.status_code in (302, 403)
    assert SurveyResponse.objects.count() == 0
