"""The agenda routes: the ``.ics`` feed of an area page, and on the area overview the agenda of
the coming months (filtered by area and kind) and the feed of the whole municipality.

The feeds live at ``…/agenda.ics``. Wagtail's own URL pattern accepts no dot, so
``config/urls.py`` passes addresses ending in ``agenda.ics`` to the page router.
"""

import datetime
from calendar import monthrange

from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext
from wagtail.contrib.routable_page.models import path, re_path

from neighbourhoods.models.meetings import MeetingKind

FEED_ROUTE = r"^agenda\.ics/?$"
AGENDA_MONTHS = 3
AREA_PARAMETER = "wijk"
KIND_PARAMETER = "soort"


def feed_url(page) -> str:
    """The full address of the page's ``.ics`` feed (without a request, from the site's root);
    empty when the page is not on a site."""
    page_url = page.get_full_url()
    return page_url + page.reverse_subpage("calendar_feed") if page_url else ""


def subscribe_url(page) -> str:
    """The ``webcal://`` address that makes a calendar app subscribe to the page's feed."""
    url = feed_url(page)
    return "webcal://" + url.split("://", 1)[-1] if url else ""


def months_ahead(day: datetime.date, months: int) -> datetime.date:
    """The same day ``months`` months later (the month's last day when it is shorter)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return day.replace(year=year, month=month, day=min(day.day, monthrange(year, month)[1]))


class CalendarFeedLinks:
    """The addresses of a page's calendar feed, for templates (``page.calendar_feed_url``)."""

    @property
    def calendar_feed_url(self) -> str:
        return feed_url(self)

    @property
    def calendar_subscribe_url(self) -> str:
        return subscribe_url(self)


class AreaAgendaRoutes(CalendarFeedLinks):
    """Mixed into ``AreaPage``: ``agenda.ics``, the feed of this area, the village above it and
    the neighbourhoods below it (what the area page lists)."""

    @re_path(FEED_ROUTE, name="calendar_feed")
    def calendar_feed_view(self, request):
        """The iCalendar feed of this area."""
        from neighbourhoods import calendar_feed  # uses AreaPage; models.pages imports this

        calendar = calendar_feed.build_calendar(
            name=gettext("Neighbourhood agenda %(area)s, municipality of Geertruidenberg")
            % {"area": self.title},
            uid=calendar_feed.calendar_uid(self.translation_key),
            area_keys=self.related_area_keys(),
            area_url=lambda page: page.get_full_url(request),
        )
        return calendar_feed.calendar_response(calendar, f"agenda-{self.slug}.ics")


def area_choices(index) -> list[tuple[str, str, object]]:
    """(slug, label, page) for every published area in tree order; a neighbourhood's label
    names its village: "Centrum (Raamsdonksveer)"."""
    choices, titles_by_path = [], {}
    for area in index.all_areas().order_by("path"):
        titles_by_path[area.path] = area.title
        parent_title = titles_by_path.get(area.path[: -area.steplen])
        label = f"{area.title} ({parent_title})" if parent_title else area.title
        choices.append((area.slug, label, area))
    return choices


class IndexAgendaRoutes(CalendarFeedLinks):
    """Mixed into ``AreaIndexPage``: ``agenda/``, the agenda of the coming months, and
    ``agenda.ics``, the feed of every area of the municipality."""

    def agenda_area_keys(self) -> list:
        """Translation keys of every published area under this overview or its translations,
        so the English agenda also lists areas that have no English page yet."""
        keys = set()
        for index in self.get_translations(inclusive=True).live().specific():
            keys.update(index.all_areas().values_list("translation_key", flat=True))
        return sorted(keys)

    @path("agenda/", name="agenda")
    def agenda_view(self, request):
        """Every meeting and office hours date of the coming months, grouped by month.

        ``?wijk=<slug>`` limits the list to one area (with its village and neighbourhoods),
        ``?soort=<kind>`` to one kind; unknown values are ignored and show everything.
        """
        from neighbourhoods.agenda import agenda_for  # uses AreaPage; models.pages imports this

        areas = area_choices(self)
        pages_by_slug = {slug: page for slug, _label, page in areas}
        selected_area = pages_by_slug.get(request.GET.get(AREA_PARAMETER, ""))
        kind = request.GET.get(KIND_PARAMETER, "")
        selected_kind = kind if kind in MeetingKind.values else ""

        start = timezone.localdate()
        end = months_ahead(start, AGENDA_MONTHS)
        if selected_area is not None:
            area_keys = selected_area.related_area_keys()
        else:
            area_keys = self.agenda_area_keys()
        items = agenda_for(area_keys, start, end)
        if selected_kind:
            items = [item for item in items if item.kind == selected_kind]

        context = self.get_context(request)
        context.update(
            agenda_items=items,
            agenda_start=start,
            agenda_end=end,
            area_choices=[(slug, label) for slug, label, _page in areas],
            feed_areas=[(label, page) for _slug, label, page in areas],
            kind_choices=MeetingKind.choices,
            selected_area=selected_area,
            selected_kind=selected_kind,
            is_filtered=bool(selected_area or selected_kind),
        )
        return TemplateResponse(request, "neighbourhoods/agenda.html", context)

    @re_path(FEED_ROUTE, name="calendar_feed")
    def calendar_feed_view(self, request):
        """The iCalendar feed of every published area under this overview."""
        from neighbourhoods import calendar_feed  # uses AreaPage; models.pages imports this

        calendar = calendar_feed.build_calendar(
            name=gettext("Neighbourhood agenda, municipality of Geertruidenberg"),
            uid=calendar_feed.calendar_uid("geertruidenberg"),
            area_keys=self.agenda_area_keys(),
            area_url=lambda page: page.get_full_url(request),
        )
        return calendar_feed.calendar_response(calendar, "agenda-geertruidenberg.ics")
