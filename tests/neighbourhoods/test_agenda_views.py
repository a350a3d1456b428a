"""The agenda page of the area overview and the agenda pieces of the area page."""

import datetime
import re

import pytest
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.utils import timezone, translation
from wagtail.models import Locale

from neighbourhoods import agenda, recurrence
from neighbourhoods.models import OfficeHoursCancellation, WeekOfMonth
from neighbourhoods.routes.agenda import months_ahead
from tests.neighbourhoods.factories import MeetingFactory, RecurringOfficeHoursFactory

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)


def in_days(days: float, hour: int = 19) -> datetime.datetime:
    day = timezone.localdate() + datetime.timedelta(days=days)
    return recurrence.local_datetime(day, datetime.time(hour))


def agenda_url(index) -> str:
    return index.url + index.reverse_subpage("agenda")


def weekly(area, **kwargs):
    weekday = (timezone.localdate() + 2 * DAY).weekday()
    return RecurringOfficeHoursFactory(
        area=area, week_of_month=WeekOfMonth.EVERY, weekday=weekday, **kwargs
    )


@pytest.fixture
def meetings(village, neighbourhood, other_village):
    """A neighbourhood table in Centrum, one in Raamsdonk, and weekly office hours in the
    village of Raamsdonksveer."""
    return {
        "centrum": MeetingFactory(
            area=neighbourhood, kind="wijktafel", topic="Groen in Centrum", starts_at=in_days(3)
        ),
        "raamsdonk": MeetingFactory(
            area=other_village, kind="bijeenkomst", topic="Dorpshuis", starts_at=in_days(4)
        ),
        "spreekuur": weekly(village, topic="Spreekuur in de bibliotheek"),
    }


# The agenda page


def test_the_agenda_shows_every_date_of_the_coming_three_months_by_month(
    client, area_index, meetings
):
    MeetingFactory(area=meetings["centrum"].area, topic="Te ver weg", starts_at=in_days(100))

    response = client.get(agenda_url(area_index))

    assert response.status_code == 200
    html = response.content.decode()
    assert "Groen in Centrum" in html
    assert "Dorpshuis" in html
    assert "Te ver weg" not in html
    items = response.context["agenda_items"]
    spreekuur = [item for item in items if item.topic == "Spreekuur in de bibliotheek"]
    assert len(spreekuur) >= 12
    month_headings = re.findall(r'<h2 id="agenda-month-\d+"[^>]*>([^<]+)</h2>', html)
    months = sorted({item.month for item in items})
    assert len(month_headings) == len(months) >= 3


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (datetime.date(2027, 1, 15), datetime.date(2027, 4, 15)),
        (datetime.date(2026, 11, 30), datetime.date(2027, 2, 28)),
        (datetime.date(2026, 12, 31), datetime.date(2027, 3, 31)),
    ],
)
def test_the_agenda_runs_three_months_ahead(today, expected):
    assert months_ahead(today, 3) == expected


def test_an_agenda_item_shows_when_where_who_and_the_rule(client, area_index, meetings):
    meeting = meetings["centrum"]
    schedule = meetings["spreekuur"]

    html = client.get(agenda_url(area_index)).content.decode()

    start = timezone.localtime(meeting.starts_at)
    assert f'<time datetime="{start.isoformat()}">' in html
    assert f"{start:%H:%M}" in html
    assert meeting.location_name in html
    assert meeting.address in html
    assert meeting.accessibility_note in html
    assert meeting.hosts in html
    assert f'href="{meeting.area.url}"' in html
    with translation.override("nl"):
        assert recurrence.describe(schedule) in html


def test_a_cancelled_date_says_that_it_does_not_take_place(client, area_index, meetings):
    schedule = meetings["spreekuur"]
    OfficeHoursCancellation.objects.create(
        schedule=schedule, date=timezone.localdate() + 2 * DAY, reason="Studiedag"
    )

    html = client.get(agenda_url(area_index)).content.decode()

    assert "agenda-item--cancelled" in html
    assert "Vervalt" in html
    assert "Studiedag" in html


def test_the_agenda_can_show_one_area_with_its_village(client, area_index, meetings):
    response = client.get(agenda_url(area_index), {"wijk": "centrum"})

    topics = {item.topic for item in response.context["agenda_items"]}
    assert topics == {"Groen in Centrum", "Spreekuur in de bibliotheek"}
    assert response.context["selected_area"].slug == "centrum"
    assert '<option value="centrum"\n                      selected>' in response.content.decode()


def test_the_agenda_can_show_one_kind(client, area_index, meetings):
    response = client.get(agenda_url(area_index), {"soort": "wijktafel"})

    assert {item.topic for item in response.context["agenda_items"]} == {"Groen in Centrum"}


@pytest.mark.parametrize(
    "query",
    [
        {"wijk": "bestaat-niet"},
        {"soort": "feest"},
        {"wijk": "<script>", "soort": "'; DROP TABLE"},
        {"wijk": "x" * 5000},
    ],
)
def test_an_unknown_filter_value_is_ignored(client, area_index, meetings, query):
    response = client.get(agenda_url(area_index), query)

    assert response.status_code == 200
    assert response.context["selected_area"] is None
    assert response.context["selected_kind"] == ""
    topics = {item.topic for item in response.context["agenda_items"]}
    assert {"Groen in Centrum", "Dorpshuis", "Spreekuur in de bibliotheek"} <= topics
    assert "<script>" not in response.content.decode()


