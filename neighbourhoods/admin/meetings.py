"""Admin for the neighbourhood agenda: "Neighbourhoods" → "Meetings" and "Office hours".

Meetings (a neighbourhood table, one office hours session, another meeting) are listed with
their area, kind and start, filtered by area, kind and upcoming or past, and searched by topic.
Recurring office hours are listed with their rule in words and their next date; the edit form
shows the next dates and holds the cancelled dates. The forms explain a wrong time or date in
words, before the database's check constraints would refuse it.
"""

import datetime
import types

import django_filters
from django import forms
from django.utils import dateformat, timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
)
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.models import Locale
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from core.read_only_template_panel import ReadOnlyTemplatePanel
from neighbourhoods import bookable_office_hours, recurrence
from neighbourhoods.admin.menu import NEIGHBOURHOODS_MENU_HOOK
from neighbourhoods.models import AreaPage, Meeting, MeetingKind, RecurringOfficeHours

PREVIEW_DATES = 6
PLACE_FIELDS = ["location_name", "address", "accessibility_note", "hosts"]


def _areas(request):
    return AreaPage.objects.filter(locale=Locale.get_default()).order_by("path")


def _date(day) -> str:
    return dateformat.format(day, "l j F Y")


def _start(meeting: Meeting) -> str:
    return dateformat.format(timezone.localtime(meeting.starts_at), "l j F Y, H:i")


# Meetings


class MeetingForm(WagtailAdminModelForm):
    """A meeting must end after it starts."""

    def clean(self):
        cleaned_data = super().clean()
        starts_at, ends_at = cleaned_data.get("starts_at"), cleaned_data.get("ends_at")
        # An error on the field also keeps Django from adding the bare constraint message.
        if starts_at and ends_at and ends_at <= starts_at:
            self.add_error("ends_at", _("The end must be after the start."))
        return cleaned_data


def place_panel() -> MultiFieldPanel:
    """Where the meeting is, how to get in and who is there."""
    return MultiFieldPanel(
        [FieldPanel(name) for name in PLACE_FIELDS], heading=gettext_lazy("Place and people")
    )


meeting_panels = ObjectList(
    [
        MultiFieldPanel(
            [
                FieldPanel("area"),
                FieldPanel("kind"),
                FieldPanel("topic"),
                FieldPanel("description"),
            ],
            heading=gettext_lazy("Meeting"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
                FieldPanel("cancelled"),
            ],
            heading=gettext_lazy("Date and time"),
        ),
        place_panel(),
        FieldPanel("report"),
    ],
    base_form_class=MeetingForm,
)


class WhenFilter(django_filters.ChoiceFilter):
    """Upcoming (not yet ended) or past meetings."""

    UPCOMING = "upcoming"
    PAST = "past"

    def __init__(self, *args, **kwargs):
        kwargs.setdefault(
            "choices",
            [(self.UPCOMING, gettext_lazy("Upcoming")), (self.PAST, gettext_lazy("Past"))],
        )
        super().__init__(*args, **kwargs)

    def filter(self, queryset, value):
        if value == self.UPCOMING:
            return queryset.filter(ends_at__gte=timezone.now())
        if value == self.PAST:
            return queryset.filter(ends_at__lt=timezone.now())
        return queryset


class MeetingFilterSet(WagtailFilterSet):
    """Filter meetings by area, kind and upcoming or past."""

    area = django_filters.ModelChoiceFilter(label=gettext_lazy("Area"), queryset=_areas)
    kind = django_filters.ChoiceFilter(label=gettext_lazy("Kind"), choices=MeetingKind.choices)
    when = WhenFilter(label=gettext_lazy("When"))

    class Meta:
        model = Meeting
        fields = ["area", "kind", "when"]


