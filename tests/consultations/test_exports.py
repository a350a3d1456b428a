"""Exports of all input: online and staff-entered side by side, personal data only for staff."""

import csv
import io

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from django.utils import translation
from openpyxl import load_workbook

from consultations.exports import export_sheets
from consultations.models import Source, SurveyResponse
from participation.exports import safe_cell
from tests.consultations.factories import (
    IdeaFactory,
    ParticipantFactory,
    ReactionFactory,
    make_consultation,
)
from tests.consultations.survey_factories import (
    field_names,
    make_survey,
    participation_staff,
    valid_answers,
)

pytestmark = pytest.mark.django_db

# Column positions shared by every sheet (the headers are translated, so tests use positions).
SOURCE, ENTERED_BY = 2, 3
FIRST_CONTENT = 7


def labels(choice) -> set[str]:
    """A choice label in Dutch and English: the admin may show either."""
    result = set()
    for language in ("nl", "en"):
        with translation.override(language):
            result.add(str(choice.label))
    return result


@pytest.fixture
def consultation(consultation_index):
    consultation = make_consultation(consultation_index)
    survey = make_survey(consultation)
    names = field_names(survey)
    online = ParticipantFactory(
        consultation=consultation, name="Anna Online", email="anna@example.org"
    )
    SurveyResponse.objects.create(
        page=survey, form_data={names["radio"]: "Soms"}, source=Source.ONLINE, participant=online
    )
    SurveyResponse.objects.create(
        page=survey, form_data={names["radio"]: "Nooit"}, source=Source.PAPER
    )
    idea = IdeaFactory(consultation=consultation, title="Meer bomen", participant=online)
    IdeaFactory(consultation=consultation, title="Een speeltuin", source=Source.MEETING)
    ReactionFactory(consultation=consultation, idea=idea, text='=HYPERLINK("http://x")')
    return consultation


def read_csv(response):
    text = response.content.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text), delimiter=";"))


def export_url(consultation, **params):
    query = "&".join(f"{key}={value}" for key, value in params.items())
    return reverse("consultations_export", args=[consultation.pk]) + (f"?{query}" if query else "")


def test_staff_entered_input_appears_next_to_online_input_with_its_source(client, consultation):
    client.force_login(participation_staff())

    survey_rows = read_csv(client.get(export_url(consultation, format="csv", kind="survey")))
    idea_rows = read_csv(client.get(export_url(consultation, format="csv", kind="ideas")))

    assert survey_rows[0][FIRST_CONTENT] == "Hoe vaak komt u in het centrum?"
    online, paper = survey_rows[1:]
    assert online[SOURCE] in labels(Source.ONLINE) and online[FIRST_CONTENT] == "Soms"
    assert paper[SOURCE] in labels(Source.PAPER) and paper[FIRST_CONTENT] == "Nooit"
    sources = {row[FIRST_CONTENT]: row[SOURCE] for row in idea_rows[1:]}
    assert sources["Meer bomen"] in labels(Source.ONLINE)
    assert sources["Een speeltuin"] in labels(Source.MEETING)


def test_participation_staff_see_names_and_email_addresses(client, consultation):
    client.force_login(participation_staff())

    rows = read_csv(client.get(export_url(consultation, format="csv", kind="ideas")))

    assert "anna@example.org" in sum(rows, [])
    assert "Anna Online" in sum(rows, [])


def test_users_without_the_personal_data_permission_get_no_personal_columns(
    client, consultation, django_user_model
):
    user = django_user_model.objects.create_user("analist", "a@example.org", "x")
    group = Group.objects.create(name="Analisten")
    group.permissions.add(
        *Permission.objects.filter(
            codename__in=["access_admin", "view_idea", "view_reaction", "view_surveyresponse"]
        )
    )
    user.groups.add(group)
    client.force_login(user)

    for kind in ("survey", "ideas", "reactions"):
        rows = read_csv(client.get(export_url(consultation, format="csv", kind=kind)))
        assert "anna@example.org" not in str(rows) and "Anna Online" not in str(rows)
    workbook = load_workbook(
        io.BytesIO(client.get(export_url(consultation, format="xlsx")).content)
    )
    assert "anna@example.org" not in str([list(sheet.values) for sheet in workbook])


@pytest.mark.parametrize("who", ["anonymous", "editor"])
def test_only_participation_staff_and_superusers_can_export(
    client, consultation, who, django_user_model
):
    if who == "editor":
        editor = django_user_model.objects.create_user("redacteur", "r@example.org", "x")
        group = Group.objects.create(name="Redactie")
        group.permissions.add(Permission.objects.get(codename="access_admin"))
        editor.groups.add(group)
        client.force_login(editor)

    response = client.get(export_url(consultation, format="xlsx"))

    assert response.status_code in (302, 403)
    assert b"Meer bomen" not in response.content


def test_superusers_can_export_everything_as_xlsx(client, consultation, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("admin", "x@example.org", "x"))

    response = client.get(export_url(consultation, format="xlsx"))
    workbook = load_workbook(io.BytesIO(response.content))

    assert response["Content-Disposition"].startswith("attachment;")
    assert len(workbook.sheetnames) == 3
    ideas = list(workbook[workbook.sheetnames[1]].values)
    assert len(ideas) == 3  # header + 2 ideas


def test_the_export_page_lists_the_downloads(client, consultation):
    client.force_login(participation_staff())

    response = client.get(export_url(consultation))

    assert response.status_code == 200
    assert "format=xlsx" in response.content.decode()


def test_formulas_in_input_are_not_run_by_a_spreadsheet(client, consultation):
    client.force_login(participation_staff())

    csv_rows = read_csv(client.get(export_url(consultation, format="csv", kind="reactions")))
    workbook = load_workbook(
        io.BytesIO(client.get(export_url(consultation, format="xlsx")).content)
    )
    reactions = list(workbook[workbook.sheetnames[2]].values)

    assert csv_rows[1][FIRST_CONTENT] == '\'=HYPERLINK("http://x")'
    assert reactions[1][FIRST_CONTENT] == '\'=HYPERLINK("http://x")'


@pytest.mark.parametrize("value", ["=1+1", "+31", "-2", "@SUM(A1)"])
def test_cells_starting_with_a_formula_character_get_an_apostrophe(value):
    assert safe_cell(value) == "'" + value


def test_html_in_answers_is_exported_as_plain_text(consultation):
    survey = consultation.get_children().specific().first()
    names = field_names(survey)
    SurveyResponse.objects.create(
        page=survey, form_data={names["singleline"]: "<script>alert(1)</script>"}
    )

    sheet = export_sheets(consultation, personal=False)[0]

    assert "<script>alert(1)</script>" in sum(sheet.rows, [])


def test_exporting_is_written_to_the_audit_log(client, consultation):
    from wagtail.models import PageLogEntry

    client.force_login(participation_staff())
    client.get(export_url(consultation, format="xlsx"))

    entry = PageLogEntry.objects.get(action="consultations.input_exported")
    assert entry.data["personal_data"] is True


def test_staff_entered_survey_response_is_exported_like_online_input(client, consultation):
    staff = participation_staff()
    client.force_login(staff)
    survey = consultation.get_children().specific().first()
    client.post(
        reverse("consultations_survey_enter", args=[survey.pk]),
        {**valid_answers(survey), "source": Source.HOME_VISIT},
    )

    rows = read_csv(client.get(export_url(consultation, format="csv", kind="survey")))

    assert rows[-1][SOURCE] in labels(Source.HOME_VISIT)
    assert rows[-1][ENTERED_BY] == "medewerker"
