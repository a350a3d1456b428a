"""What residents can book, and where: appointment types and the locations that offer them.

An appointment type is one thing to arrange (a passport, a marriage notice, a home visit, a
talk at the neighbourhood office hours), usually linked to the product page that explains it,
with how long it takes. A location is a counter (the Gemeentewinkel), a neighbourhood centre
(linked to its area), the resident's home or the phone. Booking several types in one
appointment adds up their durations.
"""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

#: The shortest and the longest appointment one type may take.
MIN_DURATION_MINUTES = 5
MAX_DURATION_MINUTES = 240
#: The longest name of a location.
MAX_LOCATION_NAME_LENGTH = 100


class LocationKind(models.TextChoices):
    COUNTER = "counter", _("Counter")
    NEIGHBOURHOOD_CENTRE = "neighbourhood_centre", _("Neighbourhood centre")
    HOME = "home", _("At your home")
    PHONE = "phone", _("By phone")


class AppointmentLocation(models.Model):
    """Where an appointment takes place, with the grid its slots follow."""

    name = models.CharField(_("name"), max_length=MAX_LOCATION_NAME_LENGTH, unique=True)
    kind = models.CharField(
        _("kind"), max_length=30, choices=LocationKind.choices, default=LocationKind.COUNTER
    )
    address = models.CharField(
        _("address"),
        max_length=200,
        blank=True,
        help_text=_("Street, number and place. Leave empty for appointments at home or by phone."),
    )
    area = models.ForeignKey(
        "places.Area",
        verbose_name=_("area"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="appointment_locations",
        help_text=_("The village or neighbourhood of a neighbourhood centre."),
    )
    slot_minutes = models.PositiveSmallIntegerField(
        _("slot length in minutes"),
        default=10,
        validators=[MinValueValidator(5), MaxValueValidator(60)],
        help_text=_("Appointments start on this grid; a longer appointment takes several slots."),
    )
    directions = models.TextField(
        _("directions"),
        max_length=1000,
        blank=True,
        help_text=_("How to get there and where to report, in plain language."),
    )
    is_active = models.BooleanField(_("bookable"), default=True)
    kept_by = models.CharField(
        _("kept up to date by"),
        max_length=200,
        blank=True,
        editable=False,
        help_text=_(
            "Another part of the site keeps this location's details and hours, such as "
            "neighbourhood office hours. Change them there."
        ),
    )

    class Meta:
        verbose_name = _("appointment location")
        verbose_name_plural = _("appointment locations")
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(slot_minutes__gte=5) & models.Q(slot_minutes__lte=60),
                name="appointment_location_slot_length",
            )
        ]

    def __str__(self):
        return self.name

    @property
    def needs_address(self) -> bool:
        """A home visit needs the resident's address."""
        return self.kind == LocationKind.HOME


class AppointmentType(models.Model):
    """One thing a resident can make an appointment for."""

    name = models.CharField(_("name"), max_length=100, unique=True)
    product = models.ForeignKey(
        "kcc_content.ProductPage",
        verbose_name=_("product"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="appointment_types",
        help_text=_("The product page that explains it (what to bring, costs)."),
    )
    duration_minutes = models.PositiveSmallIntegerField(
        _("duration in minutes"),
        validators=[
            MinValueValidator(MIN_DURATION_MINUTES),
            MaxValueValidator(MAX_DURATION_MINUTES),
        ],
    )
    locations = models.ManyToManyField(
        AppointmentLocation,
        verbose_name=_("locations"),
        related_name="appointment_types",
        help_text=_("Where this appointment can take place."),
    )
    what_to_bring = models.TextField(
        _("what to bring"),
        max_length=1000,
        blank=True,
        help_text=_("Shown with the booking and in the confirmation e-mail."),
    )
    minimum_notice_hours = models.PositiveSmallIntegerField(
        _("minimum notice in hours"),
        default=2,
        help_text=_("How long before the start residents can still book."),
    )
    booking_horizon_days = models.PositiveSmallIntegerField(
        _("booking horizon in days"),
        default=42,
        validators=[MinValueValidator(1), MaxValueValidator(366)],
        help_text=_("How far ahead residents can book."),
    )
    is_active = models.BooleanField(_("bookable"), default=True)

    class Meta:
        verbose_name = _("appointment type")
        verbose_name_plural = _("appointment types")
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(duration_minutes__gte=MIN_DURATION_MINUTES)
                & models.Q(duration_minutes__lte=MAX_DURATION_MINUTES),
                name="appointment_type_duration",
            ),
            models.CheckConstraint(
                condition=models.Q(booking_horizon_days__gte=1),
                name="appointment_type_horizon",
            ),
        ]

    def __str__(self):
        return self.name
