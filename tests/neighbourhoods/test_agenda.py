"""The agenda of an area: one-off meetings and recurring office hours in one list."""

import datetime

import pytest
from django.utils import timezone, translation
from wagtail.models import Locale

from neighbourhoods import agenda, recurrence
from neighbourhoods.models import OfficeHoursCancellation, Weekday, WeekOfMonth
from tests.neighbourhoods.factories import MeetingFactory, RecurringOfficeHoursFactory

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)


def in_days(days: float, hour: int = 19) -> datetime.datetime:
    """An aware datetime ``days`` from today at ``hour`` local time."""
    day = timezone.localdate() + datetime.timedelta(days=days)
    return recurrence.local_datetime(day, datetime.time(hour))


def weekly(area, **kwargs):
    """Office hours every week on the weekday of the day after tomorrow."""
    weekday = (timezone.localdate() + 2 * DAY).weekday()
    return RecurringOfficeHoursFactory(
        area=area, week_of_month=WeekOfMonth.EVERY, weekday=weekday, **kwargs
    )


def topics(items):
    return [item.topic for item in items]


# The upcoming list on an area page


def test_upcoming_merges_meetings_and_office_hours_by_start(village):
    MeetingFactory(area=village, topic="Later", starts_at=in_days(20))
    MeetingFactory(area=village, topic="Soon", starts_at=in_days(1))
    weekly(village, topic="Spreekuur")

    items = agenda.upcoming_for_area(village)

    assert topics(items) == ["Soon", "Spreekuur", "Later"]
    assert [item.is_recurring for item in items] == [False, True, False]
    assert items[1].starts_at.date() == timezone.localdate() + 2 * DAY
    assert [item.starts_at for item in items] == sorted(item.starts_at for item in items)


def test_upcoming_shows_the_next_date_of_each_office_hours_with_its_rule(village):
    schedule = weekly(village, start_time=datetime.time(9, 30), end_time=datetime.time(11, 0))

    (item,) = agenda.upcoming_for_area(village)

    assert item.rule_text == recurrence.describe(schedule)
    assert timezone.localtime(item.starts_at).time() == datetime.time(9, 30)
    assert timezone.localtime(item.ends_at).time() == datetime.time(11, 0)
    assert item.location_name == schedule.location_name
    assert item.hosts == schedule.hosts
    assert item.uid.startswith(f"officehours-{schedule.pk}-")


def test_a_cancelled_next_date_is_shown_with_the_date_after_it(village):
    schedule = weekly(village)
    next_date = timezone.localdate() + 2 * DAY
    OfficeHoursCancellation.objects.create(schedule=schedule, date=next_date, reason="Studiedag")

    items = agenda.upcoming_for_area(village)

    assert [(item.starts_at.date(), item.cancelled, item.cancel_reason) for item in items] == [
        (next_date, True, "Studiedag"),
        (next_date + 7 * DAY, False, ""),
    ]


def test_a_cancelled_meeting_stays_in_the_list_marked_cancelled(village):
    MeetingFactory(area=village, starts_at=in_days(3), cancelled=True)

    (item,) = agenda.upcoming_for_area(village)

    assert item.cancelled


def test_a_neighbourhood_shows_its_own_and_its_villages_meetings_but_not_another_village(
    village, neighbourhood, other_village
):
    MeetingFactory(area=neighbourhood, topic="Buurt", starts_at=in_days(1))
    MeetingFactory(area=village, topic="Kern", starts_at=in_days(2))
    MeetingFactory(area=other_village, topic="Elders", starts_at=in_days(3))
    weekly(village, topic="Spreekuur kern")

    assert topics(agenda.upcoming_for_area(neighbourhood)) == ["Buurt", "Spreekuur kern", "Kern"]


def test_a_village_shows_the_meetings_of_its_neighbourhoods(village, neighbourhood, other_village):
    MeetingFactory(area=neighbourhood, topic="Buurt", starts_at=in_days(1))
    MeetingFactory(area=other_village, topic="Elders", starts_at=in_days(3))

    assert topics(agenda.upcoming_for_area(village)) == ["Buurt"]
    assert topics(agenda.upcoming_for_area(other_village)) == ["Elders"]


def test_past_meetings_are_not_upcoming_but_a_meeting_going_on_is(village):
    MeetingFactory(area=village, topic="Gisteren", starts_at=in_days(-1))
    now = timezone.now()
    MeetingFactory(
        area=village,
        topic="Nu bezig",
        starts_at=now - datetime.timedelta(minutes=30),
        ends_at=now + datetime.timedelta(minutes=30),
    )

    assert topics(agenda.upcoming_for_area(village)) == ["Nu bezig"]


def test_upcoming_keeps_to_the_limit(village):
    for days in range(1, 9):
        MeetingFactory(area=village, topic=f"Dag {days}", starts_at=in_days(days))
    weekly(village, topic="Spreekuur")

    items = agenda.upcoming_for_area(village, limit=4)

    # The office hours are at 10:00 the day after tomorrow, the meetings at 19:00.
    assert topics(items) == ["Dag 1", "Spreekuur", "Dag 2", "Dag 3"]


def test_office_hours_that_have_ended_or_not_started_yet(village):
    today = timezone.localdate()
    weekly(village, topic="Afgelopen", starts_on=today - 90 * DAY, ends_on=today - DAY)
    weekly(village, topic="Straks", starts_on=today + 30 * DAY)

    (item,) = agenda.upcoming_for_area(village)

    assert item.topic == "Straks"
    assert item.starts_at.date() >= today + 30 * DAY


