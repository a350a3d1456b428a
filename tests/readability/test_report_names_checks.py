"""The readability report names the checks in words, in the admin's language, never as codes.

In the English admin the report showed "long_sentence,officialese" where staff expect the names
of the checks; the Dutch admin showed the same codes.
"""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.contrib.contenttypes.models import ContentType
from wagtail.users.models import UserProfile

from home.models import ContentPage
from readability.models import ReadabilityResult

pytestmark = pytest.mark.django_db

REPORT_URL = "/admin/reports/readability/"


@pytest.fixture
def result_without_section(home):
    """A stored verdict with two checks to improve and no section or owning team."""
    return ReadabilityResult.objects.create(
        content_type=ContentType.objects.get_for_model(ContentPage),
        object_id="999",
        title="Grofvuil laten ophalen",
        meets_b1=False,
        level="B2",
        flesch_douma=55.0,
        words=320,
        problems="sentence_length,officialese",
        analysed_at=datetime.datetime(2026, 3, 10, 12, 0, tzinfo=datetime.UTC),
    )


def report_row(client, title) -> list[str]:
    """The cell texts of the report row for ``title``."""
    soup = BeautifulSoup(client.get(REPORT_URL).content, "html.parser")
    row = next(tr for tr in soup.select("tbody tr") if title in tr.get_text())
    return [" ".join(cell.get_text().split()) for cell in row.find_all(["td", "th"])]


def staff_member(client, django_user_model, language):
    user = django_user_model.objects.create_superuser("coordinator", "c@example.org", "x")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client.force_login(user)


def test_the_english_report_names_the_checks_in_english(
    client, django_user_model, result_without_section
):
    staff_member(client, django_user_model, "en")

    cells = report_row(client, "Grofvuil laten ophalen")

    assert "Sentence length, Officialese" in cells
    assert not any("officialese" in cell or "sentence_length" in cell for cell in cells)
    assert "None" not in cells


def test_the_dutch_report_names_the_checks_in_dutch(
    client, django_user_model, result_without_section
):
    staff_member(client, django_user_model, "nl")

    cells = report_row(client, "Grofvuil laten ophalen")

    assert "Zinslengte, Ambtelijke taal" in cells
