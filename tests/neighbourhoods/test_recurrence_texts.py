"""The rule of recurring office hours in words, in Dutch and in English, for every rule type.

"Second" is both an ordinal and a unit of time; Dutch has two words for it ("tweede", "seconde"),
so the ordinals are translated with their own context.
"""

import datetime

import pytest
from django.utils import translation

from neighbourhoods import recurrence
from neighbourhoods.models import Weekday, WeekOfMonth
from tests.neighbourhoods.factories import RecurringOfficeHoursFactory

DUTCH_WEEKDAYS = {
    Weekday.MONDAY: "maandag",
    Weekday.TUESDAY: "dinsdag",
    Weekday.WEDNESDAY: "woensdag",
    Weekday.THURSDAY: "donderdag",
    Weekday.FRIDAY: "vrijdag",
    Weekday.SATURDAY: "zaterdag",
    Weekday.SUNDAY: "zondag",
}
ENGLISH_WEEKDAYS = {
    Weekday.MONDAY: "Monday",
    Weekday.TUESDAY: "Tuesday",
    Weekday.WEDNESDAY: "Wednesday",
    Weekday.THURSDAY: "Thursday",
    Weekday.FRIDAY: "Friday",
    Weekday.SATURDAY: "Saturday",
    Weekday.SUNDAY: "Sunday",
}
DUTCH_ORDINALS = {
    WeekOfMonth.FIRST: "eerste",
    WeekOfMonth.SECOND: "tweede",
    WeekOfMonth.THIRD: "derde",
    WeekOfMonth.FOURTH: "vierde",
    WeekOfMonth.LAST: "laatste",
}
ENGLISH_ORDINALS = {
    WeekOfMonth.FIRST: "first",
    WeekOfMonth.SECOND: "second",
    WeekOfMonth.THIRD: "third",
    WeekOfMonth.FOURTH: "fourth",
    WeekOfMonth.LAST: "last",
}


def office_hours(week_of_month, weekday, ends_on=None):
    """An unsaved schedule from 10:00 to 11:30; the rule text needs no database."""
    return RecurringOfficeHoursFactory.build(
        week_of_month=week_of_month,
        weekday=weekday,
        start_time=datetime.time(10, 0),
        end_time=datetime.time(11, 30),
        starts_on=datetime.date(2026, 1, 1),
        ends_on=ends_on,
    )


@pytest.mark.parametrize("weekday", list(Weekday))
def test_weekly_office_hours_read_every_weekday_in_dutch_and_english(weekday):
    schedule = office_hours(WeekOfMonth.EVERY, weekday)

    with translation.override("nl"):
        dutch = recurrence.describe(schedule)
    with translation.override("en"):
        english = recurrence.describe(schedule)

    assert dutch == f"Elke {DUTCH_WEEKDAYS[weekday]}, 10:00 tot 11:30"
    assert english == f"Every {ENGLISH_WEEKDAYS[weekday]}, 10:00 to 11:30"


@pytest.mark.parametrize("weekday", list(Weekday))
@pytest.mark.parametrize("week_of_month", list(DUTCH_ORDINALS))
def test_monthly_office_hours_read_as_an_ordinal_weekday_in_dutch_and_english(
    week_of_month, weekday
):
    schedule = office_hours(week_of_month, weekday)

    with translation.override("nl"):
        dutch = recurrence.describe(schedule)
    with translation.override("en"):
        english = recurrence.describe(schedule)

    assert dutch == (
        f"Elke {DUTCH_ORDINALS[week_of_month]} {DUTCH_WEEKDAYS[weekday]} van de maand, "
        "10:00 tot 11:30"
    )
    assert english == (
        f"Every {ENGLISH_ORDINALS[week_of_month]} {ENGLISH_WEEKDAYS[weekday]} of the month, "
        "10:00 to 11:30"
    )


def test_second_wednesday_is_tweede_not_the_unit_of_time_seconde():
    schedule = office_hours(WeekOfMonth.SECOND, Weekday.WEDNESDAY)

    with translation.override("nl"):
        text = recurrence.describe(schedule)

    assert text.startswith("Elke tweede woensdag van de maand")
    assert "seconde" not in text


def test_a_rule_with_a_last_date_names_it_in_dutch_and_english():
    schedule = office_hours(WeekOfMonth.SECOND, Weekday.WEDNESDAY, datetime.date(2027, 6, 9))

    with translation.override("nl"):
        dutch = recurrence.describe(schedule)
    with translation.override("en"):
        english = recurrence.describe(schedule)

    assert dutch == "Elke tweede woensdag van de maand, 10:00 tot 11:30, tot en met 9 juni 2027"
    assert english == "Every second Wednesday of the month, 10:00 to 11:30, until 9 June 2027"


def test_editors_choose_the_week_by_its_dutch_ordinal():
    with translation.override("nl"):
        labels = {value: str(label) for value, label in WeekOfMonth.choices}

    assert labels == {
        WeekOfMonth.EVERY: "elke week",
        WeekOfMonth.FIRST: "eerste",
        WeekOfMonth.SECOND: "tweede",
        WeekOfMonth.THIRD: "derde",
        WeekOfMonth.FOURTH: "vierde",
        WeekOfMonth.LAST: "laatste",
    }
