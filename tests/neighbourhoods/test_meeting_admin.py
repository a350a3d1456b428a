"""Editors plan meetings and recurring office hours in "Neighbourhoods" → "Meetings" and
"Office hours"; the forms explain wrong times and dates in words."""

import datetime

import pytest
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone

from neighbourhoods import recurrence
from neighbourhoods.admin.menu import neighbourhoods_menu
from neighbourhoods.models import (
    Meeting,
    MeetingKind,
    OfficeHoursCancellation,
    RecurringOfficeHours,
    Weekday,
    WeekOfMonth,
)
from tests.neighbourhoods.factories import MeetingFactory, RecurringOfficeHoursFactory

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)
MEETINGS = "wagtailsnippets_neighbourhoods_meeting"
OFFICE_HOURS = "wagtailsnippets_neighbourhoods_recurringofficehours"


def in_days(days: float, hour: int = 19) -> datetime.datetime:
    day = timezone.localdate() + datetime.timedelta(days=days)
    return recurrence.local_datetime(day, datetime.time(hour))


def meeting_data(area, **overrides) -> dict:
    data = {
        "area": area.pk,
        "kind": MeetingKind.NEIGHBOURHOOD_TABLE,
        "topic": "Verkeer rond de school",
        "description": "",
        "starts_at": "2030-03-05 19:30",
        "ends_at": "2030-03-05 21:00",
        "location_name": "Wijkcentrum De Schakel",
        "address": "Schakelplein 1, 4941 AB Raamsdonksveer",
        "accessibility_note": "",
        "hosts": "De wijkregisseur",
        "report": "",
    }
    data.update(overrides)
    return data


def office_hours_data(area, cancellations=(), initial=0, **overrides) -> dict:
    """The office hours form; ``cancellations``: (date, reason, delete) per row."""
    data = {
        "area": area.pk,
        "kind": MeetingKind.OFFICE_HOURS,
        "topic": "Wijkspreekuur",
        "week_of_month": WeekOfMonth.FIRST,
        "weekday": Weekday.TUESDAY,
        "start_time": "10:00",
        "end_time": "11:30",
        "starts_on": "2030-01-01",
        "ends_on": "",
        "location_name": "Bibliotheek Raamsdonksveer",
        "address": "Raadhuisplein 2, 4941 EA Raamsdonksveer",
        "accessibility_note": "",
        "hosts": "De wijkregisseur",
        "slot_minutes": 15,
        "desks": 1,
        "cancellations-TOTAL_FORMS": len(cancellations),
        "cancellations-INITIAL_FORMS": initial,
        "cancellations-MIN_NUM_FORMS": 0,
        "cancellations-MAX_NUM_FORMS": 1000,
    }
    for number, (day, reason, delete) in enumerate(cancellations):
        data.update(
            {
                f"cancellations-{number}-id": "",
                f"cancellations-{number}-date": day,
                f"cancellations-{number}-reason": reason,
                f"cancellations-{number}-ORDER": number + 1,
                f"cancellations-{number}-DELETE": "on" if delete else "",
            }
        )
    data.update(overrides)
    return data


def form_errors(response) -> dict:
    return response.context["form"].errors


def cancellation_errors(response) -> list:
    formset = response.context["form"].formsets["cancellations"]
    return [form.errors.get("date", []) for form in formset.forms]


# The menu


def test_meetings_and_office_hours_are_in_the_neighbourhoods_menu(admin_user):
    request = RequestFactory().get("/admin/")
    request.user = admin_user

    names = [item.name for item in neighbourhoods_menu.menu_items_for_request(request)]

    assert "neighbourhood_meetings" in names
    assert "neighbourhood_office_hours" in names
    assert reverse(f"{MEETINGS}:list") == "/admin/neighbourhoods/meetings/"
    assert reverse(f"{OFFICE_HOURS}:list") == "/admin/neighbourhoods/office-hours/"


def test_someone_without_permissions_does_not_see_them(django_user_model):
    editor = django_user_model.objects.create_user("redacteur", password="x")
    request = RequestFactory().get("/admin/")
    request.user = editor

    names = [item.name for item in neighbourhoods_menu.menu_items_for_request(request)]

    assert "neighbourhood_meetings" not in names
    assert "neighbourhood_office_hours" not in names


# Meetings


