"""The form a resident uses to start an initiative for their neighbourhood ("Start een initiatief").

What, where, who helps, how much money (optional), a photo (optional) and the contact details.
The e-mail address is required, because we tell the resident about every step by e-mail; the
contact details are for staff only and never appear on the website. Saving records the first
status step and sends the confirmation after the commit (``neighbourhoods.initiative_status``).
"""

import re

from django import forms
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from neighbourhoods.initiative_status import record_submission
from neighbourhoods.models import Initiative, InitiativeStatus
from neighbourhoods.models.initiatives import MAX_AMOUNT
from participation.resident_fields import (
    TOO_LONG,
    DesignSystemWidgetsMixin,
    EuroAmountField,
    ResidentPhotoField,
    ResidentTextField,
)
from participation.spam_protection import HoneypotFormMixin

PHONE_CHARACTERS = re.compile(r"^\+?[0-9 ()./-]+$")
PHONE_DIGITS = (6, 15)  # "14 0162" up to an international number


def _max_length(name: str) -> int:
    return Initiative._meta.get_field(name).max_length


def amount_field(**kwargs) -> EuroAmountField:
    """An amount in euro from 0 to ``MAX_AMOUNT``, written as people in the Netherlands do."""
    return EuroAmountField(
        min_value=0,
        max_value=MAX_AMOUNT,
        max_digits=7,
        decimal_places=2,
        widget=forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"}),
        error_messages={
            "invalid": _("Write an amount in numbers, such as 750 or 750,50."),
            "min_value": _("Write an amount of 0 or more."),
            "max_value": _("This amount is too high. Write a lower amount."),
            "max_decimal_places": _("Use at most 2 digits after the comma."),
            "max_digits": _("This amount is too high. Write a lower amount."),
        },
        **kwargs,
    )


class InitiativeForm(DesignSystemWidgetsMixin, HoneypotFormMixin, forms.Form):
    """A resident's initiative with an optional request for money from the neighbourhood budget."""

    title = ResidentTextField(
        label=_("Name of your initiative"),
        help_text=_("Short and clear. Use at most 120 characters."),
        max_length=_max_length("title"),
        error_messages={"required": _("Give your initiative a name."), "max_length": TOO_LONG},
    )
    description = ResidentTextField(
        label=_("What do you want to do?"),
        help_text=_("Use at most 2000 characters. Do not write about other people."),
        max_length=Initiative._meta.get_field("description").max_length,
        widget=forms.Textarea(attrs={"rows": 8}),
        error_messages={"required": _("Write what you want to do."), "max_length": TOO_LONG},
    )
    location = ResidentTextField(
        label=_("Where?"),
        help_text=_("A street, square, park or building in your neighbourhood."),
        max_length=_max_length("location"),
        error_messages={"required": _("Write where you want to do it."), "max_length": TOO_LONG},
    )
    helpers = ResidentTextField(
        label=_("Who is helping?"),
        help_text=_("For example: neighbours, a club or a school. Do not write down names."),
        max_length=Initiative._meta.get_field("helpers").max_length,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Write who is helping."), "max_length": TOO_LONG},
    )
    budget_requested = amount_field(
        label=_("How much money do you need? (in euro)"),
        help_text=_("Only if you need money from the neighbourhood budget. For example: 750."),
        required=False,
    )
    budget_explanation = ResidentTextField(
        label=_("What is the money for?"),
        help_text=_("Fill this in when you ask for money. For example: paint, plants or a tent."),
        required=False,
        max_length=Initiative._meta.get_field("budget_explanation").max_length,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"max_length": TOO_LONG},
    )
    photo = ResidentPhotoField()
    contact_name = forms.CharField(
        label=_("Your name"),
        max_length=_max_length("contact_name"),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={"required": _("Fill in your name."), "max_length": TOO_LONG},
    )
    contact_email = forms.EmailField(
        label=_("Your e-mail address"),
        help_text=_(
            "We only use your e-mail to let you know how it is going. "
            "We never put your e-mail on the website."
        ),
        max_length=_max_length("contact_email"),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={
            "required": _("Fill in your e-mail address. We need it to tell you how it is going."),
            "invalid": _("Fill in a valid e-mail address, such as naam@voorbeeld.nl."),
            "max_length": TOO_LONG,
        },
    )
    contact_phone = forms.CharField(
        label=_("Your phone number"),
        help_text=_("Only if you would like us to call you."),
        required=False,
        max_length=_max_length("contact_phone"),
        widget=forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
        error_messages={"max_length": TOO_LONG},
    )

    field_order = [
        "title",
        "description",
        "location",
        "helpers",
        "budget_requested",
        "budget_explanation",
        "photo",
        "contact_name",
        "contact_email",
        "contact_phone",
    ]

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "initiative-%s")
        super().__init__(*args, **kwargs)

    def clean_title(self):
        """One line: the title is also the subject of the e-mails."""
        return " ".join(self.cleaned_data["title"].split())

    def clean_location(self):
        return " ".join(self.cleaned_data["location"].split())

    def clean_contact_name(self):
        name = " ".join(self.cleaned_data["contact_name"].split())
        if not name:
            raise forms.ValidationError(_("Fill in your name."), code="required")
        return name

    def clean_contact_phone(self):
        """Loosely checked: digits with spaces, dashes, brackets and an optional leading +."""
        phone = " ".join(self.cleaned_data.get("contact_phone", "").split())
        if not phone:
            return ""
        digits = sum(character.isdigit() for character in phone)
        low, high = PHONE_DIGITS
        if not PHONE_CHARACTERS.match(phone) or not low <= digits <= high:
            raise forms.ValidationError(
                _("Write a phone number with digits only, such as 06 12345678."), code="invalid"
            )
        return phone

    def clean(self):
        cleaned_data = super().clean()
        amount = cleaned_data.get("budget_requested")
        if amount and not cleaned_data.get("budget_explanation", "").strip():
            self.add_error(
                "budget_explanation",
                forms.ValidationError(_("Write what the money is for."), code="required"),
            )
        return cleaned_data

    @transaction.atomic
    def save(self, area) -> Initiative:
        """Store the initiative for ``area`` as received; the confirmation goes after commit."""
        data = self.cleaned_data
        initiative = Initiative(
            area=area,
            title=data["title"],
            description=data["description"].strip(),
            location=data["location"],
            helpers=data["helpers"].strip(),
            budget_requested=data.get("budget_requested"),
            budget_explanation=data.get("budget_explanation", "").strip(),
            contact_name=data["contact_name"],
            contact_email=data["contact_email"].strip(),
            contact_phone=data.get("contact_phone", ""),
            status=InitiativeStatus.RECEIVED,
        )
        if photo := data.get("photo"):
            initiative.image.save(photo.name, photo, save=False)
        initiative.save()
        record_submission(initiative)
        return initiative
