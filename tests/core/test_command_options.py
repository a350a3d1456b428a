"""Every command with ``--date`` reads and refuses the day the same way."""

import datetime

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from core.command_options import iso_date

COMMANDS_WITH_A_DATE = [
    "apply_retention",
    "send_review_reminders",
    "send_phase_notifications",
    "anonymise_consultations",
    "anonymise_initiatives",
]


def test_a_date_is_read_as_year_month_day():
    assert iso_date("2026-12-31") == datetime.date(2026, 12, 31)


@pytest.mark.parametrize("command", COMMANDS_WITH_A_DATE)
@pytest.mark.parametrize("typed", ["gisteren", "31-12-2026", "2026-02-30"])
def test_every_command_refuses_a_day_that_is_not_year_month_day(command, typed):
    with pytest.raises(CommandError, match="--date: must look like 2026-12-31"):
        call_command(command, "--date", typed)
