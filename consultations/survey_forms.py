"""The survey form: Wagtail's form builder with the question types consultations need.

Every question type validates on the server with a clear message for residents. Answers are
stored as plain text in ``SurveyResponse.form_data`` under the question's ``clean_name``; the
optional e-mail address never goes there (it is kept in a ``Participant``, apart from the answers).

Two forms share the questions: ``OnlineSurveyForm`` for residents (honeypot, and an invitation
code when the survey uses codes) and ``StaffSurveyForm`` for participation staff who type in a
paper form or the answers from a meeting (with the source instead).
"""

import re

from django import forms
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.forms import BaseForm, FormBuilder

from consultations.models.contributions import Source
from participation.resident_fields import DesignSystemWidgetsMixin
from participation.spam_protection import HONEYPOT_FIELD, HoneypotFormMixin

SHORT_TEXT_MAX = 200
LONG_TEXT_MAX = 2000
POSTCODE_AREA_PATTERN = r"^[1-9][0-9]{3}$"
EMAIL_FIELD = "email_for_outcome"
CODE_FIELD = "invitation_code"
SOURCE_FIELD = "source"
NOT_QUESTIONS = (EMAIL_FIELD, CODE_FIELD, SOURCE_FIELD, HONEYPOT_FIELD)

AGE_BANDS = (
    ("under_18", _("Younger than 18")),
    ("18_29", _("18 to 29 years")),
    ("30_44", _("30 to 44 years")),
    ("45_64", _("45 to 64 years")),
    ("65_79", _("65 to 79 years")),
    ("80_plus", _("80 or older")),
    ("not_said", _("I would rather not say")),
)
SCALE_VALUES = ("1", "2", "3", "4", "5")
DEFAULT_SCALE_LABELS = (
    _("Strongly disagree"),
    _("Disagree"),
    _("Neutral"),
    _("Agree"),
    _("Strongly agree"),
)
TEXT_TYPES = ("singleline", "multiline")
CHOICE_TYPES = ("radio", "checkboxes")


def split_choices(text: str) -> list[str]:
    """The options an editor typed, one per line (or separated by commas on one line)."""
    lines = [line.strip() for line in (text or "").strip().splitlines() if line.strip()]
    if len(lines) > 1:
        return lines
    return [part.strip() for part in (text or "").split(",") if part.strip()]


def scale_ends(field) -> tuple[str, str]:
    """The words at 1 and at 5 of a scale question: the editor's end labels, or "Strongly
    disagree" and "Strongly agree" for an end left empty."""
    low = field.scale_low_label.strip() or str(DEFAULT_SCALE_LABELS[0])
    high = field.scale_high_label.strip() or str(DEFAULT_SCALE_LABELS[-1])
    return low, high


def scale_words(field) -> list[str]:
    """The words at the five points of a scale question ("" where a point has only its number).

    An editor may give five own labels (one per line) in the question's choices, or only the two
    end labels; then the points in between have no words, because the default words in between
    ("Agree") would not fit ends such as "Very dissatisfied".
    """
    own = split_choices(field.choices)
    if len(own) == len(SCALE_VALUES):
        return own
    if field.scale_low_label.strip() or field.scale_high_label.strip():
        low, high = scale_ends(field)
        return [low, "", "", "", high]
    return [str(label) for label in DEFAULT_SCALE_LABELS]


def scale_labels(field) -> list[tuple[str, str]]:
    """The five options of a scale question: ``("1", "1 – Strongly disagree")``, ``("2", "2")``
    when the point has no words of its own."""
    return [
        (value, f"{value} – {word}" if word else value)
        for value, word in zip(SCALE_VALUES, scale_words(field), strict=True)
    ]


class PostcodeAreaField(forms.CharField):
    """The four digits of a Dutch postcode; the letters are not asked."""

    default_error_messages = {
        "invalid": _("Enter the 4 digits of your postcode, for example 4931."),
    }

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 4)
        super().__init__(**kwargs)
        self.validators.append(
            RegexValidator(POSTCODE_AREA_PATTERN, message=self.error_messages["invalid"])
        )
        self.widget.attrs.update({"inputmode": "numeric", "size": "4", "autocomplete": "off"})

    def to_python(self, value):
        return re.sub(r"\s+", "", super().to_python(value))


