"""The residents' initiatives export defuses formulas in CSV and XLSX."""

import csv
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from neighbourhoods.models import PostcodeArea
from tests.neighbourhoods.factories import InitiativeFactory

pytestmark = pytest.mark.django_db

FORMULA = '=HYPERLINK("http://x")'


@pytest.fixture
def admin_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("beheer", "b@example.org", "x"))
    return client


def body_of(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_the_initiatives_export_defuses_formulas(admin_client, village, export_format):
    InitiativeFactory(area=village, title=FORMULA, location="-Parklaan")
    url = reverse("wagtailsnippets_neighbourhoods_initiative:list")

    response = admin_client.get(f"{url}?export={export_format}")

    content = body_of(response)
    if export_format == "csv":
        cells = [c for row in csv.reader(io.StringIO(content.decode("utf-8-sig"))) for c in row]
    else:
        workbook = load_workbook(io.BytesIO(content))
        cells = [c for row in workbook.active.values for c in row]
    assert "'" + FORMULA in cells and "'-Parklaan" in cells
    assert FORMULA not in cells


def test_the_postcode_download_defuses_formulas(admin_client, village):
    PostcodeArea.objects.create(
        digits="4931", letters_from="=A", letters_to="ZZ", area=village.area
    )
    url = reverse("wagtailsnippets_neighbourhoods_postcodearea:download")

    response = admin_client.get(url)

    rows = list(csv.reader(io.StringIO(body_of(response).decode("utf-8-sig")), delimiter=";"))
    assert "'=A" in rows[1]
