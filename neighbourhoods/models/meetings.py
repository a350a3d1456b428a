"""Neighbourhood office hours (wijkspreekuur) and neighbourhood table meetings (wijktafel).

A ``Meeting`` happens once; past meetings can carry a short report. ``RecurringOfficeHours`` is a
rule such as "every first Tuesday of the month, 10:00 to 11:30" from which the dates are computed
(``neighbourhoods.recurrence``), with single dates cancelled where needed.

Office hours can take appointments: when the editor chooses what residents can book a time for,
the schedule's dates become bookable slots (``neighbourhoods.bookable_office_hours``), without
typing the hours a second time as opening rules.
"""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.models import Orderable

from core.weekdays import Weekday


class MeetingKind(models.TextChoices):
    OFFICE_HOURS = "wijkspreekuur", _("Neighbourhood office hours")
    NEIGHBOURHOOD_TABLE = "wijktafel", _("Neighbourhood table")
    OTHER = "bijeenkomst", _("Meeting")


class MeetingPlaceMixin(models.Model):
    """Where a meeting is and how to get in."""

    location_name = models.CharField(
        _("place"), max_length=120, help_text=_("For example: Wijkcentrum De Schakel.")
    )
    address = models.CharField(_("address"), max_length=200)
    accessibility_note = models.CharField(
        _("accessible entrance"),
        max_length=250,
        blank=True,
        help_text=_("For example: the entrance without steps is at the back, at the car park."),
    )
    hosts = models.CharField(
        _("who is there"),
        max_length=250,
        blank=True,
        help_text=_("For example: the neighbourhood manager and the community police officer."),
    )

    class Meta:
        abstract = True


class Meeting(MeetingPlaceMixin):
    """One office hours session or neighbourhood table meeting on a date."""

    area = models.ForeignKey(
        "neighbourhoods.AreaPage",
        verbose_name=_("area"),
        on_delete=models.CASCADE,
        related_name="meetings",
    )
    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=MeetingKind.choices,
        default=MeetingKind.NEIGHBOURHOOD_TABLE,
    )
    topic = models.CharField(_("topic"), max_length=150)
    description = models.TextField(_("description"), max_length=1000, blank=True)
    starts_at = models.DateTimeField(_("starts at"), db_index=True)
    ends_at = models.DateTimeField(_("ends at"))
    cancelled = models.BooleanField(
        _("cancelled"), default=False, help_text=_("Stays in the agenda, marked as cancelled.")
    )
    report = models.TextField(
        _("short report"),
        max_length=2000,
        blank=True,
        help_text=_("After the meeting: what was discussed and what happens next."),
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("neighbourhood meeting")
        verbose_name_plural = _("neighbourhood meetings")
        ordering = ["starts_at"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_at__gt=models.F("starts_at")),
                name="meeting_ends_after_start",
            ),
        ]

    def __str__(self):
        return f"{self.topic} ({self.starts_at:%Y-%m-%d})"


class WeekOfMonth(models.IntegerChoices):
    """Which week of the month a schedule meets.

    The ordinals carry a translation context because "second" is also a unit of time ("seconde"
    in Dutch); the context is a literal so that makemessages extracts it.
    """

    EVERY = 0, _("every week")
    FIRST = 1, pgettext_lazy("ordinal weekday of the month", "first")
    SECOND = 2, pgettext_lazy("ordinal weekday of the month", "second")
    THIRD = 3, pgettext_lazy("ordinal weekday of the month", "third")
    FOURTH = 4, pgettext_lazy("ordinal weekday of the month", "fourth")
    LAST = -1, pgettext_lazy("ordinal weekday of the month", "last")


class RecurringOfficeHours(MeetingPlaceMixin, ClusterableModel):
    """Office hours on a fixed weekday, every week or on one week of each month."""

    area = models.ForeignKey(
        "neighbourhoods.AreaPage",
        verbose_name=_("area"),
        on_delete=models.CASCADE,
        related_name="recurring_office_hours",
    )
    kind = models.CharField(
        _("kind"), max_length=20, choices=MeetingKind.choices, default=MeetingKind.OFFICE_HOURS
    )
    topic = models.CharField(
        _("topic"),
        max_length=150,
        default="Wijkspreekuur",
        help_text=_("What residents can come for."),
    )
    week_of_month = models.SmallIntegerField(
        _("which week"), choices=WeekOfMonth.choices, default=WeekOfMonth.FIRST
    )
    weekday = models.SmallIntegerField(_("day"), choices=Weekday.choices)
    start_time = models.TimeField(_("from"))
    end_time = models.TimeField(_("until"))
    starts_on = models.DateField(_("first date"))
    ends_on = models.DateField(
        _("last date"), null=True, blank=True, help_text=_("Leave empty when there is no end date.")
    )
    appointment_types = ParentalManyToManyField(
        "appointments.AppointmentType",
        verbose_name=_("residents can book a time for"),
        blank=True,
        related_name="office_hours",
        help_text=_(
            "Leave empty when residents just walk in. When you choose something, residents can "
            "book a time at these office hours on the website."
        ),
    )
    slot_minutes = models.PositiveSmallIntegerField(
        _("minutes per talk"),
        default=15,
        validators=[MinValueValidator(5), MaxValueValidator(60)],
        help_text=_("Residents can book a time on this grid."),
    )
    desks = models.PositiveSmallIntegerField(
        _("talks at the same time"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(10)],
        help_text=_("How many residents the hosts can talk to at the same time."),
    )
    appointment_location = models.OneToOneField(
        "appointments.AppointmentLocation",
        verbose_name=_("appointment location"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="office_hours",
        help_text=_("Made and kept up to date from these office hours."),
    )

    class Meta:
        verbose_name = _("recurring office hours")
        verbose_name_plural = _("recurring office hours")
        ordering = ["area__title", "weekday"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end_time__gt=models.F("start_time")),
                name="office_hours_end_after_start",
            ),
            models.CheckConstraint(
                condition=models.Q(ends_on__isnull=True)
                | models.Q(ends_on__gte=models.F("starts_on")),
                name="office_hours_last_date_after_first",
            ),
        ]

    def __str__(self):
        return f"{self.topic} ({self.area.title})"


class OfficeHoursCancellation(Orderable):
    """One date on which recurring office hours do not take place."""

    schedule = ParentalKey(
        RecurringOfficeHours, on_delete=models.CASCADE, related_name="cancellations"
    )
    date = models.DateField(_("date"))
    reason = models.CharField(_("reason"), max_length=150, blank=True)

    class Meta(Orderable.Meta):
        verbose_name = _("cancelled date")
        verbose_name_plural = _("cancelled dates")
        constraints = [
            models.UniqueConstraint(fields=["schedule", "date"], name="office_hours_cancel_once"),
        ]

    def __str__(self):
        return f"{self.date:%Y-%m-%d}"
