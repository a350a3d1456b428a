"""The "Controle van inhoud" report does the same work for a large site as for a small one: one
page of rows, with each row's team and people read in the same queries as the rows."""

import datetime

import pytest
from freezegun import freeze_time

from governance.models import ReviewSchedule
from tests.kcc_content.conftest import owned_page
from tests.query_counts import counted_report_rows, report_rows

pytestmark = pytest.mark.django_db

REPORT_URL = "/admin/reports/content-review/"
ROWS_PER_PAGE = 50


def add_owned_pages(teams, first: int, count: int) -> None:
    """``count`` owned pages of both teams, each with its own reviewer and review date (all
    overdue on 2026-11-29: the last review was in 2025)."""
    for n in range(first, first + count):
        team = teams["a" if n % 2 else "b"]
        members = team["members"]
        owned_page(
            team["section"],
            team["team"],
            datetime.date(2025, 1, 1) + datetime.timedelta(days=n),
            f"pagina-{n}",
            responsible_person=members[n % len(members)],
            last_reviewed_by=members[(n + 1) % len(members)],
        )


@freeze_time("2026-11-29")
def test_the_report_runs_as_many_queries_for_120_pages_as_for_20(
    admin_client, teams, django_assert_max_num_queries
):
    add_owned_pages(teams, 0, 20)
    small, small_site_queries = counted_report_rows(admin_client, REPORT_URL)
    add_owned_pages(teams, 20, 100)

    with django_assert_max_num_queries(small_site_queries):
        large = report_rows(admin_client.get(REPORT_URL))
    with django_assert_max_num_queries(small_site_queries):
        overdue = report_rows(admin_client.get(REPORT_URL, {"status": "overdue", "p": 2}))

    assert ReviewSchedule.objects.count() == 120
    assert len(small) == 20
    assert len(large) == ROWS_PER_PAGE
    assert len(overdue) == ROWS_PER_PAGE
