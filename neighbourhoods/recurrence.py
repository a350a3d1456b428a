"""The dates of recurring office hours, the rule in words and the rule for iCalendar.

A schedule (``RecurringOfficeHours``) says "every Tuesday" or "every first / second / third /
fourth / last Tuesday of the month", from a start time to an end time, from its first date and
optionally until its last date. Single dates can be cancelled. Times are local
(``settings.TIME_ZONE``, Europe/Amsterdam): 10:00 stays 10:00 in summer and in winter.

Nothing here touches the database except reading ``schedule.cancellations.all()``, which also
works on an unsaved schedule (a ``ClusterableModel``), so the admin form can check a rule before
it is saved.
"""

import calendar
import datetime
from dataclasses import dataclass

from django.utils import dateformat, timezone
from django.utils.translation import gettext

from neighbourhoods.models.meetings import Weekday, WeekOfMonth

ICAL_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
DAYS_PER_WEEK = 7


@dataclass(frozen=True)
class Occurrence:
    """One date of a schedule, with its local start and end as aware datetimes."""

    date: datetime.date
    starts_at: datetime.datetime
    ends_at: datetime.datetime
    cancelled: bool = False
    cancel_reason: str = ""


def local_datetime(day: datetime.date, time: datetime.time) -> datetime.datetime:
    """``day`` at ``time`` on the wall clock of the site's time zone, as an aware datetime."""
    return datetime.datetime.combine(day, time, tzinfo=timezone.get_default_timezone())


def date_in_month(year: int, month: int, weekday: int, week_of_month: int) -> datetime.date:
    """The first, second, third, fourth (1-4) or last (-1) ``weekday`` of a month."""
    if week_of_month == WeekOfMonth.LAST:
        last_day = datetime.date(year, month, calendar.monthrange(year, month)[1])
        return last_day - datetime.timedelta(days=(last_day.weekday() - weekday) % DAYS_PER_WEEK)
    first_day = datetime.date(year, month, 1)
    first = first_day + datetime.timedelta(days=(weekday - first_day.weekday()) % DAYS_PER_WEEK)
    return first + datetime.timedelta(weeks=week_of_month - 1)


def _months(start: datetime.date, end: datetime.date):
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month):
        yield year, month
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def rule_dates(schedule, start: datetime.date, end: datetime.date) -> list[datetime.date]:
    """Every date of the rule in [start, end] within the schedule's first and last date,
    cancelled dates included."""
    start = max(start, schedule.starts_on)
    if schedule.ends_on is not None:
        end = min(end, schedule.ends_on)
    if start > end:
        return []
    if schedule.week_of_month == WeekOfMonth.EVERY:
        first = start + datetime.timedelta(
            days=(schedule.weekday - start.weekday()) % DAYS_PER_WEEK
        )
        count = (end - first).days // DAYS_PER_WEEK + 1
        return [first + datetime.timedelta(weeks=week) for week in range(max(count, 0))]
    candidates = (
        date_in_month(year, month, schedule.weekday, schedule.week_of_month)
        for year, month in _months(start, end)
    )
    return [day for day in candidates if start <= day <= end]


def is_rule_date(schedule, day: datetime.date) -> bool:
    """Whether the schedule meets on ``day`` (leaving cancellations aside)."""
    return rule_dates(schedule, day, day) == [day]


def cancelled_dates(schedule) -> dict[datetime.date, str]:
    """The cancelled dates of a schedule with their reasons."""
    return {cancellation.date: cancellation.reason for cancellation in schedule.cancellations.all()}


def occurrences(schedule, start: datetime.date, end: datetime.date) -> list[Occurrence]:
    """The dates of the schedule in [start, end], in order; cancelled dates are kept and marked
    ``cancelled`` with their reason, so residents see that the office hours do not take place."""
    cancelled = cancelled_dates(schedule)
    return [
        Occurrence(
            date=day,
            starts_at=local_datetime(day, schedule.start_time),
            ends_at=local_datetime(day, schedule.end_time),
            cancelled=day in cancelled,
            cancel_reason=cancelled.get(day, ""),
        )
        for day in rule_dates(schedule, start, end)
    ]


def first_date(schedule) -> datetime.date | None:
    """The first date of the rule on or after the schedule's first date (None when the rule has
    no date before the schedule's last date)."""
    # Any rule meets within five weeks; two months is a safe look-ahead.
    horizon = schedule.starts_on + datetime.timedelta(days=62)
    if schedule.ends_on is not None:
        horizon = min(horizon, schedule.ends_on)
    dates = rule_dates(schedule, schedule.starts_on, horizon)
    return dates[0] if dates else None


def next_occurrence(
    schedule, today: datetime.date | None = None, within_days: int = 2 * 366
) -> Occurrence | None:
    """The first date from ``today`` on that is not cancelled, looking ``within_days`` ahead
    (None when the schedule has ended or every date in that time is cancelled)."""
    today = today or timezone.localdate()
    upcoming = occurrences(schedule, today, today + datetime.timedelta(days=within_days))
    return next((occurrence for occurrence in upcoming if not occurrence.cancelled), None)


def _time(value: datetime.time) -> str:
    return f"{value:%H:%M}"


def describe(schedule) -> str:
    """The rule in words, e.g. "Every first Tuesday of the month, 10:00 to 11:30" (Dutch:
    "Elke eerste dinsdag van de maand, 10:00 tot 11:30"), with "until <date>" when it ends."""
    values = {
        "weekday": Weekday(schedule.weekday).label,
        "start": _time(schedule.start_time),
        "end": _time(schedule.end_time),
    }
    if schedule.week_of_month == WeekOfMonth.EVERY:
        text = gettext("Every %(weekday)s, %(start)s to %(end)s") % values
    else:
        values["ordinal"] = WeekOfMonth(schedule.week_of_month).label
        text = gettext("Every %(ordinal)s %(weekday)s of the month, %(start)s to %(end)s") % values
    if schedule.ends_on is not None:
        text = gettext("%(rule)s, until %(date)s") % {
            "rule": text,
            "date": dateformat.format(schedule.ends_on, "j F Y"),
        }
    return text


def rrule(schedule) -> dict:
    """The rule for an iCalendar RRULE: ``FREQ=WEEKLY;BYDAY=TU`` or ``FREQ=MONTHLY;BYDAY=1TU``
    (``-1TU`` for the last one), with ``UNTIL`` (in UTC, as RFC 5545 asks next to a TZID) at the
    start of the last date, so that date itself is included."""
    day = ICAL_WEEKDAYS[schedule.weekday]
    if schedule.week_of_month == WeekOfMonth.EVERY:
        rule = {"FREQ": "WEEKLY", "BYDAY": day}
    else:
        rule = {"FREQ": "MONTHLY", "BYDAY": f"{schedule.week_of_month}{day}"}
    if schedule.ends_on is not None:
        until = local_datetime(schedule.ends_on, schedule.start_time)
        rule["UNTIL"] = until.astimezone(datetime.UTC)
    return rule