def test_an_area_without_dates_gets_a_clear_message(client, area_index, village, other_village):
    MeetingFactory(area=village, starts_at=in_days(2))

    response = client.get(agenda_url(area_index), {"wijk": "raamsdonk"})

    assert response.context["agenda_items"] == []
    assert "Kies een andere kern, wijk of soort." in response.content.decode()


def test_the_area_select_names_the_village_of_a_neighbourhood(client, area_index, meetings):
    response = client.get(agenda_url(area_index))

    assert ("centrum", "Centrum (Raamsdonksveer)") in response.context["area_choices"]
    assert ("raamsdonk", "Raamsdonk") in response.context["area_choices"]
    html = response.content.decode()
    assert '<label class="utrecht-form-label" for="agenda-area">' in html
    assert '<label class="utrecht-form-label" for="agenda-kind">' in html


def test_the_agenda_links_the_municipality_feed_and_each_area_feed(
    client, area_index, village, neighbourhood, other_village
):
    html = client.get(agenda_url(area_index)).content.decode()

    assert "Zet de data in uw eigen agenda" in html
    assert f'href="{area_index.calendar_feed_url}"' in html
    assert area_index.calendar_feed_url.endswith("/wijken/agenda.ics")
    for area in (village, neighbourhood, other_village):
        assert f'href="{area.calendar_feed_url}"' in html
        assert f'href="{area.calendar_subscribe_url}"' in html
    assert village.calendar_subscribe_url.startswith("webcal://")
    assert "<caption" in html
    assert 'scope="row"' in html


def test_the_agenda_page_has_no_inline_script_or_style(client, area_index, meetings):
    html = client.get(agenda_url(area_index)).content.decode()

    assert not re.search(r"<script(?![^>]*\bsrc=)", html)
    assert "style=" not in html


def test_the_english_agenda_speaks_english(client, english_home, area_index, village, meetings):
    english = Locale.objects.get(language_code="en")
    english_index = area_index.copy_for_translation(english)
    english_index.save_revision().publish()
    english_village = village.copy_for_translation(english)
    english_village.save_revision().publish()

    response = client.get(agenda_url(english_index))

    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="en"' in html
    assert "Neighbourhood agenda" in html
    assert "Put the dates in your own calendar" in html
    assert "Every " in html
    # The office hours link to the English village page; Centrum has no translation yet.
    assert f'href="{english_village.url}"' in html
    assert f'href="{meetings["centrum"].area.url}"' in html


# The pieces of the area page


def render(template, **context):
    request = RequestFactory().get("/")
    with translation.override("nl"):
        return render_to_string(f"neighbourhoods/includes/{template}", context, request=request)


def test_the_meeting_list_has_cards_with_a_heading_at_the_level_asked(village):
    MeetingFactory(area=village, kind="wijktafel", topic="Verkeer", starts_at=in_days(2))
    with translation.override("nl"):
        items = agenda.upcoming_for_area(village)

    default = render("meeting_list.html", meetings=items)
    second = render("meeting_list.html", meetings=items, heading_level=2)

    with translation.override("nl"):
        title = re.escape(f"{items[0].kind_label}: Verkeer")
    assert re.search(rf"<h3 [^>]*>\s*{title}\s*</h3>", default)
    assert re.search(rf"<h2 [^>]*>\s*{title}\s*</h2>", second)
    fourth = render("meeting_list.html", meetings=items, heading_level="h4")
    assert re.search(rf"<h4 [^>]*>\s*{title}\s*</h4>", fourth)
    assert "<time datetime=" in default


def test_the_meeting_list_says_when_nothing_is_planned():
    html = render("meeting_list.html", meetings=[])

    assert "Er zijn nu geen spreekuren of bijeenkomsten gepland." in html
    assert "Niets" in render("meeting_list.html", meetings=[], empty_text="Niets")


def test_past_meetings_show_the_report_with_its_paragraphs_escaped(village):
    MeetingFactory(
        area=village,
        topic="Wijktafel maart",
        starts_at=in_days(-10),
        report="We spraken over bomen.\n\nDe gemeente plant er <b>tien</b>.",
    )

    html = render("past_meetings.html", past_meetings=agenda.past_reports_for_area(village))

    assert "<p>We spraken over bomen.</p>" in html
    assert "&lt;b&gt;tien&lt;/b&gt;" in html
    assert "Wijktafel maart" in html


def test_past_meetings_say_when_there_are_no_reports():
    assert "Er zijn nog geen verslagen" in render("past_meetings.html", past_meetings=[])


def test_the_calendar_links_of_an_area(village, area_index):
    html = render("calendar_links.html", area=village)

    assert f'href="{village.calendar_subscribe_url}"' in html
    assert f'href="{village.calendar_feed_url}"' in html
    assert village.calendar_feed_url in html
    assert f'href="{agenda_url(area_index)}?wijk=raamsdonksveer"' in html
    assert "Zet de data in uw eigen agenda" in html
