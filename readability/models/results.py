"""The stored plain-language verdict of each published page or snippet."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from core.content_register import ContentRegister, one_row_per_object


class ReadabilityResult(ContentRegister):
    """The latest plain-language verdict for one published object (page or snippet).

    The identity columns (object, title, owning team) come from the content register in
    ``core``; the section and the B1 verdict are this table's own.
    """

    section = models.ForeignKey(
        Page,
        verbose_name=_("section"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    meets_b1 = models.BooleanField(_("meets B1"))
    level = models.CharField(_("level"), max_length=2)
    flesch_douma = models.FloatField(_("Flesch-Douma"))
    words = models.PositiveIntegerField(_("words"))
    problems = models.CharField(
        _("problems"), max_length=300, blank=True, help_text=_("Checks that are red or orange.")
    )
    checks = models.JSONField(_("checks"), default=dict)
    analysed_at = models.DateTimeField(_("analysed at"), default=timezone.now)

    class Meta:
        verbose_name = _("readability result")
        permissions = [("view_readability_report", _("Can view the readability report"))]
        constraints = [one_row_per_object("one_readability_result_per_object")]
        indexes = [models.Index(fields=["meets_b1", "level"])]

    def __str__(self):
        return f"{self.title}: {self.level}"