class MeetingViewSet(SnippetViewSet):
    """ "Neighbourhoods" → "Meetings": neighbourhood tables, office hours sessions, meetings."""

    model = Meeting
    icon = "date"
    menu_label = gettext_lazy("Meetings")
    menu_name = "neighbourhood_meetings"
    menu_hook = NEIGHBOURHOODS_MENU_HOOK
    add_to_admin_menu = True
    menu_order = 100
    url_prefix = "neighbourhoods/meetings"
    edit_handler = meeting_panels
    list_display = [
        "topic",
        Column("area", label=gettext_lazy("area"), sort_key="area__title"),
        Column("get_kind_display", label=gettext_lazy("kind"), sort_key="kind"),
        Column("starts_at", label=gettext_lazy("starts at"), accessor=_start, sort_key="starts_at"),
        BooleanColumn("cancelled", label=gettext_lazy("cancelled"), sort_key="cancelled"),
    ]
    filterset_class = MeetingFilterSet
    search_fields = ["topic"]
    search_backend_name = None
    ordering = "-starts_at"
    inspect_view_enabled = False

    def get_queryset(self, request):
        return Meeting.objects.select_related("area")


# Recurring office hours


class OfficeHoursForm(WagtailAdminModelForm):
    """The times and dates of a rule must make sense, and a cancelled date must be a date on
    which the office hours would take place, once."""

    def clean(self):
        cleaned_data = super().clean()
        start_time, end_time = cleaned_data.get("start_time"), cleaned_data.get("end_time")
        if start_time and end_time and end_time <= start_time:
            self.add_error("end_time", _("The end time must be after the start time."))
        starts_on, ends_on = cleaned_data.get("starts_on"), cleaned_data.get("ends_on")
        if starts_on and ends_on and ends_on < starts_on:
            self.add_error("ends_on", _("The last date cannot be before the first date."))
        self._check_cancellations(cleaned_data)
        return cleaned_data

    def _rule(self, cleaned_data):
        """The rule as filled in, or None while part of it is missing or wrong."""
        names = ("week_of_month", "weekday", "starts_on", "ends_on")
        if any(name in self.errors for name in names):
            return None
        values = {name: cleaned_data.get(name) for name in names}
        if values["week_of_month"] is None or values["weekday"] is None or not values["starts_on"]:
            return None
        return types.SimpleNamespace(**values)

    def _check_cancellations(self, cleaned_data):
        formset = self.formsets.get("cancellations")
        rule = self._rule(cleaned_data)
        if formset is None or rule is None:
            return
        # Checked before the formset's own unique check: a row marked here is invalid, so that
        # check (with its message naming database fields) leaves it alone.
        seen = set()
        for form in formset.forms:
            if not form.is_valid() or form.cleaned_data.get("DELETE"):
                continue
            day = form.cleaned_data.get("date")
            if not day:
                continue
            if day in seen:
                form.add_error("date", _("This date is already in the list."))
            elif not recurrence.is_rule_date(rule, day):
                form.add_error("date", self._not_a_rule_date(rule, day))
            seen.add(day)

    @staticmethod
    def _not_a_rule_date(rule, day) -> str:
        nearby = recurrence.rule_dates(rule, day, day + datetime.timedelta(days=62))
        if nearby:
            return _(
                "There are no office hours on %(date)s by this rule. The next date is %(next)s."
            ) % {"date": _date(day), "next": _date(nearby[0])}
        return _("There are no office hours on %(date)s by this rule.") % {"date": _date(day)}


class OfficeHoursDatesPanel(ReadOnlyTemplatePanel):
    """The saved rule in words with its next dates, cancelled ones marked."""

    class BoundPanel(ReadOnlyTemplatePanel.BoundPanel):
        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            schedule = self.instance
            context["rule_text"] = recurrence.describe(schedule)
            today = timezone.localdate()
            dates = recurrence.occurrences(schedule, today, today + datetime.timedelta(days=400))
            context["next_dates"] = dates[:PREVIEW_DATES]
            return context


