"""The "Leesbaarheid" report does the same work for a large site as for a small one: one page of
rows, with each row's section, team and type read in the same queries as the rows."""

import pytest
from django.contrib.auth.models import Group

from readability.models import ReadabilityResult
from readability.results import store_result
from tests.factories import ContentPageFactory, SectionPageFactory
from tests.query_counts import counted_report_rows, report_rows
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


def test_the_report_runs_as_many_queries_for_120_pages_as_for_20(
    admin_client, sections, django_assert_max_num_queries
):
    add_checked_pages(sections, 0, 20)
    small, small_site_queries = counted_report_rows(admin_client, REPORT_URL)
    add_checked_pages(sections, 20, 100)

    with django_assert_max_num_queries(small_site_queries):
        large = report_rows(admin_client.get(REPORT_URL))
    with django_assert_max_num_queries(small_site_queries):
        last_page = report_rows(admin_client.get(REPORT_URL, {"p": 3}))

    assert ReadabilityResult.objects.count() == 120
    assert len(small) == 20
    assert len(large) == ROWS_PER_PAGE
    assert len(last_page) == 120 - 2 * ROWS_PER_PAGE
