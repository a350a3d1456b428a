"""The iCalendar feeds: parsed back with the icalendar package, recurring office hours compared
with our own dates, and served with the right headers."""

import datetime

import pytest
from dateutil import rrule as dateutil_rrule
from django.utils import timezone, translation
from icalendar import Calendar
from wagtail.models import Locale

from neighbourhoods import recurrence
from neighbourhoods.calendar_feed import PAST_DAYS, build_calendar
from neighbourhoods.models import OfficeHoursCancellation, Weekday, WeekOfMonth
from tests.neighbourhoods.factories import MeetingFactory, RecurringOfficeHoursFactory

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)
TZID = "Europe/Amsterdam"
HOST = "www.geertruidenberg.nl"


@pytest.fixture(autouse=True)
def site_url(settings):
    settings.SITE_URL = f"https://{HOST}"


def in_days(days: float, hour: int = 19) -> datetime.datetime:
    day = timezone.localdate() + datetime.timedelta(days=days)
    return recurrence.local_datetime(day, datetime.time(hour))


def feed(client, page, **headers) -> Calendar:
    response = client.get(page.url + "agenda.ics", **headers)
    assert response.status_code == 200
    return Calendar.from_ical(response.content)


def events_by_uid(calendar: Calendar) -> dict:
    return {str(event["UID"]): event for event in calendar.walk("VEVENT")}


def summaries(calendar: Calendar) -> set[str]:
    return {str(event["SUMMARY"]) for event in calendar.walk("VEVENT")}


def build(area_keys=None, **kwargs) -> Calendar:
    """Build a feed and read it back the way a calendar app does."""
    calendar = build_calendar(
        name="Wijkagenda",
        uid="agenda-test@example.org",
        area_keys=area_keys,
        area_url=lambda page: f"https://example.org{page.url}",
        **kwargs,
    )
    return Calendar.from_ical(calendar.to_ical())


# Served over HTTP


def test_the_area_feed_is_served_as_an_inline_calendar_file(client, village):
    response = client.get(village.url + "agenda.ics")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == 'inline; filename="agenda-raamsdonksveer.ics"'
    assert response["Cache-Control"] == "public, max-age=900"
    assert village.calendar_feed_url.endswith("/raamsdonksveer/agenda.ics")


def test_the_feed_is_a_valid_calendar_with_a_name_and_the_amsterdam_time_zone(client, village):
    MeetingFactory(area=village, starts_at=in_days(3))

    calendar = feed(client, village)

    assert calendar["VERSION"] == "2.0"
    assert "Geertruidenberg" in str(calendar["PRODID"])
    assert "Raamsdonksveer" in str(calendar["X-WR-CALNAME"])
    assert calendar["REFRESH-INTERVAL"].dt == datetime.timedelta(hours=1)
    assert str(calendar["X-PUBLISHED-TTL"]) == "PT1H"
    assert [timezone_.tz_name for timezone_ in calendar.timezones] == [TZID]
    assert calendar.get_missing_tzids() == set()


def test_a_meeting_has_every_fact_residents_need(client, village):
    meeting = MeetingFactory(
        area=village,
        topic="Parkeren, fietsen; en groen",
        description="We praten over de nieuwe parkeerplaatsen.",
        starts_at=in_days(5),
    )

    event = events_by_uid(feed(client, village))[f"meeting-{meeting.pk}@{HOST}"]

    assert event["DTSTART"].params["TZID"] == TZID
    assert event["DTEND"].params["TZID"] == TZID
    assert event.start == meeting.starts_at
    assert event.end == meeting.ends_at
    assert "DTSTAMP" in event
    assert str(event["SUMMARY"]).endswith("Parkeren, fietsen; en groen (Raamsdonksveer)")
    assert str(event["LOCATION"]) == f"{meeting.location_name}, {meeting.address}"
    description = str(event["DESCRIPTION"])
    assert "Parkeren, fietsen; en groen" in description
    assert "We praten over de nieuwe parkeerplaatsen." in description
    assert meeting.hosts in description
    assert meeting.accessibility_note in description
    assert f"http://localhost{village.url}" in description
    assert str(event["URL"]) == f"http://localhost{village.url}"
    assert str(event["STATUS"]) == "CONFIRMED"


