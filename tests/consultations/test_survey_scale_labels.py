"""Editors set the words at both ends of a survey scale question.

Without end labels a scale reads "Helemaal oneens … Helemaal eens"; with them (for example "Heel
ontevreden … Heel tevreden") the points in between are bare numbers, and the form says once what
1 and 5 mean.
"""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import translation

from consultations.models import PhaseKind, SurveyField, SurveyResponse
from consultations.survey_results import survey_results
from tests.consultations.factories import add_phases, make_consultation
from tests.consultations.survey_factories import field_names, make_survey

pytestmark = pytest.mark.django_db

SATISFACTION = "Hoe tevreden bent u over het plein?"


@pytest.fixture
def consultation(consultation_index):
    return make_consultation(consultation_index)


def scale_survey(consultation, low="", high=""):
    """A survey with one scale question and the given end labels."""
    survey = make_survey(consultation, questions=[(SATISFACTION, "scale", "", True)])
    SurveyField.objects.filter(page=survey).update(scale_low_label=low, scale_high_label=high)
    return survey


def scale_options(survey) -> list[str]:
    """The labels of the five options of the survey's scale question, in Dutch."""
    with translation.override("nl"):
        field = survey.get_form(page=survey).fields[field_names(survey)["scale"]]
        return [str(label) for _value, label in field.choices]


def scale_fieldset(client, survey):
    """The fieldset of the scale question on the survey page a resident opens."""
    soup = BeautifulSoup(client.get(survey.url).content, "html.parser")
    return next(
        fieldset
        for fieldset in soup.find_all("fieldset")
        if SATISFACTION in fieldset.legend.get_text()
    )


def test_a_scale_question_shows_the_end_labels_the_editor_set(consultation):
    survey = scale_survey(consultation, low="Heel ontevreden", high="Heel tevreden")

    assert scale_options(survey) == ["1 – Heel ontevreden", "2", "3", "4", "5 – Heel tevreden"]


def test_a_scale_question_without_end_labels_reads_strongly_disagree_to_strongly_agree(
    consultation,
):
    survey = scale_survey(consultation)

    assert scale_options(survey) == [
        "1 – Helemaal oneens",
        "2 – Oneens",
        "3 – Neutraal",
        "4 – Eens",
        "5 – Helemaal eens",
    ]


def test_an_empty_end_label_falls_back_to_its_default(consultation):
    survey = scale_survey(consultation, high="Heel vaak")

    assert scale_options(survey) == ["1 – Helemaal oneens", "2", "3", "4", "5 – Heel vaak"]


def test_five_own_labels_in_the_choices_still_win(consultation):
    survey = make_survey(
        consultation,
        questions=[
            ("Hoe veilig?", "scale", "Heel onveilig\nOnveilig\nGaat wel\nVeilig\nHeel veilig", True)
        ],
    )
    SurveyField.objects.filter(page=survey).update(scale_low_label="Slecht")

    assert scale_options(survey)[0] == "1 – Heel onveilig"
    assert scale_options(survey)[2] == "3 – Gaat wel"


def test_the_scale_is_a_fieldset_whose_radio_buttons_each_have_a_label(client, consultation):
    survey = scale_survey(consultation, low="Heel ontevreden", high="Heel tevreden")

    fieldset = scale_fieldset(client, survey)
    radios = fieldset.find_all("input", type="radio")
    labels = [
        fieldset.find("label", attrs={"for": radio["id"]}).get_text(strip=True) for radio in radios
    ]

    assert [radio["value"] for radio in radios] == ["1", "2", "3", "4", "5"]
    assert labels == ["1 – Heel ontevreden", "2", "3", "4", "5 – Heel tevreden"]


def test_the_form_says_once_what_1_and_5_mean_when_the_points_between_are_numbers(
    client, consultation
):
    survey = scale_survey(consultation, low="Heel ontevreden", high="Heel tevreden")

    fieldset = scale_fieldset(client, survey)
    described_by = [fieldset.find(id=id_) for id_ in fieldset["aria-describedby"].split()]

    assert "1 betekent: Heel ontevreden. 5 betekent: Heel tevreden." in [
        " ".join(element.get_text().split()) for element in described_by
    ]


def test_a_default_scale_needs_no_extra_explanation(client, consultation):
    survey = scale_survey(consultation)

    fieldset = scale_fieldset(client, survey)

    assert "betekent" not in fieldset.get_text()
    assert not fieldset.get("aria-describedby")


def test_the_results_show_the_end_labels_of_the_scale(consultation):
    survey = scale_survey(consultation, low="Heel ontevreden", high="Heel tevreden")
    name = field_names(survey)["scale"]
    for answer in ("1", "5", "5"):
        SurveyResponse.objects.create(page=survey, form_data={name: answer})

    (scale,) = survey_results(survey).questions

    assert [(bar.label, bar.count) for bar in scale.bars] == [
        ("1 – Heel ontevreden", 1),
        ("2", 0),
        ("3", 0),
        ("4", 0),
        ("5 – Heel tevreden", 2),
    ]


def test_the_results_on_the_consultation_page_name_the_end_labels(client, consultation):
    survey = scale_survey(consultation, low="Heel ontevreden", high="Heel tevreden")
    SurveyResponse.objects.create(page=survey, form_data={field_names(survey)["scale"]: "5"})
    add_phases(consultation, PhaseKind.PROCESSING)

    soup = BeautifulSoup(client.get(consultation.url).content, "html.parser")
    rows = [row.get_text(strip=True) for row in soup.select(".survey-results__question tbody th")]

    assert rows == ["1 – Heel ontevreden", "2", "3", "4", "5 – Heel tevreden"]


def test_editors_find_both_end_labels_on_each_question_in_the_page_editor(
    client, consultation, django_user_model
):
    survey = scale_survey(consultation, low="Heel ontevreden", high="Heel tevreden")
    client.force_login(
        django_user_model.objects.create_superuser("redacteur", "r@example.org", "x")
    )

    response = client.get(reverse("wagtailadmin_pages:edit", args=[survey.pk]))
    soup = BeautifulSoup(response.content, "html.parser")

    assert soup.find("input", attrs={"name": "form_fields-0-scale_low_label"})["value"] == (
        "Heel ontevreden"
    )
    assert soup.find("input", attrs={"name": "form_fields-0-scale_high_label"})["value"] == (
        "Heel tevreden"
    )