class SurveyFormBuilder(FormBuilder):
    """Builds the Django form fields for the survey's question types."""

    def create_singleline_field(self, field, options):
        options["max_length"] = SHORT_TEXT_MAX
        return forms.CharField(**options)

    def create_multiline_field(self, field, options):
        options["max_length"] = LONG_TEXT_MAX
        options["widget"] = forms.Textarea(attrs={"rows": 6})
        return forms.CharField(**options)

    def create_radio_field(self, field, options):
        options["choices"] = [(choice, choice) for choice in split_choices(field.choices)]
        options["widget"] = forms.RadioSelect
        return forms.ChoiceField(**options)

    def create_checkboxes_field(self, field, options):
        options["choices"] = [(choice, choice) for choice in split_choices(field.choices)]
        options["initial"] = split_choices(field.default_value)
        options["widget"] = forms.CheckboxSelectMultiple
        return forms.MultipleChoiceField(**options)

    def create_scale_field(self, field, options):
        options["choices"] = scale_labels(field)
        options["widget"] = forms.RadioSelect
        scale = forms.ChoiceField(**options)
        words = scale_words(field)
        # When the points in between are bare numbers, the template explains both ends once, so
        # "3" is clear to someone who hears the options read out.
        scale.scale_ends = None if words[1] else (words[0], words[-1])
        return scale

    def create_postcode_area_field(self, field, options):
        return PostcodeAreaField(**options)

    def create_age_band_field(self, field, options):
        options["choices"] = AGE_BANDS
        options["widget"] = forms.RadioSelect
        return forms.ChoiceField(**options)

    def get_field_options(self, field):
        options = super().get_field_options(field)
        options["error_messages"] = {"required": _("Please answer this question.")}
        if field.field_type == "checkboxes":
            options["error_messages"]["required"] = _("Choose at least one answer.")
        if field.field_type in ("radio", "scale", "age_band"):
            options["initial"] = None
        return options

    def get_form_class(self, base_class=None):
        """The form class with one field per question on top of ``base_class``."""
        base_class = base_class or OnlineSurveyForm
        return type(base_class.__name__, (base_class,), self.formfields)


class SurveyAnswersForm(BaseForm):
    """The questions of one survey plus the optional e-mail address at the end."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.question_names = [name for name in self.fields if name not in NOT_QUESTIONS]
        self.fields[EMAIL_FIELD] = forms.EmailField(
            label=_("Do you want to get the outcome by e-mail?"),
            help_text=_(
                "Fill in your e-mail address. This is optional. We keep it apart from your answers."
            ),
            required=False,
            max_length=254,
            error_messages={"invalid": _("Enter a valid e-mail address, like name@example.nl.")},
            widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        )

    def answers(self) -> dict:
        """The answers to store: only the questions, never the e-mail address or the code."""
        return {name: self.cleaned_data.get(name) for name in self.question_names}

    def email(self) -> str:
        """The e-mail address the respondent gave, or ``""``."""
        return self.cleaned_data.get(EMAIL_FIELD, "")

    def order_with_extras(self, first: tuple = (), last: tuple = ()):
        """Put ``first`` before the questions and ``last`` after them."""
        self.order_fields([*first, *self.question_names, *last])


class OnlineSurveyForm(DesignSystemWidgetsMixin, HoneypotFormMixin, SurveyAnswersForm):
    """What residents fill in online; asks for an invitation code when the survey uses codes."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        first = ()
        if self.page is not None and self.page.uses_invitation_codes:
            self.fields[CODE_FIELD] = forms.CharField(
                label=_("Your invitation code"),
                help_text=_("You find the code in the letter or e-mail with the invitation."),
                max_length=20,
                error_messages={"required": _("Fill in your invitation code.")},
                widget=forms.TextInput(
                    attrs={
                        "autocomplete": "off",
                        "autocapitalize": "characters",
                        "spellcheck": "false",
                        "class": "utrecht-textbox utrecht-textbox--html-input",
                    }
                ),
            )
            first = (CODE_FIELD,)
        self.order_with_extras(first=first, last=(EMAIL_FIELD, HONEYPOT_FIELD))

    def invitation_code(self) -> str:
        """The invitation code as typed, or ``""`` when the survey does not use codes."""
        return self.cleaned_data.get(CODE_FIELD, "")


class StaffSurveyForm(SurveyAnswersForm):
    """What participation staff fill in for a paper form, a meeting or a home visit."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[SOURCE_FIELD] = forms.ChoiceField(
            label=_("Where does this response come from?"),
            choices=[(value, label) for value, label in Source.choices if value != Source.ONLINE],
        )
        self.fields[EMAIL_FIELD].label = _("E-mail address for the outcome (optional)")
        self.order_with_extras(first=(SOURCE_FIELD,), last=(EMAIL_FIELD,))

    def source(self) -> str:
        """The chosen source (paper, meeting, office hours, home visit or other)."""
        return self.cleaned_data[SOURCE_FIELD]


def build_form_class(survey, base_class):
    """The form class for ``survey`` on top of ``OnlineSurveyForm`` or ``StaffSurveyForm``."""
    return SurveyFormBuilder(survey.get_form_fields()).get_form_class(base_class)
