"""The "Leesbaarheid" report does the same work for a large site as for a small one: one page of
rows, with each row's section, team and type read in the same queries as the rows."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext

from readability.models import ReadabilityResult
from readability.results import store_result
from tests.factories import ContentPageFactory, SectionPageFactory
from tests.readability.conftest import OFFICIALESE, PLAIN

pytestmark = pytest.mark.django_db

REPORT_URL = "/admin/reports/readability/"
ROWS_PER_PAGE = 50


@pytest.fixture
def sections(home):
    """Three sections, each owned by its own team."""
    return [
        (
            SectionPageFactory(parent=home, title=f"Onderwerp {n}", slug=f"onderwerp-{n}"),
            Group.objects.create(name=f"Team {n}"),
        )
        for n in range(3)
    ]


def add_checked_pages(sections, first: int, count: int) -> None:
    """``count`` checked pages spread over the sections, plain and officialese in turn."""
    for n in range(first, first + count):
        section, team = sections[n % len(sections)]
        page = ContentPageFactory(
            parent=section,
            title=f"Pagina {n}",
            slug=f"pagina-{n}",
            intro=PLAIN if n % 2 else OFFICIALESE,
            owning_team=team,
        )
        store_result(page)


def report_rows(response) -> list:
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").select("table tbody tr")


def test_the_report_runs_as_many_queries_for_120_pages_as_for_20(
    admin_client, sections, django_assert_max_num_queries
):
    add_checked_pages(sections, 0, 20)
    admin_client.get(REPORT_URL)
    with CaptureQueriesContext(connection) as small_site:
        small = report_rows(admin_client.get(REPORT_URL))
    add_checked_pages(sections, 20, 100)

    with django_assert_max_num_queries(len(small_site)):
        large = report_rows(admin_client.get(REPORT_URL))
    with django_assert_max_num_queries(len(small_site)):
        last_page = report_rows(admin_client.get(REPORT_URL, {"p": 3}))

    assert ReadabilityResult.objects.count() == 120
    assert len(small) == 20
    assert len(large) == ROWS_PER_PAGE
    assert len(last_page) == 120 - 2 * ROWS_PER_PAGE
