"""Consultation surveys: the questions, the responses and the single-use invitation codes.

A survey is a child page of its consultation (``ConsultationSurveyPage``, with the other pages in
``consultations.models.pages``), built with Wagtail's form builder plus the question types we
need. Responses are anonymous by default; one response per person is enforced either with a signed
cookie or with single-use invitation codes (chosen per survey), and the database refuses a second
response with the same respondent key.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.contrib.forms.models import AbstractFormField, AbstractFormSubmission

from consultations.models.contributions import Participant, Source

SURVEY_FIELD_CHOICES = (
    ("radio", _("Single choice")),
    ("checkboxes", _("Multiple choice")),
    ("scale", _("Scale 1 to 5")),
    ("singleline", _("Short text")),
    ("multiline", _("Long text")),
    ("postcode_area", _("Postcode area (4 digits)")),
    ("age_band", _("Age band")),
)


class SurveyField(AbstractFormField):
    """One question of a consultation survey."""

    page = ParentalKey(
        "ConsultationSurveyPage", on_delete=models.CASCADE, related_name="form_fields"
    )
    field_type = models.CharField(
        verbose_name=_("question type"), max_length=16, choices=SURVEY_FIELD_CHOICES
    )
    scale_low_label = models.CharField(
        _("label at 1 (lowest)"),
        max_length=60,
        blank=True,
        help_text=_(
            'Only for a scale question. For example: "Very dissatisfied". '
            'Empty: "Strongly disagree".'
        ),
    )
    scale_high_label = models.CharField(
        _("label at 5 (highest)"),
        max_length=60,
        blank=True,
        help_text=_(
            'Only for a scale question. For example: "Very satisfied". Empty: "Strongly agree".'
        ),
    )

    panels = [
        *AbstractFormField.panels,
        FieldRowPanel(
            [FieldPanel("scale_low_label"), FieldPanel("scale_high_label")],
            heading=_("Scale ends"),
        ),
    ]


class SurveyResponse(AbstractFormSubmission):
    """One filled-in survey, online or entered by staff from paper, with its source."""

    source = models.CharField(
        _("source"), max_length=20, choices=Source.choices, default=Source.ONLINE
    )
    respondent_key = models.CharField(
        _("respondent key"),
        max_length=64,
        null=True,
        blank=True,
        help_text=_("A keyed hash of the browser token or invitation code; never the code itself."),
    )
    participant = models.ForeignKey(
        Participant, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("survey response")
        verbose_name_plural = _("survey responses")
        constraints = [
            models.UniqueConstraint(
                fields=["page", "respondent_key"], name="one_survey_response_per_respondent"
            ),
        ]


class InvitationCode(models.Model):
    """A single-use code that lets one person fill in a survey; stored only as a keyed hash."""

    survey = models.ForeignKey(
        "ConsultationSurveyPage", on_delete=models.CASCADE, related_name="invitation_codes"
    )
    code_hash = models.CharField(max_length=64, unique=True)
    batch = models.CharField(_("batch"), max_length=100, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("invitation code")
        verbose_name_plural = _("invitation codes")

    def __str__(self):
        return f"{_('invitation code')} {self.pk}"
