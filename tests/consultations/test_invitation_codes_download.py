"""The invitation-codes download is a spreadsheet too: formulas in it are defused."""

import csv
import io

import pytest
from django.urls import reverse

from tests.consultations.factories import make_consultation
from tests.consultations.survey_factories import make_survey, participation_staff

pytestmark = pytest.mark.django_db

FORMULA = '=HYPERLINK("http://x")'


def test_invitation_codes_csv_defuses_a_formula_in_the_batch_name(client, consultation_index):
    survey = make_survey(make_consultation(consultation_index), uniqueness="invitation")
    client.force_login(participation_staff())

    response = client.post(
        reverse("consultations_survey_invitations", args=[survey.pk]),
        {"count": 2, "batch": FORMULA},
    )

    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8"))))
    assert [row[1] for row in rows[1:]] == ["'" + FORMULA] * 2
