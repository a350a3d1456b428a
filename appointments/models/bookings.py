"""Bookings, and the load of every slot that keeps a slot from being booked twice.

A slot is one cell of a location's grid (``slot_minutes``) at a wall-clock time. ``SlotLoad``
holds, per location and start, how many residents the slot can take (``capacity``, from the
opening rule's staff) and how many are booked. Taking a place is one conditional UPDATE
(``booked < capacity``), and a CHECK constraint (``booked <= capacity``) backs it up in the
database: fifty residents reaching for the last place get exactly one booking, whatever the
number of web workers. A booking that takes several slots takes them all or none.

A booking is first *held* while the resident types their details (``hold_expires_at``); it is
confirmed, or it expires and its places are given back.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from appointments.models.offer import AppointmentLocation, AppointmentType
from core.retention import BLANK
from participation.models import ContactDetails

NAME_MAX_LENGTH = 100
EMAIL_MAX_LENGTH = 254
PHONE_MAX_LENGTH = 20
ADDRESS_MAX_LENGTH = 200
REMARKS_MAX_LENGTH = 500


class SlotLoad(models.Model):
    """How many residents one slot of a location can take, and how many it has."""

    location = models.ForeignKey(
        AppointmentLocation, on_delete=models.CASCADE, related_name="slot_loads"
    )
    starts_at = models.DateTimeField(_("starts at"))
    capacity = models.PositiveSmallIntegerField(_("capacity"))
    booked = models.PositiveSmallIntegerField(_("booked"), default=0)

    class Meta:
        verbose_name = _("slot load")
        verbose_name_plural = _("slot loads")
        constraints = [
            models.UniqueConstraint(fields=["location", "starts_at"], name="slot_load_once"),
            models.CheckConstraint(
                condition=models.Q(booked__lte=models.F("capacity")),
                name="slot_load_not_overbooked",
            ),
        ]

    def __str__(self):
        return f"{self.location} {self.starts_at:%Y-%m-%d %H:%M} {self.booked}/{self.capacity}"


class BookingStatus(models.TextChoices):
    HELD = "held", _("Held")
    CONFIRMED = "confirmed", _("Confirmed")
    ARRIVED = "arrived", _("Arrived")
    NO_SHOW = "no_show", _("Did not come")
    CANCELLED = "cancelled", _("Cancelled")
    EXPIRED = "expired", _("Not completed")


#: The statuses in which a booking takes its places.
TAKING_PLACES = (BookingStatus.HELD, BookingStatus.CONFIRMED, BookingStatus.ARRIVED)


class Booking(ContactDetails, models.Model):
    """One appointment: where, when, for what, and whom to tell."""

    contact_fields = {"name": BLANK, "email": BLANK, "phone": BLANK, "address": BLANK}

    reference = models.CharField(_("reference"), max_length=12, unique=True)
    location = models.ForeignKey(
        AppointmentLocation,
        verbose_name=_("location"),
        on_delete=models.PROTECT,
        related_name="bookings",
    )
    types = models.ManyToManyField(
        AppointmentType, verbose_name=_("appointment types"), related_name="bookings"
    )
    starts_at = models.DateTimeField(_("starts at"), db_index=True)
    ends_at = models.DateTimeField(_("ends at"))
    status = models.CharField(
        _("status"), max_length=20, choices=BookingStatus.choices, default=BookingStatus.HELD
    )
    hold_expires_at = models.DateTimeField(_("held until"), null=True, blank=True)
    name = models.CharField(_("name"), max_length=NAME_MAX_LENGTH, blank=True)
    email = models.EmailField(_("e-mail address"), max_length=EMAIL_MAX_LENGTH, blank=True)
    phone = models.CharField(_("phone number"), max_length=PHONE_MAX_LENGTH, blank=True)
    address = models.CharField(_("address"), max_length=ADDRESS_MAX_LENGTH, blank=True)
    remarks = models.TextField(_("remarks"), max_length=REMARKS_MAX_LENGTH, blank=True)
    token_hash = models.CharField(max_length=64, blank=True, editable=False)
    sequence = models.PositiveSmallIntegerField(
        default=0, editable=False, help_text="iCalendar SEQUENCE: one more on every change."
    )
    booked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("booked by staff member"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)
    reminded_at = models.DateTimeField(_("reminder sent at"), null=True, blank=True)
    anonymised_at = models.DateTimeField(_("anonymised at"), null=True, blank=True)

    class Meta:
        verbose_name = _("appointment")
        verbose_name_plural = _("appointments")
        ordering = ["starts_at"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_at__gt=models.F("starts_at")),
                name="booking_ends_after_start",
            ),
        ]
        indexes = [models.Index(fields=["status", "hold_expires_at"])]

    def __str__(self):
        return f"{self.reference} {self.starts_at:%Y-%m-%d %H:%M}"

    @property
    def duration_minutes(self) -> int:
        return int((self.ends_at - self.starts_at).total_seconds() // 60)

    @property
    def is_active(self) -> bool:
        return self.status in (BookingStatus.HELD, BookingStatus.CONFIRMED)
