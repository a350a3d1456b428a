"""The youth section's pages: its home page (with the proposals) and voting rounds."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from core.blocks import BodyBlock
from core.page_base import PublicPageMixin
from readability.panels import ReadabilityPanel
from youth.round_rules import PROPOSALS_FIELD, locked_changes, rule_explanation, setup_problems
from youth.routes.proposals import ProposalRoutes
from youth.routes.voting import VotingRoutes


class YouthHomePage(ProposalRoutes, RoutablePageMixin, PublicPageMixin, Page):
    """The entrance of the youth section (/jongeren/), with its own look.

    It lists the published proposals and the voting rounds; the proposal form and the page of
    each proposal are routes of this page (``youth.routes.proposals``).
    """

    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        ReadabilityPanel(),
    ]
    parent_page_types = ["home.HomePage"]

    def get_cached_paths(self):
        """The page and the page of each proposal (purged with the page; one that was just
        withdrawn or merged too, so its page goes)."""
        proposals = self.proposals.values_list("pk", flat=True)
        return ["/", *(f"voorstel/{pk}/" for pk in proposals)]

    subpage_types = ["youth.VotingRoundPage"]

    class Meta:
        verbose_name = _("youth home page")

    def voting_rounds(self, now=None) -> dict[str, list]:
        """The live voting rounds under this page: open, upcoming and closed (latest first)."""
        now = now or timezone.now()
        rounds = {"open": [], "upcoming": [], "closed": []}
        for round_page in self.get_children().live().specific():
            if not isinstance(round_page, VotingRoundPage):
                continue
            if round_page.is_open(now):
                rounds["open"].append(round_page)
            elif round_page.is_closed(now):
                rounds["closed"].append(round_page)
            else:
                rounds["upcoming"].append(round_page)
        rounds["open"].sort(key=lambda r: r.closes_at)
        rounds["upcoming"].sort(key=lambda r: r.opens_at)
        rounds["closed"].sort(key=lambda r: r.closes_at, reverse=True)
        return rounds

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["proposals"] = self.published_proposals()
        context["voting_rounds"] = self.voting_rounds()
        return context


LOCKED_MESSAGE = _("This round has opened. You can no longer change this.")


class VotingRoundPageForm(WagtailAdminPageForm):
    """The editor form of a voting round.

    Django saves the proposals only after validation, so the form puts the chosen ballot on the
    page first: the page's ``clean`` then checks the new ballot (rule lock, enough proposals,
    cost estimates) and its errors appear next to the fields.
    """

    def clean(self):
        cleaned_data = super().clean()
        proposals = cleaned_data.get(PROPOSALS_FIELD)
        if proposals is not None:
            self.instance.proposals = list(proposals)
        for name in ("opens_at", "closes_at"):
            # The date widget shows whole minutes: an unchanged field must not look changed.
            submitted, current = cleaned_data.get(name), getattr(self.instance, name)
            if submitted and current and submitted == current.replace(second=0, microsecond=0):
                cleaned_data[name] = current
        return cleaned_data


class VotingRoundPage(VotingRoutes, RoutablePageMixin, PublicPageMixin, Page):
    """A vote on youth proposals between two moments, under a count or budget rule.

    Once the round has opened, its rule, dates and ballot can no longer change: the editor form
    says so (``clean``) and ``save`` refuses it, judged by the stored row's opening moment.
    """

    class Rule(models.TextChoices):
        COUNT = "count", _("Choose up to a number of proposals")
        BUDGET = "budget", _("Choose proposals within a budget")

    opens_at = models.DateTimeField(_("voting opens"))
    closes_at = models.DateTimeField(_("voting closes"))
    rule = models.CharField(_("rule"), max_length=10, choices=Rule.choices, default=Rule.COUNT)
    max_choices = models.PositiveSmallIntegerField(
        _("maximum number of choices"), default=3, validators=[MinValueValidator(1)]
    )
    budget = models.DecimalField(
        _("budget (euro)"),
        max_digits=10,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("1"))],
    )
    proposals = ParentalManyToManyField(
        "youth.YouthProposal",
        verbose_name=_("proposals on the ballot"),
        blank=True,
        related_name="rounds",
    )
    who_may_vote = models.CharField(
        _("who may vote"),
        max_length=250,
        help_text=_("For example: pupils of the schools in Geertruidenberg who got a code."),
    )
    updates = RichTextField(
        _("what happens with the winners"), blank=True, features=["bold", "italic", "link", "ul"]
    )

    #: Fields that are frozen once the round has opened.
    LOCKED_FIELDS = ("opens_at", "closes_at", "rule", "max_choices", "budget")

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]),
                FieldRowPanel(
                    [FieldPanel("rule"), FieldPanel("max_choices"), FieldPanel("budget")]
                ),
                FieldPanel("who_may_vote"),
                FieldPanel("proposals"),
            ],
            heading=_("Rules of the vote"),
        ),
        FieldPanel("updates"),
        ReadabilityPanel(),
    ]
    readability_fields = ("title", "intro", "who_may_vote", "updates")
    parent_page_types = ["youth.YouthHomePage"]
    subpage_types = []

    base_form_class = VotingRoundPageForm

    class Meta:
        verbose_name = _("voting round")

    def has_opened(self, now=None) -> bool:
        return (now or timezone.now()) >= self.opens_at

    def is_open(self, now=None) -> bool:
        now = now or timezone.now()
        return self.opens_at <= now < self.closes_at

    def is_closed(self, now=None) -> bool:
        """Results may be shown only once this is true."""
        return (now or timezone.now()) >= self.closes_at

    def get_cached_paths(self):
        """The page, its results and its integrity report (purged with the page)."""
        return ["/", "uitslag/", "controle/"]

    def clean(self):
        super().clean()
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            raise ValidationError({"closes_at": _("Voting must close after it opens.")})
        if self.rule == self.Rule.BUDGET and not self.budget:
            raise ValidationError({"budget": _("A budget round needs a budget.")})
        errors = dict.fromkeys(locked_changes(self), LOCKED_MESSAGE)
        errors.update(
            {
                name: message
                for name, message in setup_problems(self, self.proposals.all()).items()
                if name not in errors
            }
        )
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        """Refuse to store changed rules or a changed ballot once the round has opened.

        Saves that only touch other columns (``update_fields``, e.g. revision bookkeeping) pass.
        """
        update_fields = kwargs.get("update_fields")
        guarded = {*self.LOCKED_FIELDS, PROPOSALS_FIELD}
        if update_fields is None or guarded & set(update_fields):
            changed = locked_changes(self)
            if changed:
                raise ValidationError(
                    "Voting round %(pk)s has opened; refused changes to: %(fields)s",
                    params={"pk": self.pk, "fields": ", ".join(changed)},
                )
        return super().save(*args, **kwargs)

    def ballot_proposals(self):
        """The proposals on the ballot, in alphabetical order."""
        return self.proposals.order_by("title", "pk")

    def rule_explanation(self) -> str:
        """The rule in one sentence for the voters."""
        return rule_explanation(self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["ballot_proposals"] = self.ballot_proposals()
        context["youth_home"] = self.get_parent().specific
        context["voting_open"] = self.is_open()
        context["voting_closed"] = self.is_closed()
        return context
