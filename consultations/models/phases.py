"""The phases of a consultation: the lifecycle every consultation goes through, and one dated
phase of a consultation's timeline.

Kept apart from the page models because the page's routes (``consultations.routes``), which
``ConsultationPage`` is assembled from, need the phase kinds while the page module is loading.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable


class PhaseKind(models.TextChoices):
    """The lifecycle of a consultation, in order."""

    ANNOUNCED = "announced", _("Announced")
    INPUT = "input", _("Open for input")
    PROCESSING = "processing", _("Processing")
    FEEDBACK = "feedback", _("Feedback published")
    CLOSED = "closed", _("Closed")


class ConsultationPhase(Orderable):
    """One phase of a consultation with its dates, shown as a timeline."""

    page = ParentalKey(
        "consultations.ConsultationPage", on_delete=models.CASCADE, related_name="phases"
    )
    kind = models.CharField(_("phase"), max_length=20, choices=PhaseKind.choices)
    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(_("ends on"), null=True, blank=True)
    description = models.CharField(_("description"), max_length=250, blank=True)

    panels = [
        FieldPanel("kind"),
        FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")]),
        FieldPanel("description"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("phase")
        verbose_name_plural = _("phases")

    def __str__(self):
        return f"{self.get_kind_display()} ({self.starts_on})"

    def clean(self):
        if self.ends_on and self.starts_on and self.ends_on < self.starts_on:
            raise ValidationError(
                {"ends_on": _("The end date must be on or after the start date.")}
            )
