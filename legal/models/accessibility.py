"""The accessibility statement (toegankelijkheidsverklaring), structured as the national model
statement of DigiToegankelijk and the register at toegankelijkheidsverklaring.nl: organisation,
scope, compliance status, date, the evaluation behind it with its tools, the known problems with
their success criterion, plan and date, and whom to contact."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, TranslatableMixin

from legal.models.base import LegalPage
from legal.wcag import SUCCESS_CRITERION_CHOICES, understanding_url
from readability.panels import ReadabilityPanel


class ComplianceStatus(models.TextChoices):
    """The compliance statuses of the national register."""

    A = "A", _("A – fully compliant")
    B = "B", _("B – partially compliant")
    C = "C", _("C – first measures taken")
    D = "D", _("D – no measures taken")
    E = "E", _("E – not compliant")


#: What each status means, for residents (after the register's explanation of the statuses).
STATUS_EXPLANATIONS = {
    ComplianceStatus.A: _("The website meets all accessibility requirements."),
    ComplianceStatus.B: _(
        "The website meets part of the requirements. For each problem below you can read what "
        "we do about it and when it is solved."
    ),
    ComplianceStatus.C: _(
        "We have taken the first steps to make the website meet the requirements. We have not "
        "tested everything yet."
    ),
    ComplianceStatus.D: _("We have not yet taken steps to make the website meet the requirements."),
    ComplianceStatus.E: _("The website does not meet the requirements."),
}

#: Where residents go when our answer to an accessibility problem does not help them.
NATIONAL_OMBUDSMAN = "https://www.nationaleombudsman.nl/"


class EvaluationMethod(models.TextChoices):
    """How the site was evaluated."""

    WCAG_EM = "wcag-em", _("WCAG-EM (Website Accessibility Conformance Evaluation Methodology)")
    OTHER = "other", _("Another method")


class Standard(models.TextChoices):
    """The standard the site was evaluated against."""

    WCAG_22_AA = "wcag-2.2-aa", _("WCAG 2.2, levels A and AA")
    WCAG_21_AA = "wcag-2.1-aa", _("WCAG 2.1, levels A and AA (EN 301 549)")


class StatementForm(WagtailAdminPageForm):
    """Refuses a status that contradicts the known problems (the register's definitions)."""

    def clean(self):
        cleaned_data = super().clean()
        status = cleaned_data.get("status")
        formset = self.formsets.get("known_problems")
        problems = 0
        if formset is not None:
            # The page form is cleaned before its formsets; clean this one first to count it.
            formset.full_clean()
            problems = sum(
                1
                for form in formset.forms
                if (form.has_changed() or form.instance.pk)
                and not (formset.can_delete and formset._should_delete_form(form))
            )
        error = status_problem_error(status, problems)
        if error:
            self.add_error("status", error)
        return cleaned_data


def status_problem_error(status: str | None, known_problems: int) -> str | None:
    """Why ``status`` cannot go with this number of known problems, or None when it can.

    A (fully compliant) means an evaluation found no problems; B (partially compliant) means it
    found problems, each with a plan and a date.
    """
    if status == ComplianceStatus.A and known_problems:
        return _("Status A means there are no known problems. Choose B or remove the problems.")
    if status == ComplianceStatus.B and not known_problems:
        return _("Status B means there are known problems. Add them, each with a date.")
    return None


class AccessibilityStatementPage(LegalPage):
    """The accessibility statement the Besluit digitale toegankelijkheid overheid requires."""

    scope_url = models.URLField(
        _("website address"), help_text=_("The site this statement covers.")
    )
    scope_note = models.TextField(
        _("what falls under it"),
        blank=True,
        help_text=_("Parts that are or are not covered, such as documents from before 2018."),
    )
    status = models.CharField(
        _("compliance status"), max_length=1, choices=ComplianceStatus.choices
    )
    statement_date = models.DateField(_("date of the statement"))
    approved_by = models.CharField(
        _("approved by (position)"),
        max_length=100,
        blank=True,
        help_text=_("The position of who signed the statement, such as the municipal secretary."),
    )
    compliant_by = models.DateField(
        _("fully compliant by"),
        null=True,
        blank=True,
        help_text=_("The date on which the site will comply fully, if it does not yet."),
    )
    evaluated_on = models.DateField(_("evaluated on"))
    evaluated_by = models.CharField(
        _("evaluated by"), max_length=150, help_text=_("The organisation or team that tested.")
    )
    evaluation_method = models.CharField(
        _("method"),
        max_length=20,
        choices=EvaluationMethod.choices,
        default=EvaluationMethod.WCAG_EM,
    )
    evaluation_standard = models.CharField(
        _("standard"), max_length=20, choices=Standard.choices, default=Standard.WCAG_22_AA
    )
    evaluation_sample = models.TextField(
        _("what was tested"), help_text=_("Which pages and page types were in the sample.")
    )
    evaluation_report_url = models.URLField(_("research report"), blank=True)
    feedback_email = models.EmailField(
        _("e-mail for accessibility problems"),
        blank=True,
        help_text=_("Leave empty to use the e-mail address from the contact details."),
    )
    feedback_days = models.PositiveSmallIntegerField(
        _("we answer within (working days)"), default=5
    )
    body = RichTextField(
        _("more information"), blank=True, features=["h3", "bold", "link", "ul", "ol"]
    )

    base_form_class = StatementForm
    readability_fields = ("title", "intro", "scope_note", "evaluation_sample", "body")
    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("scope_url"), FieldPanel("scope_note")], heading=_("What it covers")
        ),
        MultiFieldPanel(
            [
                FieldPanel("status"),
                FieldRowPanel([FieldPanel("statement_date"), FieldPanel("compliant_by")]),
                FieldPanel("approved_by"),
            ],
            heading=_("Status"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("evaluated_on"), FieldPanel("evaluated_by")]),
                FieldRowPanel([FieldPanel("evaluation_method"), FieldPanel("evaluation_standard")]),
                FieldPanel("evaluation_sample"),
                FieldPanel("evaluation_report_url"),
            ],
            heading=_("Evaluation"),
        ),
        InlinePanel("tools", heading=_("Tools used"), label=_("Tool")),
        InlinePanel("known_problems", heading=_("Known problems"), label=_("Known problem")),
        MultiFieldPanel(
            [FieldPanel("feedback_email"), FieldPanel("feedback_days")],
            heading=_("Contact for accessibility problems"),
        ),
        FieldPanel("body"),
        ReadabilityPanel(),
    ]

    class Meta:
        verbose_name = _("accessibility statement")

    def status_explanation(self) -> str:
        """What the status means, in plain words."""
        return STATUS_EXPLANATIONS.get(self.status, "")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["ombudsman_url"] = NATIONAL_OMBUDSMAN
        return context

    def clean(self):
        super().clean()
        if self.compliant_by and self.status == ComplianceStatus.A:
            raise ValidationError(
                {"compliant_by": _("Status A means the site complies already; leave this empty.")}
            )


