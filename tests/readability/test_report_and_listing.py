"""Stored verdicts feed the explorer badge and the "Leesbaarheid" report with CSV/XLSX export."""

import io

import openpyxl
import pytest
from django.contrib.auth.models import Group

from readability.models import OfficialeseWord, ReadabilityResult
from readability.results import result_for
from tests.factories import ContentPageFactory, SectionPageFactory
from tests.readability.conftest import OFFICIALESE, PLAIN

pytestmark = pytest.mark.django_db


@pytest.fixture
def checked_pages(home):
    team = Group.objects.create(name="Team Vergunningen")
    section = SectionPageFactory(parent=home, title="Wonen", slug="wonen", intro=PLAIN)
    plain = ContentPageFactory(parent=section, title="Makkelijk", intro=PLAIN, owning_team=team)
    hard = ContentPageFactory(parent=section, title="Moeilijk", intro=OFFICIALESE)
    for page in (section, plain, hard):
        page.save_revision().publish()
    return section, plain, hard, team


def test_publishing_stores_the_verdict_with_section_and_owner(checked_pages):
    section, plain, hard, team = checked_pages

    assert result_for(plain).meets_b1 is True
    assert result_for(plain).section == section.page_ptr
    assert result_for(plain).owning_team == team
    assert result_for(hard).meets_b1 is False
    assert "officialese" in result_for(hard).problems


def test_an_unpublished_page_leaves_the_report(checked_pages):
    _section, plain, hard, _team = checked_pages

    plain.unpublish()

    assert result_for(plain) is None
    assert result_for(hard) is not None


def test_a_deleted_page_leaves_the_report(checked_pages):
    _section, plain, hard, _team = checked_pages

    plain.delete()

    assert not ReadabilityResult.objects.filter(object_id=str(plain.pk)).exists()
    assert result_for(hard) is not None


def test_the_page_explorer_shows_a_b1_badge(admin_client, checked_pages):
    section = checked_pages[0]

    html = admin_client.get(f"/admin/pages/{section.pk}/").content.decode()

    assert "B1 ✓" in html
    assert "B1 ✗" in html


def test_the_report_lists_and_filters_pages(admin_client, checked_pages):
    _, plain, hard, team = checked_pages

    everything = admin_client.get("/admin/reports/readability/").content.decode()
    not_b1 = admin_client.get("/admin/reports/readability/?meets_b1=false").content.decode()
    by_team = admin_client.get(
        f"/admin/reports/readability/?owning_team={team.pk}"
    ).content.decode()

    assert "Makkelijk" in everything and "Moeilijk" in everything
    assert "Moeilijk" in not_b1 and "Makkelijk" not in not_b1
    assert "Makkelijk" in by_team and "Moeilijk" not in by_team


def test_the_report_exports_csv_and_xlsx(admin_client, checked_pages):
    csv = admin_client.get("/admin/reports/readability/?export=csv")
    xlsx = admin_client.get("/admin/reports/readability/?export=xlsx")

    content = b"".join(csv.streaming_content) if csv.streaming else csv.content
    assert "Moeilijk" in content.decode()
    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(xlsx.streaming_content)))
    titles = [row[0] for row in workbook.active.iter_rows(values_only=True)]
    assert "Moeilijk" in titles


def test_editors_without_page_rights_cannot_see_the_report(client, outsider):
    client.force_login(outsider)

    assert client.get("/admin/reports/readability/").status_code in (302, 403)


def test_changing_the_word_list_rechecks_published_pages(checked_pages):
    _, plain, _, _ = checked_pages
    OfficialeseWord.objects.create(word="pasfoto", alternatives="foto")

    assert "officialese" in ReadabilityResult.objects.get(object_id=str(plain.pk)).problems


def test_english_pages_get_no_dutch_verdict(home, english_home):
    page = ContentPageFactory(
        parent=english_home, title="Waste", intro="We collect waste.", locale=english_home.locale
    )
    page.save_revision().publish()

    assert result_for(page) is None
