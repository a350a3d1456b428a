"""The dates of recurring office hours, the rule in words and the iCalendar rule.

The schedules here are unsaved model instances: the recurrence rules need no database.
"""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.utils import translation

from neighbourhoods import recurrence
from neighbourhoods.models import (
    OfficeHoursCancellation,
    RecurringOfficeHours,
    Weekday,
    WeekOfMonth,
)

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
D = datetime.date
NEW_YEAR = D(2026, 1, 1)


def schedule(
    week_of_month=WeekOfMonth.FIRST,
    weekday=Weekday.TUESDAY,
    starts_on=NEW_YEAR,
    ends_on=None,
    start=(10, 0),
    end=(11, 30),
    cancelled=(),
):
    """Office hours as an editor fills them in; ``cancelled``: (date, reason) pairs."""
    return RecurringOfficeHours(
        pk=7,
        topic="Wijkspreekuur",
        week_of_month=week_of_month,
        weekday=weekday,
        start_time=datetime.time(*start),
        end_time=datetime.time(*end),
        starts_on=starts_on,
        ends_on=ends_on,
        cancellations=[
            OfficeHoursCancellation(date=day, reason=reason) for day, reason in cancelled
        ],
    )


def dates(rule, start, end):
    return [occurrence.date for occurrence in recurrence.occurrences(rule, start, end)]


# Which dates


def test_every_first_tuesday_of_the_month():
    assert dates(schedule(), D(2026, 1, 1), D(2026, 6, 30)) == [
        D(2026, 1, 6),
        D(2026, 2, 3),
        D(2026, 3, 3),
        D(2026, 4, 7),
        D(2026, 5, 5),
        D(2026, 6, 2),
    ]


def test_second_and_third_week_of_the_month():
    assert dates(schedule(week_of_month=WeekOfMonth.SECOND), D(2026, 3, 1), D(2026, 4, 30)) == [
        D(2026, 3, 10),
        D(2026, 4, 14),
    ]
    assert dates(schedule(week_of_month=WeekOfMonth.THIRD), D(2026, 3, 1), D(2026, 4, 30)) == [
        D(2026, 3, 17),
        D(2026, 4, 21),
    ]


def test_in_a_month_with_five_tuesdays_the_fourth_and_the_last_differ():
    # March 2026 has Tuesdays on 3, 10, 17, 24 and 31.
    march = (D(2026, 3, 1), D(2026, 3, 31))
    assert dates(schedule(week_of_month=WeekOfMonth.FOURTH), *march) == [D(2026, 3, 24)]
    assert dates(schedule(week_of_month=WeekOfMonth.LAST), *march) == [D(2026, 3, 31)]


def test_in_a_month_with_four_tuesdays_the_last_is_the_fourth():
    # February 2026 has Tuesdays on 3, 10, 17 and 24.
    february = (D(2026, 2, 1), D(2026, 2, 28))
    assert dates(schedule(week_of_month=WeekOfMonth.LAST), *february) == [D(2026, 2, 24)]
    assert dates(schedule(week_of_month=WeekOfMonth.FOURTH), *february) == [D(2026, 2, 24)]


def test_the_last_day_of_the_month_can_be_the_last_weekday():
    # 30 September 2026 is a Wednesday, the last day of the month.
    rule = schedule(week_of_month=WeekOfMonth.LAST, weekday=Weekday.WEDNESDAY)
    assert dates(rule, D(2026, 9, 1), D(2026, 10, 31)) == [D(2026, 9, 30), D(2026, 10, 28)]


def test_every_week():
    rule = schedule(week_of_month=WeekOfMonth.EVERY, weekday=Weekday.THURSDAY)
    assert dates(rule, D(2026, 4, 1), D(2026, 4, 30)) == [
        D(2026, 4, 2),
        D(2026, 4, 9),
        D(2026, 4, 16),
        D(2026, 4, 23),
        D(2026, 4, 30),
    ]


def test_every_week_across_the_year_boundary():
    rule = schedule(week_of_month=WeekOfMonth.EVERY, weekday=Weekday.THURSDAY)
    assert dates(rule, D(2026, 12, 20), D(2027, 1, 14)) == [
        D(2026, 12, 24),
        D(2026, 12, 31),
        D(2027, 1, 7),
        D(2027, 1, 14),
    ]


def test_the_last_wednesday_across_the_year_boundary():
    rule = schedule(week_of_month=WeekOfMonth.LAST, weekday=Weekday.WEDNESDAY)
    assert dates(rule, D(2026, 12, 1), D(2027, 2, 28)) == [
        D(2026, 12, 30),
        D(2027, 1, 27),
        D(2027, 2, 24),
    ]


def test_the_period_asked_for_includes_its_first_and_last_day():
    assert dates(schedule(), D(2026, 3, 3), D(2026, 4, 7)) == [D(2026, 3, 3), D(2026, 4, 7)]
    assert dates(schedule(), D(2026, 3, 4), D(2026, 4, 6)) == []