class EvaluationTool(TranslatableMixin, Orderable):
    """A tool or manual check used in the evaluation."""

    class Kind(models.TextChoices):
        AXE = "axe", _("axe-core (automatic check)")
        LIGHTHOUSE = "lighthouse", _("Lighthouse (automatic check)")
        KEYBOARD = "keyboard", _("Keyboard only (manual check)")
        SCREEN_READER = "screen-reader", _("Screen reader (manual check)")
        ZOOM = "zoom", _("Zoom and small screen (manual check)")
        OTHER = "other", _("Other tool")

    page = ParentalKey(AccessibilityStatementPage, on_delete=models.CASCADE, related_name="tools")
    kind = models.CharField(_("tool"), max_length=20, choices=Kind.choices)
    details = models.CharField(
        _("details"),
        max_length=200,
        blank=True,
        help_text=_("Version, browser, what it was used for."),
    )

    panels = [FieldRowPanel([FieldPanel("kind"), FieldPanel("details")])]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("tool")
        verbose_name_plural = _("tools")


class KnownProblem(TranslatableMixin, Orderable):
    """A part of the site that does not meet a success criterion yet, and when it will."""

    page = ParentalKey(
        AccessibilityStatementPage, on_delete=models.CASCADE, related_name="known_problems"
    )
    success_criterion = models.CharField(
        _("success criterion"), max_length=10, choices=SUCCESS_CRITERION_CHOICES
    )
    problem = models.TextField(_("problem"), help_text=_("What does not work, and for whom."))
    plan = models.TextField(_("what we do about it"))
    fixed_by = models.DateField(_("solved by"))

    panels = [
        FieldRowPanel([FieldPanel("success_criterion"), FieldPanel("fixed_by")]),
        FieldPanel("problem"),
        FieldPanel("plan"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("known problem")
        verbose_name_plural = _("known problems")

    def __str__(self):
        return f"{self.success_criterion}: {self.problem[:60]}"

    def understanding_url(self) -> str:
        """The W3C's explanation of the success criterion."""
        return understanding_url(self.success_criterion)