office_hours_panels = ObjectList(
    [
        OfficeHoursDatesPanel(
            "neighbourhoods/admin/meeting_office_hours_dates.html",
            "schedule",
            heading=gettext_lazy("Next dates"),
        ),
        MultiFieldPanel(
            [FieldPanel("area"), FieldPanel("kind"), FieldPanel("topic")],
            heading=gettext_lazy("Office hours"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("week_of_month"), FieldPanel("weekday")]),
                FieldRowPanel([FieldPanel("start_time"), FieldPanel("end_time")]),
                FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")]),
            ],
            heading=gettext_lazy("When"),
        ),
        place_panel(),
        MultiFieldPanel(
            [
                FieldPanel("appointment_types", widget=forms.CheckboxSelectMultiple),
                FieldRowPanel([FieldPanel("slot_minutes"), FieldPanel("desks")]),
            ],
            heading=gettext_lazy("Booking a time"),
            help_text=gettext_lazy(
                "Residents book a time on the dates above; you do not type the hours again. "
                "When you cancel a date, residents who booked on it get an e-mail."
            ),
        ),
        InlinePanel(
            "cancellations",
            heading=gettext_lazy("Cancelled dates"),
            label=gettext_lazy("Cancelled date"),
            help_text=gettext_lazy(
                "The office hours do not take place on these dates. "
                "The agenda shows them as cancelled."
            ),
        ),
    ],
    base_form_class=OfficeHoursForm,
)


def rule_column(schedule: RecurringOfficeHours) -> str:
    return recurrence.describe(schedule)


def next_date_column(schedule: RecurringOfficeHours) -> str:
    occurrence = recurrence.next_occurrence(schedule)
    if occurrence is None:
        return _("No more dates")
    return _date(occurrence.date)


class OfficeHoursFilterSet(WagtailFilterSet):
    """Filter recurring office hours by area and kind."""

    area = django_filters.ModelChoiceFilter(label=gettext_lazy("Area"), queryset=_areas)
    kind = django_filters.ChoiceFilter(label=gettext_lazy("Kind"), choices=MeetingKind.choices)

    class Meta:
        model = RecurringOfficeHours
        fields = ["area", "kind"]


class RecurringOfficeHoursViewSet(SnippetViewSet):
    """ "Neighbourhoods" → "Office hours": rules such as "every first Tuesday of the month"."""

    model = RecurringOfficeHours
    icon = "time"
    menu_label = gettext_lazy("Office hours")
    menu_name = "neighbourhood_office_hours"
    menu_hook = NEIGHBOURHOODS_MENU_HOOK
    add_to_admin_menu = True
    menu_order = 110
    url_prefix = "neighbourhoods/office-hours"
    edit_handler = office_hours_panels
    list_display = [
        "topic",
        Column("area", label=gettext_lazy("area"), sort_key="area__title"),
        Column("rule", label=gettext_lazy("when"), accessor=rule_column),
        Column("next_date", label=gettext_lazy("next date"), accessor=next_date_column),
    ]
    filterset_class = OfficeHoursFilterSet
    search_fields = ["topic", "location_name"]
    search_backend_name = None
    inspect_view_enabled = False

    def get_queryset(self, request):
        return RecurringOfficeHours.objects.select_related("area").prefetch_related("cancellations")


register_snippet(MeetingViewSet)
register_snippet(RecurringOfficeHoursViewSet)


@hooks.register("after_create_snippet")
@hooks.register("after_edit_snippet")
def sync_bookable_office_hours(request, instance):
    """Saved office hours keep their appointment location up to date (and cancel what was booked
    on a date that was cancelled)."""
    if isinstance(instance, RecurringOfficeHours):
        bookable_office_hours.sync_bookable(instance, user=request.user)


@hooks.register("after_delete_snippet")
def stop_deleted_office_hours(request, instances):
    """Deleted office hours take no more appointments."""
    for instance in instances:
        if isinstance(instance, RecurringOfficeHours):
            bookable_office_hours.stop_bookable(instance)