def test_a_first_date_in_the_middle_of_the_month_skips_that_months_earlier_date():
    rule = schedule(starts_on=D(2026, 3, 15))
    assert dates(rule, D(2026, 1, 1), D(2026, 5, 31)) == [D(2026, 4, 7), D(2026, 5, 5)]
    third = schedule(week_of_month=WeekOfMonth.THIRD, starts_on=D(2026, 3, 15))
    assert dates(third, D(2026, 1, 1), D(2026, 4, 30)) == [D(2026, 3, 17), D(2026, 4, 21)]


def test_the_last_date_is_included_and_nothing_comes_after_it():
    rule = schedule(ends_on=D(2026, 5, 5))
    assert dates(rule, D(2026, 4, 1), D(2026, 12, 31)) == [D(2026, 4, 7), D(2026, 5, 5)]
    weekly = schedule(week_of_month=WeekOfMonth.EVERY, ends_on=D(2026, 4, 20))
    assert dates(weekly, D(2026, 4, 1), D(2026, 12, 31)) == [
        D(2026, 4, 7),
        D(2026, 4, 14),
    ]


def test_a_period_before_the_first_date_has_no_dates():
    assert dates(schedule(starts_on=D(2026, 6, 1)), D(2026, 1, 1), D(2026, 5, 31)) == []


# Times and time zones


def test_times_are_local_on_the_wall_clock_across_the_spring_change():
    # Summer time starts on Sunday 29 March 2026.
    rule = schedule(week_of_month=WeekOfMonth.EVERY, weekday=Weekday.MONDAY)
    before, after = recurrence.occurrences(rule, D(2026, 3, 23), D(2026, 3, 30))
    assert before.starts_at.astimezone(AMSTERDAM).time() == datetime.time(10, 0)
    assert after.starts_at.astimezone(AMSTERDAM).time() == datetime.time(10, 0)
    assert before.starts_at.utcoffset() == datetime.timedelta(hours=1)
    assert after.starts_at.utcoffset() == datetime.timedelta(hours=2)
    assert before.starts_at.astimezone(datetime.UTC).hour == 9
    assert after.starts_at.astimezone(datetime.UTC).hour == 8


def test_times_are_local_on_the_wall_clock_across_the_autumn_change():
    # Winter time starts on Sunday 25 October 2026.
    rule = schedule(week_of_month=WeekOfMonth.EVERY, weekday=Weekday.SATURDAY, start=(9, 0))
    before, after = recurrence.occurrences(rule, D(2026, 10, 24), D(2026, 10, 31))
    assert before.starts_at.utcoffset() == datetime.timedelta(hours=2)
    assert after.starts_at.utcoffset() == datetime.timedelta(hours=1)
    assert after.starts_at.astimezone(AMSTERDAM).time() == datetime.time(9, 0)


def test_an_occurrence_on_the_day_of_the_change_keeps_its_local_time():
    rule = schedule(
        week_of_month=WeekOfMonth.LAST, weekday=Weekday.SUNDAY, start=(14, 0), end=(16, 0)
    )
    (occurrence,) = recurrence.occurrences(rule, D(2026, 3, 1), D(2026, 3, 31))
    assert occurrence.date == D(2026, 3, 29)
    assert occurrence.starts_at.astimezone(AMSTERDAM).time() == datetime.time(14, 0)
    assert occurrence.ends_at - occurrence.starts_at == datetime.timedelta(hours=2)


def test_an_occurrence_has_aware_start_and_end_on_its_date():
    (occurrence,) = recurrence.occurrences(schedule(), D(2026, 6, 1), D(2026, 6, 30))
    assert occurrence.starts_at == datetime.datetime(2026, 6, 2, 10, 0, tzinfo=AMSTERDAM)
    assert occurrence.ends_at == datetime.datetime(2026, 6, 2, 11, 30, tzinfo=AMSTERDAM)
    assert occurrence.starts_at.tzinfo is not None


# Cancelled dates


def test_a_cancelled_date_stays_in_the_list_marked_with_its_reason():
    rule = schedule(cancelled=[(D(2026, 4, 7), "Tweede Paasdag is een week eerder")])
    result = recurrence.occurrences(rule, D(2026, 3, 1), D(2026, 5, 31))
    assert [(o.date, o.cancelled, o.cancel_reason) for o in result] == [
        (D(2026, 3, 3), False, ""),
        (D(2026, 4, 7), True, "Tweede Paasdag is een week eerder"),
        (D(2026, 5, 5), False, ""),
    ]


def test_a_cancelled_date_that_is_not_a_date_of_the_rule_adds_nothing():
    rule = schedule(cancelled=[(D(2026, 4, 8), "")])
    assert dates(rule, D(2026, 4, 1), D(2026, 4, 30)) == [D(2026, 4, 7)]
    assert not recurrence.occurrences(rule, D(2026, 4, 1), D(2026, 4, 30))[0].cancelled


