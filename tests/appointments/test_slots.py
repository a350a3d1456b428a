"""Slots come from the opening rules: across summer time, on public holidays and closed days."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from appointments.models import Closure, OpeningRule
from appointments.slots import available_days, closed_reason, day_slots
from tests.appointments.conftest import at

NOW = at(2027, 3, 1, 8, 0)


def times(slots) -> list[str]:
    return [slot.starts_at.strftime("%H:%M") for slot in slots]


def test_a_morning_of_three_hours_has_a_slot_every_ten_minutes_that_fits(counter, passport):
    slots = day_slots(counter, [passport], datetime.date(2027, 3, 2), NOW)

    assert times(slots)[0] == "09:00"
    assert times(slots)[-1] == "11:40"  # 20 minutes must end by 12:00
    assert len(slots) == 17
    assert all(slot.free == 2 for slot in slots)
    assert slots[0].ends_at - slots[0].starts_at == datetime.timedelta(minutes=20)


def test_two_products_in_one_appointment_add_up_their_durations(counter, passport, licence):
    slots = day_slots(counter, [passport, licence], datetime.date(2027, 3, 2), NOW)

    assert times(slots)[-1] == "11:30"
    assert slots[0].ends_at - slots[0].starts_at == datetime.timedelta(minutes=30)


@pytest.mark.parametrize(
    ("friday", "monday", "utc_before", "utc_after"),
    [
        (datetime.date(2028, 3, 24), datetime.date(2028, 3, 27), 8, 7),  # summer time starts
        (datetime.date(2027, 10, 29), datetime.date(2027, 11, 1), 7, 8),  # summer time ends
    ],
)
def test_the_clock_times_stay_the_same_across_a_time_switch(
    counter, passport, friday, monday, utc_before, utc_after
):
    """09:00 stays 09:00 in Amsterdam; in UTC it moves by an hour over the switch weekend."""
    now = at(friday.year, friday.month, 1, 8, 0)
    before = day_slots(counter, [passport], friday, now)
    after = day_slots(counter, [passport], monday, now)

    assert times(before) == times(after)
    assert before[0].starts_at.astimezone(datetime.UTC).hour == utc_before
    assert after[0].starts_at.astimezone(datetime.UTC).hour == utc_after


def test_a_public_holiday_has_no_slots(counter, passport):
    kings_day = datetime.date(2027, 4, 27)  # a Tuesday

    assert day_slots(counter, [passport], kings_day, NOW) == []
    assert kings_day not in available_days(
        counter, [passport], datetime.date(2027, 4, 26), datetime.date(2027, 4, 28), NOW
    )


def test_a_closed_day_closes_its_location_and_a_general_one_every_location(counter, passport):
    Closure.objects.create(location=counter, date=datetime.date(2027, 3, 3), reason="Verhuizing")
    Closure.objects.create(date=datetime.date(2027, 3, 4), reason="Storing")

    assert day_slots(counter, [passport], datetime.date(2027, 3, 3), NOW) == []
    assert day_slots(counter, [passport], datetime.date(2027, 3, 4), NOW) == []
    assert day_slots(counter, [passport], datetime.date(2027, 3, 5), NOW) != []


def test_weekends_and_days_outside_the_rules_dates_have_no_slots(counter, passport):
    OpeningRule.objects.update(ends_on=datetime.date(2027, 3, 31))

    assert day_slots(counter, [passport], datetime.date(2027, 3, 6), NOW) == []  # Saturday
    assert day_slots(counter, [passport], datetime.date(2027, 4, 1), NOW) == []


def test_no_slot_inside_the_minimum_notice_or_beyond_the_horizon(counter, passport):
    passport.minimum_notice_hours = 2
    passport.booking_horizon_days = 10
    passport.save()
    now = at(2027, 3, 2, 9, 30)

    today = day_slots(counter, [passport], datetime.date(2027, 3, 2), now)

    assert times(today)[0] == "11:30"
    assert day_slots(counter, [passport], datetime.date(2027, 3, 12), now) != []
    assert day_slots(counter, [passport], datetime.date(2027, 3, 15), now) == []


@pytest.mark.parametrize("day", [datetime.date(2028, 3, 24), datetime.date(2027, 10, 29)])
def test_available_days_run_over_a_week_with_a_time_switch(counter, passport, day):
    now = at(day.year, day.month, 1, 8, 0)
    found = available_days(counter, [passport], day, day + datetime.timedelta(days=6), now)

    assert [found_day.weekday() for found_day in found] == [4, 0, 1, 2, 3]


def test_good_friday_and_easter_monday_have_no_slots(counter, passport):
    """Easter 2027 falls on the weekend summer time starts: both days around it are holidays."""
    found = available_days(
        counter, [passport], datetime.date(2027, 3, 25), datetime.date(2027, 3, 31), NOW
    )

    assert found == [
        datetime.date(2027, 3, 25),
        datetime.date(2027, 3, 30),
        datetime.date(2027, 3, 31),
    ]


def test_a_week_and_two_months_of_days_take_the_same_number_of_queries(counter, passport):
    counts = []
    for last in (datetime.date(2027, 3, 7), datetime.date(2027, 4, 30)):
        with CaptureQueriesContext(connection) as queries:
            days = available_days(counter, [passport], NOW.date(), last, NOW)
        counts.append(len(queries))

    assert len(days) > 30
    assert counts[0] == counts[1]


def test_a_location_closed_for_all_and_for_itself_shows_its_own_reason(counter, passport):
    day = datetime.date(2027, 3, 3)
    Closure.objects.create(location=None, date=day, reason="Storing in het gemeentehuis")
    Closure.objects.create(location=counter, date=day, reason="Verhuizing van de balie")

    assert closed_reason(counter, day) == "Verhuizing van de balie"