def test_the_meeting_list_shows_topic_area_kind_start_and_cancelled(admin_client, village):
    MeetingFactory(area=village, topic="Wijktafel over groen", starts_at=in_days(5))

    response = admin_client.get(reverse(f"{MEETINGS}:list"))

    assert response.status_code == 200
    html = response.content.decode()
    assert "Wijktafel over groen" in html
    assert "Raamsdonksveer" in html
    start = timezone.localtime(in_days(5))
    assert f"{start.day} " in html
    assert f"{start.year}, 19:00" in html


def test_meetings_can_be_filtered_by_upcoming_or_past_area_and_kind(
    admin_client, village, other_village
):
    MeetingFactory(area=village, topic="Straks", kind="wijktafel", starts_at=in_days(5))
    MeetingFactory(area=village, topic="Geweest", kind="wijktafel", starts_at=in_days(-5))
    MeetingFactory(area=other_village, topic="Elders", kind="bijeenkomst", starts_at=in_days(6))
    url = reverse(f"{MEETINGS}:list")

    def topics(**query):
        response = admin_client.get(url, query)
        return {meeting.topic for meeting in response.context["object_list"]}

    assert topics(when="upcoming") == {"Straks", "Elders"}
    assert topics(when="past") == {"Geweest"}
    assert topics(area=other_village.pk) == {"Elders"}
    assert topics(kind="wijktafel") == {"Straks", "Geweest"}
    assert topics(q="Gewe") == {"Geweest"}


def test_the_meeting_list_is_sorted_by_start_newest_first(admin_client, village):
    MeetingFactory(area=village, topic="Eerst", starts_at=in_days(2))
    MeetingFactory(area=village, topic="Later", starts_at=in_days(9))

    response = admin_client.get(reverse(f"{MEETINGS}:list"))
    ordered = admin_client.get(reverse(f"{MEETINGS}:list"), {"ordering": "starts_at"})

    assert [m.topic for m in response.context["object_list"]] == ["Later", "Eerst"]
    assert [m.topic for m in ordered.context["object_list"]] == ["Eerst", "Later"]


def test_an_editor_adds_a_meeting(admin_client, village):
    response = admin_client.post(reverse(f"{MEETINGS}:add"), meeting_data(village))

    assert response.status_code == 302
    meeting = Meeting.objects.get()
    assert meeting.area == village
    assert timezone.localtime(meeting.starts_at).time() == datetime.time(19, 30)


@pytest.mark.parametrize("ends_at", ["2030-03-05 18:00", "2030-03-05 19:30"])
def test_a_meeting_that_ends_before_it_starts_gets_a_clear_error(admin_client, village, ends_at):
    response = admin_client.post(reverse(f"{MEETINGS}:add"), meeting_data(village, ends_at=ends_at))

    assert response.status_code == 200
    assert form_errors(response)["ends_at"] == ["Het einde moet na het begin zijn."]
    assert "__all__" not in form_errors(response)
    assert not Meeting.objects.exists()


def test_editing_a_meeting_to_end_before_its_start_is_refused(admin_client, village):
    meeting = MeetingFactory(area=village, starts_at=in_days(5))
    start = timezone.localtime(meeting.starts_at)
    data = meeting_data(
        village,
        starts_at=f"{start:%Y-%m-%d %H:%M}",
        ends_at=f"{start - datetime.timedelta(hours=1):%Y-%m-%d %H:%M}",
    )

    response = admin_client.post(reverse(f"{MEETINGS}:edit", args=[meeting.pk]), data)

    assert response.status_code == 200
    assert "ends_at" in form_errors(response)
    meeting.refresh_from_db()
    assert meeting.ends_at > meeting.starts_at


# Recurring office hours


def test_the_office_hours_list_shows_the_rule_in_words_and_the_next_date(admin_client, village):
    schedule = RecurringOfficeHoursFactory(area=village)

    response = admin_client.get(reverse(f"{OFFICE_HOURS}:list"))

    html = response.content.decode()
    assert recurrence.describe(schedule) in html
    next_date = recurrence.next_occurrence(schedule).date
    assert str(next_date.year) in html
    assert f"{next_date.day} " in html


def test_an_editor_adds_office_hours_with_a_cancelled_date(admin_client, village):
    data = office_hours_data(village, cancellations=[("2030-02-05", "Vakantie", False)])

    response = admin_client.post(reverse(f"{OFFICE_HOURS}:add"), data)

    assert response.status_code == 302
    schedule = RecurringOfficeHours.objects.get()
    assert [(c.date, c.reason) for c in schedule.cancellations.all()] == [
        (datetime.date(2030, 2, 5), "Vakantie")
    ]


