"""The review cycle: when content is current, due soon or overdue."""

import datetime

import pytest

from core.ownership import ReviewStatus, add_months
from home.models import ContentPage

# Building a page looks up its content type, which needs the database once per process.
pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 11, 29)


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (datetime.date(2026, 1, 31), 1, datetime.date(2026, 2, 28)),
        (datetime.date(2024, 1, 31), 1, datetime.date(2024, 2, 29)),
        (datetime.date(2026, 11, 15), 2, datetime.date(2027, 1, 15)),
        (datetime.date(2026, 3, 31), -1, datetime.date(2026, 2, 28)),
        (datetime.date(2026, 5, 10), 12, datetime.date(2027, 5, 10)),
    ],
)
def test_add_months_clamps_to_the_end_of_short_months(start, months, expected):
    assert add_months(start, months) == expected


def page_reviewed_on(date, interval=None):
    return ContentPage(title="Test", last_reviewed_at=date, review_interval_months=interval)


def test_content_reviewed_recently_is_current():
    page = page_reviewed_on(datetime.date(2026, 6, 1))

    assert page.next_review_date == datetime.date(2027, 6, 1)
    assert page.review_status(TODAY) == ReviewStatus.CURRENT


def test_content_becomes_due_soon_thirty_days_before_the_review_date():
    page = page_reviewed_on(datetime.date(2025, 12, 29))

    assert page.review_status(datetime.date(2026, 11, 28)) == ReviewStatus.CURRENT
    assert page.review_status(TODAY) == ReviewStatus.DUE_SOON
    assert page.review_status(datetime.date(2026, 12, 29)) == ReviewStatus.DUE_SOON


def test_content_is_overdue_the_day_after_its_review_date():
    page = page_reviewed_on(datetime.date(2025, 12, 29))

    assert page.review_status(datetime.date(2026, 12, 30)) == ReviewStatus.OVERDUE


def test_an_item_specific_interval_overrides_the_type_default():
    page = page_reviewed_on(datetime.date(2026, 3, 1), interval=6)

    assert page.review_interval == 6
    assert page.next_review_date == datetime.date(2026, 9, 1)
    assert page.review_status(TODAY) == ReviewStatus.OVERDUE


def test_never_reviewed_and_never_published_content_is_overdue():
    page = page_reviewed_on(None)

    assert page.next_review_date is None
    assert page.review_status(TODAY) == ReviewStatus.OVERDUE


def test_without_a_review_the_first_publication_counts_as_the_last_check():
    page = page_reviewed_on(None)
    page.last_published_at = datetime.datetime(2026, 10, 1, 12, tzinfo=datetime.UTC)

    assert page.last_checked_date == datetime.date(2026, 10, 1)
    assert page.review_status(TODAY) == ReviewStatus.CURRENT