def test_the_next_occurrence_skips_cancelled_dates():
    rule = schedule(cancelled=[(D(2026, 4, 7), "Vakantie")])
    assert recurrence.next_occurrence(rule, today=D(2026, 3, 4)).date == D(2026, 5, 5)
    assert recurrence.next_occurrence(rule, today=D(2026, 3, 3)).date == D(2026, 3, 3)


def test_there_is_no_next_occurrence_after_the_last_date():
    rule = schedule(ends_on=D(2026, 5, 5))
    assert recurrence.next_occurrence(rule, today=D(2026, 5, 6)) is None


def test_the_first_date_follows_the_first_day_of_the_schedule():
    assert recurrence.first_date(schedule(starts_on=D(2026, 3, 4))) == D(2026, 4, 7)
    assert recurrence.first_date(schedule(starts_on=D(2026, 3, 3))) == D(2026, 3, 3)
    assert recurrence.first_date(schedule(starts_on=D(2026, 3, 4), ends_on=D(2026, 3, 31))) is None


def test_is_rule_date():
    assert recurrence.is_rule_date(schedule(), D(2026, 3, 3))
    assert not recurrence.is_rule_date(schedule(), D(2026, 3, 10))
    assert not recurrence.is_rule_date(schedule(starts_on=D(2026, 4, 1)), D(2026, 3, 3))


# In words


@pytest.mark.parametrize(
    ("week_of_month", "weekday", "expected"),
    [
        (WeekOfMonth.FIRST, Weekday.TUESDAY, "Every first Tuesday of the month, 10:00 to 11:30"),
        (WeekOfMonth.LAST, Weekday.FRIDAY, "Every last Friday of the month, 10:00 to 11:30"),
        (WeekOfMonth.EVERY, Weekday.MONDAY, "Every Monday, 10:00 to 11:30"),
    ],
)
def test_the_rule_in_english(week_of_month, weekday, expected):
    with translation.override("en"):
        assert recurrence.describe(schedule(week_of_month, weekday)) == expected


@pytest.mark.parametrize(
    ("week_of_month", "weekday", "expected"),
    [
        (WeekOfMonth.FIRST, Weekday.TUESDAY, "Elke eerste dinsdag van de maand, 10:00 tot 11:30"),
        (WeekOfMonth.THIRD, Weekday.THURSDAY, "Elke derde donderdag van de maand, 10:00 tot 11:30"),
        (WeekOfMonth.LAST, Weekday.FRIDAY, "Elke laatste vrijdag van de maand, 10:00 tot 11:30"),
        (WeekOfMonth.EVERY, Weekday.WEDNESDAY, "Elke woensdag, 10:00 tot 11:30"),
    ],
)
def test_the_rule_in_dutch(week_of_month, weekday, expected):
    with translation.override("nl"):
        assert recurrence.describe(schedule(week_of_month, weekday)) == expected


def test_the_rule_in_words_says_until_when():
    rule = schedule(ends_on=D(2026, 6, 30))
    with translation.override("en"):
        assert recurrence.describe(rule).endswith(", until 30 June 2026")
    with translation.override("nl"):
        assert recurrence.describe(rule).endswith(", tot en met 30 juni 2026")


# For iCalendar


def test_rrule_of_a_monthly_rule():
    assert recurrence.rrule(schedule()) == {"FREQ": "MONTHLY", "BYDAY": "1TU"}
    assert recurrence.rrule(schedule(WeekOfMonth.FOURTH, Weekday.SUNDAY)) == {
        "FREQ": "MONTHLY",
        "BYDAY": "4SU",
    }


def test_rrule_of_the_last_week_counts_from_the_end():
    assert recurrence.rrule(schedule(WeekOfMonth.LAST, Weekday.TUESDAY)) == {
        "FREQ": "MONTHLY",
        "BYDAY": "-1TU",
    }


def test_rrule_of_a_weekly_rule():
    assert recurrence.rrule(schedule(WeekOfMonth.EVERY, Weekday.WEDNESDAY)) == {
        "FREQ": "WEEKLY",
        "BYDAY": "WE",
    }


def test_rrule_until_is_the_start_of_the_last_date_in_utc():
    rule = recurrence.rrule(schedule(ends_on=D(2026, 7, 7)))
    # 10:00 summer time in Amsterdam is 08:00 UTC.
    assert rule["UNTIL"] == datetime.datetime(2026, 7, 7, 8, 0, tzinfo=datetime.UTC)
    winter = recurrence.rrule(schedule(ends_on=D(2026, 12, 1)))
    assert winter["UNTIL"] == datetime.datetime(2026, 12, 1, 9, 0, tzinfo=datetime.UTC)
