"""Django side of the plain-language checks: the editable word list, stored results, the task.

The analyser itself (``readability.analyser``) imports nothing from Django; this module feeds it
the word list editors maintain and keeps its verdicts for listings, reports and the workflow.
"""

from functools import partial

from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import AbstractGroupApprovalTask, Page
from wagtail.search import index


class OfficialeseWord(index.Indexed, models.Model):
    """An officialese word or phrase ("teneinde") with its plain alternatives ("om")."""

    word = models.CharField(
        _("word or phrase"),
        max_length=80,
        unique=True,
        help_text=_(
            "In lower case, e.g. 'teneinde' or 'ten behoeve van'. Use … for up to eight words "
            "in between, e.g. 'nemen … in behandeling'."
        ),
    )
    alternatives = models.CharField(
        _("plain alternatives"),
        max_length=200,
        help_text=_("Separate several alternatives with |, e.g. 'door|met'."),
    )
    forms = models.CharField(
        _("other forms"),
        max_length=300,
        blank=True,
        help_text=_(
            "Inflected forms to catch as well, separated by |, e.g. 'retourneert|retourneer'. "
            "Use … for up to eight words in between, e.g. 'dient … te'."
        ),
    )
    active = models.BooleanField(_("active"), default=True)
    note = models.CharField(_("note"), max_length=300, blank=True)

    panels = [
        FieldPanel("word"),
        FieldPanel("alternatives"),
        FieldPanel("forms"),
        FieldPanel("active"),
        FieldPanel("note"),
    ]
    search_fields = [index.SearchField("word"), index.AutocompleteField("word")]

    class Meta:
        verbose_name = _("officialese word")
        verbose_name_plural = _("officialese words")
        ordering = ["word"]

    def __str__(self):
        return f"{self.word} → {self.alternatives.replace('|', ', ')}"

    def save(self, *args, **kwargs):
        self.word = " ".join(self.word.lower().split())
        super().save(*args, **kwargs)


class ReadabilityResult(models.Model):
    """The latest plain-language verdict for one published object (page or snippet)."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.CharField(max_length=255)
    content_object = GenericForeignKey("content_type", "object_id")
    title = models.CharField(_("title"), max_length=255)
    section = models.ForeignKey(
        Page,
        verbose_name=_("section"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    owning_team = models.ForeignKey(
        "auth.Group",
        verbose_name=_("owning team"),
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
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id"], name="one_readability_result_per_object"
            )
        ]
        indexes = [models.Index(fields=["meets_b1", "level"])]

    def __str__(self):
        return f"{self.title}: {self.level}"


class PlainLanguageTask(AbstractGroupApprovalTask):
    """Workflow step "B1-taalcheck".

    Approves itself when the submitted revision meets B1. Otherwise the content waits for one of
    the task's groups, who must write a reason when they approve anyway or ask for changes; the
    reason is stored on the task state and in the audit log.
    """

    def start(self, workflow_state, user=None):
        """Start the task and approve it at once when the revision meets B1."""
        from readability.workflow import approve_if_plain

        task_state = super().start(workflow_state, user=user)
        approve_if_plain(task_state)
        return task_state

    def get_actions(self, obj, user):
        """Reviewers may only approve or reject with a written reason."""
        if user.is_superuser or self._user_in_groups(user):
            return [
                ("reject", _("Request changes"), True),
                ("approve", _("Approve with reason"), True),
            ]
        return []

    def on_action(self, task_state, user, action_name, **kwargs):
        """Decide through Wagtail's ``TaskState`` API, refusing to approve what cannot go live.

        Returns where the reviewer lands: a screen they may open once the page left their task.
        """
        from kcc_content.workflow_actions import decide_unless_unpublishable

        decide = partial(super().on_action, task_state, user, action_name, **kwargs)
        return decide_unless_unpublishable(task_state, user, action_name, decide)

    def get_form_for_action(self, action):
        """The reason is required for both decisions."""
        from readability.workflow import ReasonForm

        return ReasonForm

    def get_template_for_action(self, action):
        return ""

    @classmethod
    def get_description(cls):
        return _(
            "Approves automatically when the text meets language level B1; otherwise a member "
            "of the chosen groups decides and writes down why."
        )

    class Meta:
        verbose_name = _("B1 language check")
        verbose_name_plural = _("B1 language checks")
