"""Wagtail's form-submissions screens of a survey: only for users who may export input."""

import csv
import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from openpyxl import load_workbook
from wagtail.models import GroupPagePermission

from consultations.models import Source, SurveyResponse
from tests.consultations.factories import make_consultation
from tests.consultations.survey_factories import field_names, make_survey, participation_staff

pytestmark = pytest.mark.django_db

FORMULA = '=HYPERLINK("http://x")'


@pytest.fixture
def survey(consultation_index):
    consultation = make_consultation(consultation_index)
    survey = make_survey(consultation)
    names = field_names(survey)
    SurveyResponse.objects.create(
        page=survey,
        form_data={names["radio"]: "Soms", names["singleline"]: FORMULA},
        source=Source.ONLINE,
    )
    return survey


def refused(response) -> bool:
    """Wagtail's admin answers a refusal with 403 or a redirect to the dashboard (with a
    message), never with the screen or the file."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == "/admin/"
    )


def coordinator_for(page, username="coordinator"):
    """An editor with admin access who may edit ``page`` but not see survey responses."""
    group, _ = Group.objects.get_or_create(name="Coördinatoren")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in ("add_page", "change_page", "publish_page"):
        GroupPagePermission.objects.create(
            group=group,
            page=page,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            ),
        )
    user = get_user_model().objects.create_user(username, f"{username}@example.org", "x")
    user.groups.add(group)
    return user


def submissions_url(survey, suffix=""):
    return f"/admin/forms/submissions/{survey.pk}/{suffix}"


def test_a_coordinator_without_the_export_permission_cannot_open_or_download_responses(
    client, survey
):
    client.force_login(coordinator_for(survey.get_parent()))

    editor = client.get(f"/admin/pages/{survey.pk}/edit/")  # the coordinator may edit the survey
    listing = client.get(submissions_url(survey))
    csv_download = client.get(submissions_url(survey) + "?export=csv")
    xlsx_download = client.get(submissions_url(survey) + "?export=xlsx")
    results = client.get(submissions_url(survey, "results/"))

    assert editor.status_code == 200
    assert all(refused(response) for response in (listing, csv_download, xlsx_download, results))


def test_a_coordinator_cannot_delete_responses_nor_see_the_survey_among_the_forms(client, survey):
    client.force_login(coordinator_for(survey.get_parent()))
    response = SurveyResponse.objects.get()

    deleted = client.post(
        submissions_url(survey, "delete/") + f"?selected-submissions={response.pk}"
    )
    forms_index = client.get("/admin/forms/")

    assert refused(deleted)
    assert SurveyResponse.objects.filter(pk=response.pk).exists()
    assert survey.title not in forms_index.content.decode()


def test_participation_staff_download_responses_with_formulas_defused(client, survey):
    staff = participation_staff()
    staff.groups.add(coordinator_for(survey.get_parent()).groups.get())  # may edit the survey
    client.force_login(staff)

    listing = client.get(submissions_url(survey))
    csv_download = client.get(submissions_url(survey) + "?export=csv")
    xlsx_download = client.get(submissions_url(survey) + "?export=xlsx")

    assert listing.status_code == 200
    text = b"".join(csv_download.streaming_content).decode("utf-8")
    csv_cells = [cell for row in csv.reader(io.StringIO(text)) for cell in row]
    workbook = load_workbook(io.BytesIO(b"".join(xlsx_download.streaming_content)))
    xlsx_cells = [cell for row in workbook.active.values for cell in row]
    assert "'" + FORMULA in csv_cells
    assert FORMULA not in csv_cells
    assert "'" + FORMULA in xlsx_cells
    assert FORMULA not in xlsx_cells
