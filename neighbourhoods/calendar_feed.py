"""The iCalendar (``.ics``) feed of the neighbourhood agenda, for one area or the whole municipality.

Residents subscribe to the feed in their own calendar app. It holds one VEVENT per one-off meeting
(the last ``PAST_DAYS`` days and everything ahead, cancelled ones with ``STATUS:CANCELLED``) and
one VEVENT per recurring office hours with an ``RRULE`` and an ``EXDATE`` for each cancelled date,
so calendar apps expand the dates themselves. Times carry ``TZID=Europe/Amsterdam`` with its
VTIMEZONE. The feed holds public information only: the "who is there" text is the public work
description an editor wrote for the website.
"""

import datetime

from django.http import HttpResponse
from django.utils import dateformat, timezone, translation
from django.utils.translation import gettext
from icalendar import Calendar, Event, vDuration

from neighbourhoods import recurrence
from neighbourhoods.agenda import (
    AgendaItem,
    item_for_meeting,
    items_for_schedule,
    meetings_in,
    schedules_in,
    shown_areas,
    uid_domain,
)

PRODID = "-//Gemeente Geertruidenberg//Wijkagenda//NL"
PAST_DAYS = 90
REFRESH_INTERVAL = datetime.timedelta(hours=1)
CACHE_SECONDS = 15 * 60
CONTENT_TYPE = "text/calendar; charset=utf-8"


def calendar_uid(scope: str) -> str:
    """A stable UID for a whole calendar, per scope (area or municipality) and language."""
    return f"agenda-{scope}-{translation.get_language()}@{uid_domain()}"


def summary_for(item: AgendaItem) -> str:
    """The event title: kind, topic and area, e.g. "Wijktafel: Parkeren (Centrum)"."""
    if item.topic.strip().casefold() == item.kind_label.casefold():
        title = f"{item.kind_label} ({item.area.title})"
    else:
        title = f"{item.kind_label}: {item.topic} ({item.area.title})"
    if item.cancelled:
        return gettext("Cancelled: %(title)s") % {"title": title}
    return title


def location_for(item: AgendaItem) -> str:
    """The place and its address on one line."""
    return ", ".join(part for part in (item.location_name, item.address) if part)


def description_for(item: AgendaItem, url: str, extra_lines=()) -> str:
    """What residents need to know besides the time and place, one fact per line."""
    lines = [item.topic]
    if item.description:
        lines.append(item.description)
    if item.rule_text:
        lines.append(item.rule_text)
    lines.extend(extra_lines)
    if item.hosts:
        lines.append(gettext("Who is there: %(hosts)s") % {"hosts": item.hosts})
    if item.accessibility_note:
        lines.append(gettext("Accessible entrance: %(note)s") % {"note": item.accessibility_note})
    if url:
        lines.append(gettext("More information: %(url)s") % {"url": url})
    return "\n".join(lines)


def _local(moment: datetime.datetime) -> datetime.datetime:
    """An aware datetime on the site's wall clock, so the feed says TZID=Europe/Amsterdam."""
    return moment.astimezone(timezone.get_default_timezone())


def _event(item: AgendaItem, uid: str, start, end, url: str, stamp, extra_lines=()) -> Event:
    event = Event.new(
        uid=uid,
        stamp=stamp,
        start=_local(start),
        end=_local(end),
        summary=summary_for(item),
        location=location_for(item),
        description=description_for(item, url, extra_lines),
        categories=[item.kind_label],
        status="CANCELLED" if item.cancelled else "CONFIRMED",
    )
    if url:
        event.url = url
    return event


def meeting_event(meeting, area, url: str, stamp) -> Event:
    """One VEVENT for a one-off meeting."""
    item = item_for_meeting(meeting, area)
    event = _event(item, item.uid, item.starts_at, item.ends_at, url, stamp)
    event.last_modified = meeting.updated_at
    return event


def office_hours_event(schedule, area, url: str, stamp, today: datetime.date) -> Event | None:
    """One VEVENT with an RRULE for recurring office hours, an EXDATE per cancelled date and
    the upcoming cancellations in words. None when the rule has no date at all."""
    first = recurrence.first_date(schedule)
    if first is None:
        return None
    occurrence = recurrence.Occurrence(
        date=first,
        starts_at=recurrence.local_datetime(first, schedule.start_time),
        ends_at=recurrence.local_datetime(first, schedule.end_time),
    )
    item = items_for_schedule(schedule, [occurrence], area)[0]
    cancelled = {
        day: reason
        for day, reason in sorted(recurrence.cancelled_dates(schedule).items())
        if recurrence.is_rule_date(schedule, day)
    }
    notes = [
        (
            gettext("Cancelled on %(date)s: %(reason)s")
            if reason
            else gettext("Cancelled on %(date)s")
        )
        % {"date": dateformat.format(day, "l j F Y"), "reason": reason}
        for day, reason in cancelled.items()
        if day >= today
    ]
    event = _event(
        item,
        f"officehours-{schedule.pk}@{uid_domain()}",
        item.starts_at,
        item.ends_at,
        url,
        stamp,
        notes,
    )
    event.add("rrule", recurrence.rrule(schedule))
    if cancelled:
        event.add(
            "exdate", [recurrence.local_datetime(day, schedule.start_time) for day in cancelled]
        )
    return event


def build_calendar(
    *, name: str, uid: str, area_keys, area_url, now: datetime.datetime | None = None
) -> Calendar:
    """The calendar for the areas with these translation keys (all areas when None).

    ``area_url`` turns an area page into the full address of that page, for each event's URL.
    """
    now = now or timezone.now()
    today = timezone.localdate(now)
    since = now - datetime.timedelta(days=PAST_DAYS)
    meetings = list(meetings_in(area_keys).filter(ends_at__gte=since).order_by("starts_at"))
    schedules = list(
        schedules_in(area_keys)
        .exclude(ends_on__lt=timezone.localdate(since))
        .order_by("starts_on", "pk")
    )
    areas = shown_areas([item.area for item in [*meetings, *schedules]])
    urls = {key: area_url(page) for key, page in areas.items()}
    stamp = now.astimezone(datetime.UTC)

    calendar = Calendar.new(
        prodid=PRODID,
        name=name,
        uid=uid,
        refresh_interval=REFRESH_INTERVAL,
        calscale="GREGORIAN",
        method="PUBLISH",
    )
    # Outlook's name for REFRESH-INTERVAL.
    calendar.add("x-published-ttl", vDuration(REFRESH_INTERVAL).to_ical().decode())
    calendar.add("x-wr-timezone", timezone.get_default_timezone_name())
    for meeting in meetings:
        key = meeting.area.translation_key
        calendar.add_component(meeting_event(meeting, areas[key], urls[key], stamp))
    for schedule in schedules:
        key = schedule.area.translation_key
        event = office_hours_event(schedule, areas[key], urls[key], stamp, today)
        if event is not None:
            calendar.add_component(event)
    starts = [event.start.date() for event in calendar.events]
    calendar.add_missing_timezones(
        first_date=min([*starts, today]) - datetime.timedelta(days=366),
        last_date=today.replace(month=1, day=1) + datetime.timedelta(days=10 * 366),
    )
    return calendar


def calendar_response(calendar: Calendar, filename: str) -> HttpResponse:
    """The calendar as a ``text/calendar`` response that calendar apps may cache for 15 min."""
    response = HttpResponse(calendar.to_ical(), content_type=CONTENT_TYPE)
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    response["Cache-Control"] = f"public, max-age={CACHE_SECONDS}"
    return response
