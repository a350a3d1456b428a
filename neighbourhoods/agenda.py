"""The agenda of the neighbourhoods: one-off meetings and the dates of recurring office hours.

Both become an ``AgendaItem``, so the area page, the agenda overview and the calendar feeds
list them the same way. Only meetings of published area pages are shown. Areas are matched on
``translation_key`` (see ``neighbourhoods.models.pages``); each item links to its area page in
the visitor's language when that translation is published.
"""

import datetime
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.db.models import QuerySet
from django.utils import timezone
from wagtail.models import Locale

from appointments.links import booking_url
from neighbourhoods import recurrence
from neighbourhoods.models import AreaPage, Meeting, MeetingKind, RecurringOfficeHours

#: How far ahead the area page looks for the next date of recurring office hours.
UPCOMING_HORIZON_DAYS = 366


@dataclass(frozen=True, kw_only=True)
class AgendaItem:
    """One date in the agenda: a meeting, or one date of recurring office hours."""

    kind: str
    topic: str
    description: str
    starts_at: datetime.datetime
    ends_at: datetime.datetime
    area: AreaPage
    location_name: str
    address: str
    accessibility_note: str
    hosts: str
    cancelled: bool
    cancel_reason: str
    report: str
    is_recurring: bool
    rule_text: str
    uid: str
    booking_url: str = ""

    @property
    def kind_label(self) -> str:
        """The kind in words, in the active language ("Wijkspreekuur", "Wijktafel", …)."""
        return str(MeetingKind(self.kind).label)

    @property
    def month(self) -> datetime.date:
        """The first day of the local month the item starts in (to group the agenda by)."""
        return timezone.localtime(self.starts_at).date().replace(day=1)


def uid_domain() -> str:
    """The host name that makes calendar UIDs unique worldwide (from ``SITE_URL``)."""
    return urlsplit(settings.SITE_URL).hostname or "localhost"


def item_for_meeting(meeting: Meeting, area: AreaPage | None = None) -> AgendaItem:
    """A one-off meeting as an agenda item (``area``: the area page to link to)."""
    return AgendaItem(
        kind=meeting.kind,
        topic=meeting.topic,
        description=meeting.description,
        starts_at=meeting.starts_at,
        ends_at=meeting.ends_at,
        area=area or meeting.area,
        location_name=meeting.location_name,
        address=meeting.address,
        accessibility_note=meeting.accessibility_note,
        hosts=meeting.hosts,
        cancelled=meeting.cancelled,
        cancel_reason="",
        report=meeting.report,
        is_recurring=False,
        rule_text="",
        uid=f"meeting-{meeting.pk}@{uid_domain()}",
    )


def items_for_schedule(
    schedule: RecurringOfficeHours,
    dates: list[recurrence.Occurrence],
    area: AreaPage | None = None,
) -> list[AgendaItem]:
    """Dates of recurring office hours as agenda items (``area``: the area page to link to)."""
    rule_text = recurrence.describe(schedule)
    bookable = ""
    if schedule.appointment_location_id and schedule.appointment_location.is_active:
        bookable = booking_url(locatie=schedule.appointment_location_id)
    return [
        AgendaItem(
            kind=schedule.kind,
            topic=schedule.topic,
            description="",
            starts_at=occurrence.starts_at,
            ends_at=occurrence.ends_at,
            area=area or schedule.area,
            location_name=schedule.location_name,
            address=schedule.address,
            accessibility_note=schedule.accessibility_note,
            hosts=schedule.hosts,
            cancelled=occurrence.cancelled,
            cancel_reason=occurrence.cancel_reason,
            report="",
            is_recurring=True,
            rule_text=rule_text,
            uid=f"officehours-{schedule.pk}-{occurrence.date:%Y%m%d}@{uid_domain()}",
            booking_url="" if occurrence.cancelled else bookable,
        )
        for occurrence in dates
    ]


def sort_key(item: AgendaItem):
    """Agenda order: by start, then by area and topic so equal times keep a stable order."""
    return (item.starts_at, item.area.title, item.topic, item.uid)


