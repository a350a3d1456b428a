"""When a location can be booked: weekly opening rules and closed days.

An opening rule says "on Tuesdays from 09:00 to 12:30, two staff" (``desks``: how many residents
can be helped at the same time), from a first date until an optional last date. Closed days (a
training day, a move, a storm) close one location, or every location when no location is given,
with a reason residents see. Public holidays (``core.public_holidays``) close every location.
All times are wall-clock times in the office time zone (``core.working_time``): 09:00 stays
09:00 across the switch to and from summer time.
"""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from appointments.models.offer import AppointmentLocation
from core.weekdays import Weekday


class OpeningRule(models.Model):
    """Weekly hours in which a location takes appointments, with its capacity."""

    location = models.ForeignKey(
        AppointmentLocation,
        verbose_name=_("location"),
        on_delete=models.CASCADE,
        related_name="opening_rules",
    )
    weekday = models.SmallIntegerField(_("day"), choices=Weekday.choices)
    start_time = models.TimeField(_("from"))
    end_time = models.TimeField(_("until"))
    desks = models.PositiveSmallIntegerField(
        _("staff"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(50)],
        help_text=_("How many residents can be helped at the same time."),
    )
    starts_on = models.DateField(_("first date"))
    ends_on = models.DateField(
        _("last date"), null=True, blank=True, help_text=_("Leave empty when there is no end date.")
    )

    class Meta:
        verbose_name = _("opening rule")
        verbose_name_plural = _("opening rules")
        ordering = ["location__name", "weekday", "start_time"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end_time__gt=models.F("start_time")),
                name="opening_rule_end_after_start",
            ),
            models.CheckConstraint(
                condition=models.Q(ends_on__isnull=True)
                | models.Q(ends_on__gte=models.F("starts_on")),
                name="opening_rule_last_date_after_first",
            ),
            models.CheckConstraint(
                condition=models.Q(desks__gte=1), name="opening_rule_at_least_one_desk"
            ),
        ]

    def __str__(self):
        return (
            f"{self.location}: {self.get_weekday_display()} "
            f"{self.start_time:%H:%M}–{self.end_time:%H:%M}"
        )


class Closure(models.Model):
    """A day on which one location (or every location) takes no appointments."""

    location = models.ForeignKey(
        AppointmentLocation,
        verbose_name=_("location"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="closures",
        help_text=_("Leave empty to close every location."),
    )
    date = models.DateField(_("date"), db_index=True)
    reason = models.CharField(
        _("reason"), max_length=150, help_text=_("Residents see this, so write it plainly.")
    )

    class Meta:
        verbose_name = _("closed day")
        verbose_name_plural = _("closed days")
        ordering = ["date"]
        constraints = [
            models.UniqueConstraint(fields=["location", "date"], name="closure_once_per_day"),
        ]

    def __str__(self):
        return f"{self.date:%Y-%m-%d} {self.location or _('all locations')}: {self.reason}"