def test_a_cancelled_date_that_is_not_a_date_of_the_rule_is_refused(admin_client, village):
    # 6 February 2030 is a Wednesday; the first Tuesday of March is the 5th.
    data = office_hours_data(village, cancellations=[("2030-02-06", "", False)])

    response = admin_client.post(reverse(f"{OFFICE_HOURS}:add"), data)

    assert response.status_code == 200
    (errors,) = cancellation_errors(response)
    assert errors == [
        "Volgens deze regel is er geen spreekuur op woensdag 6 februari 2030. "
        "De volgende datum is dinsdag 5 maart 2030."
    ]
    assert not RecurringOfficeHours.objects.exists()


def test_a_cancelled_date_before_the_first_date_is_refused(admin_client, village):
    data = office_hours_data(
        village, starts_on="2030-03-01", cancellations=[("2030-02-05", "", False)]
    )

    response = admin_client.post(reverse(f"{OFFICE_HOURS}:add"), data)

    assert response.status_code == 200
    assert cancellation_errors(response)[0]
    assert not RecurringOfficeHours.objects.exists()


def test_the_same_date_cannot_be_cancelled_twice(admin_client, village):
    data = office_hours_data(
        village, cancellations=[("2030-02-05", "", False), ("2030-02-05", "Nogmaals", False)]
    )

    response = admin_client.post(reverse(f"{OFFICE_HOURS}:add"), data)

    assert response.status_code == 200
    assert cancellation_errors(response) == [[], ["Deze datum staat al in de lijst."]]
    assert not OfficeHoursCancellation.objects.exists()


def test_a_removed_row_with_a_wrong_date_does_not_stop_saving(admin_client, village):
    data = office_hours_data(
        village, cancellations=[("2030-02-06", "", True), ("2030-02-05", "", False)]
    )

    response = admin_client.post(reverse(f"{OFFICE_HOURS}:add"), data)

    assert response.status_code == 302
    assert list(OfficeHoursCancellation.objects.values_list("date", flat=True)) == [
        datetime.date(2030, 2, 5)
    ]


def test_changing_the_rule_checks_the_cancelled_dates_again(admin_client, village):
    schedule = RecurringOfficeHoursFactory(area=village, starts_on=datetime.date(2030, 1, 1))
    cancellation = OfficeHoursCancellation.objects.create(
        schedule=schedule, date=datetime.date(2030, 2, 5)
    )
    data = office_hours_data(
        village,
        cancellations=[("2030-02-05", "", False)],
        initial=1,
        weekday=Weekday.WEDNESDAY,
    )
    data["cancellations-0-id"] = cancellation.pk

    response = admin_client.post(reverse(f"{OFFICE_HOURS}:edit", args=[schedule.pk]), data)

    assert response.status_code == 200
    assert cancellation_errors(response)[0]
    schedule.refresh_from_db()
    assert schedule.weekday == Weekday.TUESDAY


def test_office_hours_that_end_before_they_start_get_a_clear_error(admin_client, village):
    data = office_hours_data(village, start_time="11:30", end_time="10:00")

    response = admin_client.post(reverse(f"{OFFICE_HOURS}:add"), data)

    assert response.status_code == 200
    assert form_errors(response)["end_time"] == ["De eindtijd moet na de begintijd zijn."]
    assert not RecurringOfficeHours.objects.exists()


def test_a_last_date_before_the_first_date_gets_a_clear_error(admin_client, village):
    data = office_hours_data(village, starts_on="2030-03-01", ends_on="2030-02-01")

    response = admin_client.post(reverse(f"{OFFICE_HOURS}:add"), data)

    assert response.status_code == 200
    assert form_errors(response)["ends_on"] == [
        "De laatste datum kan niet voor de eerste datum zijn."
    ]
    assert "__all__" not in form_errors(response)


def test_the_edit_form_shows_the_next_dates_with_the_cancelled_ones(admin_client, village):
    schedule = RecurringOfficeHoursFactory(area=village)
    upcoming = recurrence.occurrences(
        schedule, timezone.localdate(), timezone.localdate() + 100 * DAY
    )
    OfficeHoursCancellation.objects.create(
        schedule=schedule, date=upcoming[0].date, reason="Studiedag"
    )

    response = admin_client.get(reverse(f"{OFFICE_HOURS}:edit", args=[schedule.pk]))

    html = response.content.decode()
    assert recurrence.describe(schedule) in html
    assert f'<time datetime="{upcoming[0].date:%Y-%m-%d}">' in html
    assert f'<time datetime="{upcoming[1].date:%Y-%m-%d}">' in html
    assert "Studiedag" in html