def test_a_cancelled_meeting_is_marked_cancelled(client, village):
    meeting = MeetingFactory(area=village, starts_at=in_days(5), cancelled=True)

    event = events_by_uid(feed(client, village))[f"meeting-{meeting.pk}@{HOST}"]

    assert str(event["STATUS"]) == "CANCELLED"


def test_recurring_office_hours_are_one_event_with_a_rule_and_cancelled_dates(client, village):
    schedule = RecurringOfficeHoursFactory(
        area=village, week_of_month=WeekOfMonth.FIRST, weekday=Weekday.TUESDAY
    )
    cancelled = recurrence.next_occurrence(schedule).date
    OfficeHoursCancellation.objects.create(schedule=schedule, date=cancelled, reason="Vakantie")

    calendar = feed(client, village)

    (event,) = calendar.walk("VEVENT")
    assert str(event["UID"]) == f"officehours-{schedule.pk}@{HOST}"
    assert event["RRULE"] == {"FREQ": ["MONTHLY"], "BYDAY": ["1TU"]}
    assert event.start.date() == recurrence.first_date(schedule)
    assert event["DTSTART"].params["TZID"] == TZID
    exdates = [moment.dt for moment in event["EXDATE"].dts]
    assert exdates == [recurrence.local_datetime(cancelled, schedule.start_time)]
    assert "Vakantie" in str(event["DESCRIPTION"])
    assert recurrence.describe(schedule) in str(event["DESCRIPTION"])


def test_a_cancellation_that_is_not_a_date_of_the_rule_is_no_exdate(village):
    schedule = RecurringOfficeHoursFactory(area=village)
    wrong_day = recurrence.next_occurrence(schedule).date + DAY
    OfficeHoursCancellation.objects.create(schedule=schedule, date=wrong_day)

    (event,) = build().walk("VEVENT")

    assert "EXDATE" not in event


def test_office_hours_with_a_last_date_have_until(village):
    schedule = RecurringOfficeHoursFactory(
        area=village,
        week_of_month=WeekOfMonth.EVERY,
        ends_on=timezone.localdate() + 60 * DAY,
    )

    (event,) = build().walk("VEVENT")

    assert event["RRULE"]["UNTIL"] == [recurrence.rrule(schedule)["UNTIL"]]


@pytest.mark.parametrize(
    ("week_of_month", "weekday", "starts_in", "ends_in"),
    [
        (WeekOfMonth.FIRST, Weekday.TUESDAY, -60, None),
        (WeekOfMonth.LAST, Weekday.FRIDAY, -400, None),
        (WeekOfMonth.FOURTH, Weekday.SUNDAY, 17, None),
        (WeekOfMonth.EVERY, Weekday.WEDNESDAY, -3, 200),
        (WeekOfMonth.SECOND, Weekday.MONDAY, -10, 120),
    ],
)
def test_calendar_apps_expand_the_rule_to_our_dates_for_the_next_twelve_months(
    village, week_of_month, weekday, starts_in, ends_in
):
    today = timezone.localdate()
    schedule = RecurringOfficeHoursFactory(
        area=village,
        week_of_month=week_of_month,
        weekday=weekday,
        starts_on=today + starts_in * DAY,
        ends_on=today + ends_in * DAY if ends_in is not None else None,
    )
    ours = recurrence.occurrences(schedule, today, today + 365 * DAY)
    OfficeHoursCancellation.objects.create(schedule=schedule, date=ours[1].date)

    (event,) = build().walk("VEVENT")

    rule = dateutil_rrule.rrulestr(event["RRULE"].to_ical().decode(), dtstart=event.start)
    excluded = {moment.dt for moment in event["EXDATE"].dts}
    start = recurrence.local_datetime(today, datetime.time.min)
    end = recurrence.local_datetime(today + 366 * DAY, datetime.time.min)
    expanded = [moment for moment in rule.between(start, end, inc=True) if moment not in excluded]
    assert expanded == [o.starts_at for o in ours if o.date != ours[1].date]
    assert [moment.astimezone(datetime.UTC) for moment in expanded] == [
        o.starts_at.astimezone(datetime.UTC) for o in ours if o.date != ours[1].date
    ]


