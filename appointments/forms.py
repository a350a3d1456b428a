"""The residents' booking forms: what and where, the time, and their details.

Every form is checked on the server; the choices come from the database, so a tampered type,
location or time is refused with a Dutch message before anything is booked.
"""

import datetime

from django import forms
from django.utils.translation import gettext_lazy as _

from appointments.booking import MAX_TYPES_PER_BOOKING
from appointments.models import AppointmentLocation, AppointmentType
from appointments.models.bookings import (
    ADDRESS_MAX_LENGTH,
    EMAIL_MAX_LENGTH,
    NAME_MAX_LENGTH,
    PHONE_MAX_LENGTH,
    REMARKS_MAX_LENGTH,
)
from participation.spam_protection import HoneypotFormMixin


class TypesField(forms.ModelMultipleChoiceField):
    """Appointment types; more than can be combined is refused before the database is asked."""

    def clean(self, value):
        if value and len(value) > MAX_TYPES_PER_BOOKING:
            raise forms.ValidationError(
                _("You can combine at most %(count)s products in one appointment.")
                % {"count": MAX_TYPES_PER_BOOKING}
            )
        return super().clean(value)


class ChoiceForm(forms.Form):
    """Step 1 (GET): what the appointment is for, and where."""

    type = TypesField(
        label=_("What do you want to arrange?"),
        queryset=AppointmentType.objects.filter(is_active=True),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose what the appointment is for.")},
    )
    locatie = forms.ModelChoiceField(
        label=_("Where?"),
        queryset=AppointmentLocation.objects.filter(is_active=True),
        widget=forms.RadioSelect,
        empty_label=None,
        error_messages={"required": _("Choose where you want to come.")},
    )

    def clean(self):
        data = super().clean()
        kinds, location = data.get("type"), data.get("locatie")
        if kinds and location:
            offered = set(location.appointment_types.values_list("pk", flat=True))
            missing = [kind.name for kind in kinds if kind.pk not in offered]
            if missing:
                self.add_error(
                    "locatie",
                    _("%(names)s cannot be arranged at %(location)s. Choose another place.")
                    % {"names": ", ".join(missing), "location": location.name},
                )
        return data


class TimeForm(forms.Form):
    """Step 2 (POST): the start time, one of the free times shown."""

    tijd = forms.DateTimeField(
        label=_("Time"),
        input_formats=["%Y-%m-%dT%H:%M:%S%z"],
        error_messages={
            "required": _("Choose a time."),
            "invalid": _("This time does not exist."),
        },
    )


class DetailsForm(HoneypotFormMixin, forms.Form):
    """Step 3 (POST): who is coming, and how we reach them."""

    name = forms.CharField(label=_("Your name"), max_length=NAME_MAX_LENGTH)
    email = forms.EmailField(
        label=_("Your e-mail address"),
        max_length=EMAIL_MAX_LENGTH,
        help_text=_("We send the confirmation and a reminder to this address."),
    )
    phone = forms.CharField(
        label=_("Your phone number (optional)"), max_length=PHONE_MAX_LENGTH, required=False
    )
    address = forms.CharField(
        label=_("Your address"), max_length=ADDRESS_MAX_LENGTH, required=False
    )
    remarks = forms.CharField(
        label=_("Anything we should know? (optional)"),
        max_length=REMARKS_MAX_LENGTH,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, needs_address: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["address"].required = needs_address
        if not needs_address:
            del self.fields["address"]

    def clean_name(self):
        return " ".join(self.cleaned_data["name"].split())

    def clean_phone(self):
        phone = self.cleaned_data["phone"].strip()
        if phone and not all(character.isdigit() or character in " +-()" for character in phone):
            raise forms.ValidationError(_("Enter a phone number with digits only."))
        return phone


def month_start(value: str | None, today: datetime.date) -> datetime.date:
    """The first day of the month ``value`` ("2027-03") names, or of this month."""
    try:
        year, month = (int(part) for part in (value or "").split("-"))
        return datetime.date(year, month, 1)
    except ValueError:
        return today.replace(day=1)
