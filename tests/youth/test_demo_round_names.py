"""A demo voting round is named after the year in which it is voted on, never another year."""

import datetime

from youth.demo.rounds import CLOSED_ROUND, OPEN_ROUND, voting_years

AMSTERDAM = datetime.timezone(datetime.timedelta(hours=1))


def moment(text: str) -> datetime.datetime:
    return datetime.datetime.fromisoformat(text).replace(tzinfo=AMSTERDAM)


def test_a_round_voted_within_one_year_is_named_after_that_year():
    assert voting_years(moment("2026-11-01 10:00"), moment("2026-12-01 10:00")) == "2026"


def test_a_round_voted_across_new_year_is_named_after_both_years():
    assert voting_years(moment("2026-12-28 10:00"), moment("2027-01-28 10:00")) == "2026-2027"


def test_the_new_year_is_counted_in_local_time():
    """00:30 on 1 January in Amsterdam is still 31 December in UTC."""
    closes = moment("2027-01-01 00:30").astimezone(datetime.UTC)

    assert voting_years(moment("2026-12-01 10:00"), closes) == "2026-2027"


def test_the_demo_rounds_take_their_year_from_their_dates():
    assert "{years}" in OPEN_ROUND["title"]
    assert "{years}" in CLOSED_ROUND["title"]
    assert not any(character.isdigit() for character in OPEN_ROUND["slug"] + CLOSED_ROUND["slug"])
