"""Working days and office hours: due times skip weekends and holidays and survive DST."""

from datetime import datetime
from zoneinfo import ZoneInfo

from core.working_time import add_working_days, add_working_hours, clock_start, is_working_day

AMS = ZoneInfo("Europe/Amsterdam")


def at(*args):
    return datetime(*args, tzinfo=AMS)


def test_friday_before_kings_day():
    # King's Day 2026 is Monday 27 April: Tuesday and Wednesday are the two working days.
    assert add_working_days(at(2026, 4, 24, 16, 0), 2) == at(2026, 4, 29, 16, 0)


def test_christmas():
    # Thursday 24 December; 25 and 26 December and the weekend are skipped.
    assert add_working_days(at(2026, 12, 24, 16, 0), 2) == at(2026, 12, 29, 16, 0)


def test_weekend_receipt_counts_from_monday_opening():
    assert clock_start(at(2026, 3, 7, 11, 0)) == at(2026, 3, 9, 8, 30)
    assert add_working_days(at(2026, 3, 7, 11, 0), 2) == at(2026, 3, 11, 8, 30)


def test_receipt_after_closing_counts_from_next_opening():
    assert add_working_days(at(2026, 3, 10, 19, 0), 1) == at(2026, 3, 12, 8, 30)
    assert add_working_days(at(2026, 3, 10, 7, 0), 1) == at(2026, 3, 11, 8, 30)


def test_daylight_saving_switch_keeps_the_clock_time():
    due = add_working_days(at(2026, 3, 27, 10, 0), 1)  # summer time starts Sunday 29 March
    assert due == at(2026, 3, 30, 10, 0)
    assert due.utcoffset().total_seconds() == 2 * 3600


def test_working_hours_roll_over_to_next_working_day():
    assert add_working_hours(at(2026, 3, 27, 16, 0), 2) == at(2026, 3, 30, 9, 30)


def test_is_working_day():
    assert is_working_day(at(2026, 4, 28, 9, 0).date())
    assert not is_working_day(at(2026, 4, 27, 9, 0).date())
    assert not is_working_day(at(2026, 4, 25, 9, 0).date())
