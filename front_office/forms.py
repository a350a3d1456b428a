"""The residents' forms: "Bel mij terug" (callback) and "Stel uw vraag" (written question).

Both use the honeypot and the invisible-character cleaning of ``participation.spam_protection``;
lengths come from the model. A product page adds the product as a hidden field, checked against
the live product pages on the server. Error messages are in the resident's language (Dutch).
"""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from front_office.models import ContactRequest
from front_office.models.requests import PreferredTime
from kcc_content.models import ProductPage
from participation.spam_protection import HoneypotFormMixin

DUTCH_PHONE = re.compile(r"^(?:\+31|0031|0)[1-9]\d{8}$")


def validate_dutch_phone(value: str) -> str:
    """A Dutch phone number (landline or mobile), with or without +31, spaces and dashes."""
    digits = re.sub(r"[\s\-().]", "", value)
    if not DUTCH_PHONE.match(digits):
        raise ValidationError(
            _("Enter a Dutch phone number of 10 digits, for example 0162 123 456."),
            code="phone",
        )
    return digits


def _field(name: str) -> object:
    return ContactRequest._meta.get_field(name)


class ResidentRequestForm(HoneypotFormMixin, forms.Form):
    """The fields both forms share."""

    subject = forms.CharField(
        label=_("Subject"),
        max_length=_field("subject").max_length,
        error_messages={"required": _("Fill in the subject of your question.")},
    )
    question = forms.CharField(
        label=_("Your question"),
        max_length=_field("question").max_length,
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={"required": _("Fill in your question.")},
    )
    name = forms.CharField(
        label=_("Your name (optional)"), max_length=_field("name").max_length, required=False
    )
    product = forms.ModelChoiceField(
        queryset=ProductPage.objects.live(), required=False, widget=forms.HiddenInput
    )


class CallbackForm(ResidentRequestForm):
    """Bel mij terug: phone number required, preferred time of day."""

    kind = "callback"

    phone = forms.CharField(
        label=_("Your phone number"),
        max_length=_field("phone").max_length,
        error_messages={"required": _("Fill in your phone number.")},
    )
    preferred_time = forms.ChoiceField(
        label=_("When can we call you best?"),
        choices=PreferredTime.choices,
        initial=PreferredTime.ANY,
        widget=forms.RadioSelect,
    )

    field_order = ["subject", "question", "phone", "name", "preferred_time"]

    def clean_phone(self):
        return validate_dutch_phone(self.cleaned_data["phone"])


class QuestionForm(ResidentRequestForm):
    """Stel uw vraag: e-mail address required, the answer comes by e-mail."""

    kind = "question"

    email = forms.EmailField(
        label=_("Your e-mail address"),
        max_length=254,
        error_messages={
            "required": _("Fill in your e-mail address."),
            "invalid": _("Fill in a valid e-mail address, for example naam@voorbeeld.nl."),
        },
    )

    field_order = ["subject", "question", "email", "name"]


FORMS = {"callback": CallbackForm, "question": QuestionForm}
