"""Survey results count every response, online and entered by staff, and show after input."""

import pytest

from consultations.models import PhaseKind, Source, SurveyResponse
from consultations.survey_forms import AGE_BANDS
from consultations.survey_results import public_survey_results, survey_results
from tests.consultations.factories import add_phases, make_consultation
from tests.consultations.survey_factories import field_names, make_survey

pytestmark = pytest.mark.django_db


def respond(survey, source=Source.ONLINE, **answers):
    names = field_names(survey)
    SurveyResponse.objects.create(
        page=survey,
        source=source,
        form_data={names[kind]: value for kind, value in answers.items()},
    )


@pytest.fixture
def answered_survey(consultation_index):
    consultation = make_consultation(consultation_index)
    survey = make_survey(consultation)
    respond(
        survey,
        radio="Soms",
        checkboxes=["Bankjes", "Groen"],
        scale="5",
        postcode_area="4931",
        age_band="18_29",
        singleline="Mijn adres is Markt 1",
    )
    respond(
        survey,
        source=Source.PAPER,
        radio="Soms",
        checkboxes=["Groen"],
        scale="2",
        postcode_area="4941",
        age_band="65_79",
    )
    respond(
        survey,
        source=Source.MEETING,
        radio="Nooit",
        checkboxes=["Groen"],
        scale="3",
        postcode_area="4931",
        age_band="18_29",
    )
    return survey


def bars(result):
    return {bar.label: bar.count for bar in result.bars}


def test_results_count_online_and_staff_entered_responses(answered_survey):
    results = survey_results(answered_survey)
    radio, checkboxes, scale, _short, _long, postcode, age = results.questions

    assert results.total == 3
    assert dict(results.by_source) == {
        str(Source.ONLINE.label): 1,
        str(Source.PAPER.label): 1,
        str(Source.MEETING.label): 1,
    }
    assert bars(radio) == {"Elke dag": 0, "Elke week": 0, "Soms": 2, "Nooit": 1}
    assert bars(checkboxes) == {"Bankjes": 1, "Groen": 3, "Speelplek": 0}
    assert scale.average == pytest.approx(3.3)
    assert [bar.count for bar in scale.bars] == [0, 1, 1, 0, 1]
    assert [(bar.label, bar.count) for bar in postcode.bars] == [("4931", 2), ("4941", 1)]
    assert bars(age)[str(dict(AGE_BANDS)["18_29"])] == 2
    assert radio.bars[2].percent == 67


def test_results_are_public_only_after_the_input_phase_and_when_allowed(answered_survey):
    consultation = answered_survey.consultation()
    assert public_survey_results(consultation) is None  # still open for input

    add_phases(consultation, PhaseKind.PROCESSING)
    assert public_survey_results(consultation).total == 3

    consultation.show_survey_results = False
    consultation.save()
    assert public_survey_results(consultation) is None


def test_results_on_the_page_show_counts_but_never_free_text(client, answered_survey):
    consultation = answered_survey.consultation()
    add_phases(consultation, PhaseKind.FEEDBACK)

    html = client.get(consultation.url).content.decode()

    assert "survey-results" in html
    assert "Mijn adres is Markt 1" not in html
    assert "<svg" in html and 'aria-hidden="true"' in html
    assert "style=" not in html.split("survey-results")[1].split("</section>")[0]


def test_choice_labels_with_html_are_escaped_in_the_results(client, consultation_index):
    consultation = make_consultation(consultation_index, current=PhaseKind.PROCESSING)
    survey = make_survey(consultation, questions=[("Keuze", "radio", "<b>Vet</b>\nGewoon", True)])
    respond(survey, radio="<b>Vet</b>")

    html = client.get(consultation.url).content.decode()

    assert "&lt;b&gt;Vet&lt;/b&gt;" in html
    assert "<b>Vet</b>" not in html
