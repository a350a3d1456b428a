"""Form fields and widgets shared by the forms residents fill in on the website.

Consultation ideas and reactions, youth proposals and ballots, and residents' initiatives use
them, so a text counts its characters the same way, an amount in euro is read the same way and a
photo is checked the same way everywhere.
"""

import re

from django import forms
from django.utils.translation import gettext_lazy as _

from participation.photo_cleaning import clean_resident_photo

THOUSANDS_WITH_DOTS = re.compile(r"^\d{1,3}(\.\d{3})+$")
TOO_LONG = _("Use at most %(limit_value)d characters. You used %(show_value)d.")

WIDGET_CLASSES = {
    forms.Textarea: "utrecht-textarea utrecht-textarea--html-textarea",
    forms.FileInput: "utrecht-file-input",
    forms.EmailInput: "utrecht-textbox utrecht-textbox--html-input",
    forms.TextInput: "utrecht-textbox utrecht-textbox--html-input",
}


class ResidentTextField(forms.CharField):
    """A text field that counts a line break as one character, as the browser does."""

    def to_python(self, value):
        value = super().to_python(value)
        return value.replace("\r\n", "\n").replace("\r", "\n")


class EuroAmountField(forms.DecimalField):
    """An amount in euro as people in the Netherlands write it: "2500", "2.500", "€ 2.500,50"."""

    def to_python(self, value):
        if isinstance(value, str):
            value = value.strip().lower().removeprefix("€").removesuffix("euro")
            value = value.removesuffix(",-").removesuffix(".-").replace(" ", "")
            if "," in value:
                value = value.replace(".", "").replace(",", ".")
            elif THOUSANDS_WITH_DOTS.match(value):
                value = value.replace(".", "")
        return super().to_python(value)


class ResidentPhotoField(forms.FileField):
    """An optional photo from a resident. Cleaning checks it and returns a re-encoded copy
    without metadata (``participation.photo_cleaning.clean_resident_photo``), or None."""

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("Photo"))
        kwargs.setdefault(
            "help_text",
            _(
                "A JPG, PNG or WebP file of at most 5 MB. "
                "We remove hidden data from the photo, such as the place where you took it."
            ),
        )
        kwargs.setdefault("required", False)
        kwargs.setdefault(
            "widget", forms.FileInput(attrs={"accept": "image/jpeg,image/png,image/webp"})
        )
        kwargs.setdefault(
            "error_messages",
            {"invalid": _("This file is not a photo. Choose a JPG, PNG or WebP file.")},
        )
        super().__init__(**kwargs)

    def clean(self, data, initial=None):
        upload = super().clean(data, initial)
        return clean_resident_photo(upload) if upload else None


class DesignSystemWidgetsMixin(forms.Form):
    """Give every visible widget the NL Design System (Utrecht) class for its kind."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            for widget_class, css_class in WIDGET_CLASSES.items():
                if isinstance(field.widget, widget_class):
                    field.widget.attrs.setdefault("class", css_class)
                    break
