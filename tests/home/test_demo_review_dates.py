"""The demo's review history gives the same mix of statuses on every day of the year.

The demo used to mark pages "reviewed 11 months ago" on a 12-month interval: due in 28 to 31
days, so "due soon" in short months and "current" in months with 31 days.
"""

import datetime

import pytest

from core.demo.site import DAYS_UNTIL_REVIEW, DemoReviewDue
from core.ownership import ReviewStatus, add_months, review_status_for

# Every review interval a demo item can have: ordinary pages (12), products and answers (6).
INTERVALS = (6, 12)
LEAP_YEAR = 2028


def days_of(year: int):
    day = datetime.date(year, 1, 1)
    while day.year == year:
        yield day
        day += datetime.timedelta(days=1)


def demo_statuses(today: datetime.date, interval: int) -> list[ReviewStatus]:
    """The status of each item of the demo mix, as the site computes it on ``today``."""
    statuses = []
    for days in DAYS_UNTIL_REVIEW:
        reviewed = DemoReviewDue(today, days).last_reviewed_on(interval)
        statuses.append(review_status_for(add_months(reviewed, interval), today))
    return statuses


@pytest.mark.parametrize("interval", INTERVALS)
def test_the_demo_mix_of_review_statuses_is_the_same_on_every_day_of_a_leap_year(interval):
    expected = demo_statuses(datetime.date(LEAP_YEAR, 6, 15), interval)
    assert set(expected) == {ReviewStatus.CURRENT, ReviewStatus.DUE_SOON, ReviewStatus.OVERDUE}

    differing = [day for day in days_of(LEAP_YEAR) if demo_statuses(day, interval) != expected]

    assert differing == []


@pytest.mark.parametrize("interval", INTERVALS)
def test_a_due_soon_demo_item_is_due_in_10_to_20_days(interval):
    for today in days_of(LEAP_YEAR):
        for days in DAYS_UNTIL_REVIEW:
            due = add_months(DemoReviewDue(today, days).last_reviewed_on(interval), interval)
            if review_status_for(due, today) == ReviewStatus.DUE_SOON:
                assert 10 <= (due - today).days <= 20, (today, days)


def test_no_demo_item_was_reviewed_in_the_future():
    for today in days_of(LEAP_YEAR):
        for interval in INTERVALS:
            for days in DAYS_UNTIL_REVIEW:
                assert DemoReviewDue(today, days).last_reviewed_on(interval) <= today


# The built demo is checked on the days that shift dates (a 31-day month's end, the year's end,
# a DST switch) in test_demo_facts.py, which builds it once per day for all its checks.