def shown_areas(pages) -> dict:
    """Each area page (by translation key) as the visitor should see it: its published
    translation in the active language, or the page itself when there is none."""
    pages = list(pages)
    shown = {page.translation_key: page for page in pages}
    locale = Locale.get_active()
    translations = AreaPage.objects.live().filter(locale=locale, translation_key__in=list(shown))
    shown.update({page.translation_key: page for page in translations})
    return shown


def meetings_in(area_keys) -> QuerySet[Meeting]:
    """The one-off meetings of published area pages, limited to ``area_keys`` unless None."""
    meetings = Meeting.objects.filter(area__live=True).select_related("area")
    if area_keys is not None:
        meetings = meetings.filter(area__translation_key__in=area_keys)
    return meetings


def schedules_in(area_keys) -> QuerySet[RecurringOfficeHours]:
    """The recurring office hours of published area pages, limited to ``area_keys`` unless
    None, with their cancelled dates."""
    schedules = (
        RecurringOfficeHours.objects.filter(area__live=True)
        .select_related("area", "appointment_location")
        .prefetch_related("cancellations")
    )
    if area_keys is not None:
        schedules = schedules.filter(area__translation_key__in=area_keys)
    return schedules


def _day_start(day: datetime.date) -> datetime.datetime:
    return recurrence.local_datetime(day, datetime.time.min)


def agenda_for(area_keys, start: datetime.date, end: datetime.date) -> list[AgendaItem]:
    """Everything that starts on a local date in [start, end] for the areas with these
    translation keys (every area when ``area_keys`` is None), cancelled dates included, sorted
    by start."""
    meetings = list(
        meetings_in(area_keys).filter(
            starts_at__gte=_day_start(start),
            starts_at__lt=_day_start(end + datetime.timedelta(days=1)),
        )
    )
    schedules = list(schedules_in(area_keys).filter(starts_on__lte=end).exclude(ends_on__lt=start))
    areas = shown_areas([item.area for item in [*meetings, *schedules]])
    items = [item_for_meeting(meeting, areas[meeting.area.translation_key]) for meeting in meetings]
    for schedule in schedules:
        dates = recurrence.occurrences(schedule, start, end)
        items.extend(items_for_schedule(schedule, dates, areas[schedule.area.translation_key]))
    return sorted(items, key=sort_key)


def next_dates(schedule, now: datetime.datetime, count: int) -> list[recurrence.Occurrence]:
    """The next ``count`` dates of a schedule that take place, with any cancelled dates before
    them (so "vervalt" shows next to the date that replaces it)."""
    today = timezone.localdate(now)
    horizon = today + datetime.timedelta(days=UPCOMING_HORIZON_DAYS)
    dates, taking_place = [], 0
    for occurrence in recurrence.occurrences(schedule, today, horizon):
        if occurrence.ends_at < now:
            continue
        dates.append(occurrence)
        taking_place += not occurrence.cancelled
        if taking_place == count:
            break
    return dates


def upcoming_for_area(area, limit: int = 6, per_schedule: int = 1) -> list[AgendaItem]:
    """The next meetings for this area, the village above it and the neighbourhoods below it,
    sorted by start. Recurring office hours add their next ``per_schedule`` dates (and cancelled
    dates before those): the full list of dates is on the agenda page."""
    now = timezone.now()
    keys = area.related_area_keys()
    meetings = list(meetings_in(keys).filter(ends_at__gte=now).order_by("starts_at")[:limit])
    schedules = list(schedules_in(keys).exclude(ends_on__lt=timezone.localdate(now)))
    areas = shown_areas([item.area for item in [*meetings, *schedules]])
    items = [item_for_meeting(meeting, areas[meeting.area.translation_key]) for meeting in meetings]
    for schedule in schedules:
        dates = next_dates(schedule, now, per_schedule)
        items.extend(items_for_schedule(schedule, dates, areas[schedule.area.translation_key]))
    return sorted(items, key=sort_key)[:limit]


def past_reports_for_area(area, limit: int = 3) -> list[AgendaItem]:
    """The latest past meetings of this area and its neighbourhoods that have a report."""
    meetings = list(
        meetings_in(area.own_area_keys())
        .filter(ends_at__lt=timezone.now())
        .exclude(report="")
        .order_by("-starts_at")[:limit]
    )
    areas = shown_areas(meeting.area for meeting in meetings)
    return [item_for_meeting(meeting, areas[meeting.area.translation_key]) for meeting in meetings]