# Which meetings a feed holds


def test_an_area_feed_holds_the_area_and_its_village_but_not_another_village(
    client, village, neighbourhood, other_village
):
    MeetingFactory(area=neighbourhood, topic="Buurt", starts_at=in_days(2))
    MeetingFactory(area=village, topic="Kern", starts_at=in_days(3))
    MeetingFactory(area=other_village, topic="Elders", starts_at=in_days(4))
    RecurringOfficeHoursFactory(area=village, topic="Spreekuur")
    RecurringOfficeHoursFactory(area=other_village, topic="Spreekuur elders")

    neighbourhood_feed = " ".join(summaries(feed(client, neighbourhood)))
    other_feed = " ".join(summaries(feed(client, other_village)))

    assert "Buurt" in neighbourhood_feed
    assert "Kern" in neighbourhood_feed
    assert "Spreekuur (Raamsdonksveer)" in neighbourhood_feed
    assert "Elders" not in neighbourhood_feed
    assert "elders" not in neighbourhood_feed
    assert "Elders" in other_feed
    assert "Buurt" not in other_feed
    assert "Kern" not in other_feed


def test_the_municipality_feed_holds_every_published_area(
    client, area_index, village, neighbourhood, other_village
):
    MeetingFactory(area=neighbourhood, topic="Buurt", starts_at=in_days(2))
    MeetingFactory(area=other_village, topic="Elders", starts_at=in_days(4))
    RecurringOfficeHoursFactory(area=village, topic="Spreekuur")
    response = client.get(area_index.url + "agenda.ics")

    calendar = Calendar.from_ical(response.content)

    assert response["Content-Disposition"] == 'inline; filename="agenda-geertruidenberg.ics"'
    assert len(calendar.walk("VEVENT")) == 3
    other_village.unpublish()
    assert len(feed(client, area_index).walk("VEVENT")) == 2


def test_recent_past_meetings_stay_in_the_feed_and_older_ones_leave(village):
    MeetingFactory(area=village, topic="Recent", starts_at=in_days(-(PAST_DAYS - 5)))
    MeetingFactory(area=village, topic="Lang geleden", starts_at=in_days(-(PAST_DAYS + 5)))
    RecurringOfficeHoursFactory(
        area=village,
        topic="Gestopt",
        starts_on=timezone.localdate() - 400 * DAY,
        ends_on=timezone.localdate() - (PAST_DAYS + 5) * DAY,
    )

    text = " ".join(summaries(build()))

    assert "Recent" in text
    assert "Lang geleden" not in text
    assert "Gestopt" not in text


def test_office_hours_whose_rule_has_no_date_are_left_out(village):
    today = timezone.localdate()
    # The first Tuesday on or after tomorrow is at least one day later than tomorrow's date
    # when tomorrow is not a Tuesday; a period of one day that is not a Tuesday has no date.
    tomorrow = today + DAY
    weekday = (tomorrow.weekday() + 1) % 7
    RecurringOfficeHoursFactory(
        area=village,
        weekday=weekday,
        week_of_month=WeekOfMonth.EVERY,
        starts_on=tomorrow,
        ends_on=tomorrow,
    )

    assert build().walk("VEVENT") == []


def test_the_english_feed_speaks_english(client, english_home, area_index, village):
    english = Locale.objects.get(language_code="en")
    english_index = area_index.copy_for_translation(english)
    english_index.save_revision().publish()
    english_village = village.copy_for_translation(english)
    english_village.save_revision().publish()
    MeetingFactory(area=village, kind="wijktafel", topic="Parkeren", starts_at=in_days(3))

    calendar = feed(client, english_village)

    (event,) = calendar.walk("VEVENT")
    assert str(event["SUMMARY"]) == "Neighbourhood table: Parkeren (Raamsdonksveer)"
    assert "Who is there:" in str(event["DESCRIPTION"])
    assert str(event["URL"]).endswith(english_village.url)
    with translation.override("en"):
        assert english_village.calendar_feed_url.endswith("/agenda.ics")