def test_meetings_of_an_unpublished_area_are_not_shown(village, neighbourhood):
    MeetingFactory(area=neighbourhood, starts_at=in_days(1))
    weekly(neighbourhood)
    neighbourhood.unpublish()

    assert agenda.upcoming_for_area(village) == []


# Past meetings with a report


def test_past_reports_of_the_area_and_its_neighbourhoods_newest_first(
    village, neighbourhood, other_village
):
    MeetingFactory(area=village, topic="Oud", starts_at=in_days(-30), report="Verslag oud")
    MeetingFactory(area=neighbourhood, topic="Nieuw", starts_at=in_days(-2), report="Verslag")
    MeetingFactory(area=village, topic="Zonder verslag", starts_at=in_days(-5))
    MeetingFactory(area=other_village, topic="Elders", starts_at=in_days(-3), report="Verslag")
    MeetingFactory(area=village, topic="Nog niet geweest", starts_at=in_days(2), report="Plan")

    items = agenda.past_reports_for_area(village)

    assert topics(items) == ["Nieuw", "Oud"]
    assert items[0].report == "Verslag"


def test_past_reports_of_a_neighbourhood_leave_out_the_village_above(village, neighbourhood):
    MeetingFactory(area=village, topic="Kern", starts_at=in_days(-3), report="Verslag")
    MeetingFactory(area=neighbourhood, topic="Buurt", starts_at=in_days(-4), report="Verslag")

    assert topics(agenda.past_reports_for_area(neighbourhood)) == ["Buurt"]


def test_past_reports_keep_to_the_limit(village):
    for days in range(1, 6):
        MeetingFactory(area=village, topic=f"{days}", starts_at=in_days(-days), report="Verslag")

    assert topics(agenda.past_reports_for_area(village, limit=3)) == ["1", "2", "3"]


# The agenda of a period


def test_agenda_for_a_period_holds_every_date_in_it(village, other_village):
    start = timezone.localdate() + DAY
    end = start + 27 * DAY
    schedule = weekly(village, topic="Spreekuur")
    RecurringOfficeHoursFactory(
        area=other_village,
        topic="Maandelijks",
        week_of_month=WeekOfMonth.LAST,
        weekday=Weekday.FRIDAY,
    )
    MeetingFactory(area=village, topic="Op de eerste dag", starts_at=in_days(1, hour=0))
    MeetingFactory(area=village, topic="Op de laatste dag", starts_at=in_days(28, hour=23))
    MeetingFactory(area=village, topic="Erna", starts_at=in_days(29, hour=0))
    MeetingFactory(area=village, topic="Ervoor", starts_at=in_days(0, hour=23))

    items = agenda.agenda_for(None, start, end)

    spreekuur = [item.starts_at.date() for item in items if item.topic == "Spreekuur"]
    assert spreekuur == [o.date for o in recurrence.occurrences(schedule, start, end)]
    assert len(spreekuur) == 4
    assert "Op de eerste dag" in topics(items)
    assert "Op de laatste dag" in topics(items)
    assert "Erna" not in topics(items)
    assert "Ervoor" not in topics(items)
    assert [item.starts_at for item in items] == sorted(item.starts_at for item in items)


def test_agenda_for_some_areas_leaves_out_the_others(village, other_village):
    start, end = timezone.localdate(), timezone.localdate() + 30 * DAY
    MeetingFactory(area=village, topic="Hier", starts_at=in_days(2))
    MeetingFactory(area=other_village, topic="Elders", starts_at=in_days(2))

    assert topics(agenda.agenda_for([village.translation_key], start, end)) == ["Hier"]


def test_meeting_uids_are_stable(village, settings):
    settings.SITE_URL = "https://www.geertruidenberg.nl"
    meeting = MeetingFactory(area=village, starts_at=in_days(2))
    (first,) = agenda.upcoming_for_area(village)
    (second,) = agenda.upcoming_for_area(village)

    assert first.uid == second.uid == f"meeting-{meeting.pk}@www.geertruidenberg.nl"


def test_office_hours_uids_name_the_date(village, settings):
    settings.SITE_URL = "https://www.geertruidenberg.nl"
    schedule = weekly(village)
    (item,) = agenda.upcoming_for_area(village)

    day = timezone.localdate() + 2 * DAY
    assert item.uid == f"officehours-{schedule.pk}-{day:%Y%m%d}@www.geertruidenberg.nl"


def test_kind_label_follows_the_language(village):
    MeetingFactory(area=village, kind="wijktafel", starts_at=in_days(2))
    (item,) = agenda.upcoming_for_area(village)

    with translation.override("en"):
        assert item.kind_label == "Neighbourhood table"


# The English translation of an area page


@pytest.fixture
def english_village(english_home, area_index, village):
    english = Locale.objects.get(language_code="en")
    english_index = area_index.copy_for_translation(english)
    english_index.save_revision().publish()
    english_village = village.copy_for_translation(english)
    english_village.save_revision().publish()
    return english_village


def test_the_english_page_shows_the_same_meetings_linking_to_english_area_pages(
    village, english_village
):
    MeetingFactory(area=village, topic="Wijktafel", starts_at=in_days(2))
    weekly(village, topic="Spreekuur")

    with translation.override("en"):
        items = agenda.upcoming_for_area(english_village)

    assert topics(items) == ["Spreekuur", "Wijktafel"]
    assert {item.area.pk for item in items} == {english_village.pk}
