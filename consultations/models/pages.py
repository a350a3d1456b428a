"""Consultation pages: the overview under /doe-mee/, one page per consultation and its survey.

A consultation carries its rules of the game ("spelregels") as structured fields. They are
optional while drafting but required before the page can go live: the editor form refuses to
publish or submit without them, and ``save()`` refuses a live page without them, so no publishing
path (admin, workflow, schedule, shell) can skip the rule.
"""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.contrib.forms.models import AbstractForm
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from consultations.models.phases import PhaseKind
from consultations.models.survey import SurveyResponse
from consultations.routes.feedback import FeedbackRoutes
from consultations.routes.following import FollowRoutes
from consultations.routes.ideas import IdeaRoutes
from consultations.routes.survey import SurveyRoutes
from consultations.rules import LEVEL_MEANINGS, ParticipationLevel, rule_problems
from core.blocks import BodyBlock
from core.image_alt_text import check_alt_text
from core.page_base import PublicPageMixin
from places.models import Area
from readability.panels import ReadabilityPanel

#: The order of the overview: where residents can still take part comes first.
OVERVIEW_ORDER = [
    PhaseKind.INPUT,
    PhaseKind.ANNOUNCED,
    PhaseKind.PROCESSING,
    PhaseKind.FEEDBACK,
    PhaseKind.CLOSED,
]


#: The area filter's value for consultations about the whole municipality (no area).
WHOLE_MUNICIPALITY = "gemeente"
WHOLE_MUNICIPALITY_LABEL = _("Whole municipality")


def overview_sort_key(consultation, today: datetime.date | None = None):
    """Open consultations first, then by status; within a status the most recent phase first."""
    phase = consultation.current_phase(today)
    started = phase.starts_on.toordinal() if phase else 0
    return (OVERVIEW_ORDER.index(consultation.status(today)), -started, consultation.title)


class ConsultationIndexPage(PublicPageMixin, Page):
    """ "Doe mee": every consultation, the open ones first, filtered by status and area."""

    content_panels = [*Page.content_panels, FieldPanel("intro"), ReadabilityPanel()]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["consultations.ConsultationPage"]

    class Meta:
        verbose_name = _("consultation overview")

    def consultations(self):
        """Published consultations under this page."""
        return ConsultationPage.objects.child_of(self).live().public()

    def areas(self) -> list[tuple[str, str]]:
        """The area filter as (value, label): the slug of each area that published
        consultations are about, by name, then "Whole municipality" if any are about it all.

        A neighbourhood's label names its village too ("Centrum (Raamsdonksveer)").
        """
        consultations = self.consultations()
        area_ids = consultations.exclude(area=None).values_list("area", flat=True)
        choices = [
            (area.slug, str(area))
            for area in Area.objects.filter(pk__in=area_ids)
            .select_related("parent")
            .order_by("name")
        ]
        if consultations.filter(area=None).exists():
            choices.append((WHOLE_MUNICIPALITY, str(WHOLE_MUNICIPALITY_LABEL)))
        return choices

    def listed_consultations(self, status: str = "", area: str = "", today=None) -> list:
        """The consultations for the overview, filtered by status and area, open ones first.

        ``area`` is the slug of an area (which includes the neighbourhoods in it) or
        ``WHOLE_MUNICIPALITY``.
        """
        pages = self.consultations().select_related("area").prefetch_related("phases")
        if area == WHOLE_MUNICIPALITY:
            pages = pages.filter(area=None)
        elif area:
            chosen = Area.objects.filter(slug=area).first()
            pages = pages.filter(area__in=chosen.own_area_ids() if chosen else [])
        listed = [page for page in pages if not status or page.status(today) == status]
        return sorted(listed, key=lambda page: overview_sort_key(page, today))

    def get_context(self, request, *args, **kwargs):
        """Apply the status and area filters from the query string; unknown values are ignored."""
        context = super().get_context(request, *args, **kwargs)
        areas = self.areas()
        status = request.GET.get("status", "")
        status = status if status in PhaseKind.values else ""
        area = request.GET.get("area", "")
        area = area if area in dict(areas) else ""
        context.update(
            consultations=self.listed_consultations(status, area),
            areas=areas,
            statuses=PhaseKind.choices,
            selected_status=status,
            selected_area=area,
            is_filtered=bool(status or area),
        )
        return context


class ConsultationPageForm(WagtailAdminPageForm):
    """Refuse to publish or submit for approval while rules of the game are missing."""

    def clean(self):
        cleaned_data = super().clean()
        if "action-publish" in self.data or "action-submit" in self.data:
            page = self.instance
            for name, value in cleaned_data.items():
                if hasattr(page, name) and not isinstance(value, list | tuple):
                    setattr(page, name, value)
            for field_name, message in rule_problems(page).items():
                self.add_error(field_name, message)
        return cleaned_data


class ConsultationPage(
    IdeaRoutes, FollowRoutes, FeedbackRoutes, RoutablePageMixin, PublicPageMixin, Page
):
    """One consultation: what it is about, the rules, the phases and the ways to take part."""

    topic = models.CharField(_("topic"), max_length=100)
    area = models.ForeignKey(
        "places.Area",
        verbose_name=_("area"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The village or neighbourhood. Leave empty for the whole municipality."),
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))
    documents = StreamField(
        [("document", DocumentChooserBlock(label=_("Document")))],
        blank=True,
        verbose_name=_("documents"),
    )
    contact_name = models.CharField(_("contact person"), max_length=100, blank=True)
    contact_role = models.CharField(_("role"), max_length=100, blank=True)
    contact_email = models.EmailField(_("e-mail"), blank=True)
    contact_phone = models.CharField(_("phone"), max_length=30, blank=True)

    # Rules of the game (required to publish; see consultations.rules.rule_problems).
    participation_level = models.CharField(
        _("participation level"), max_length=20, choices=ParticipationLevel.choices, blank=True
    )
    fixed_points = models.TextField(
        _("what is fixed"),
        max_length=1000,
        blank=True,
        help_text=_("What residents cannot change."),
    )
    open_points = models.TextField(
        _("what is open"), max_length=1000, blank=True, help_text=_("What residents can influence.")
    )
    decision_maker = models.CharField(
        _("who decides"), max_length=200, blank=True, help_text=_("For example: de gemeenteraad.")
    )
    decision_moment = models.CharField(
        _("when it is decided"), max_length=200, blank=True, help_text=_("For example: juni 2027.")
    )
    budget = models.DecimalField(
        _("budget (euro)"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    use_of_input = models.TextField(_("how we use your input"), max_length=1000, blank=True)
    feedback_date = models.DateField(
        _("promised feedback date"),
        null=True,
        blank=True,
        help_text=_("The date by which we publish what we did with the input."),
    )
    retention_date = models.DateField(
        _("personal data deleted on"),
        null=True,
        blank=True,
        help_text=_("After this date names and e-mail addresses are removed; the input stays."),
    )

    # Ways to take part.
    class Moderation(models.TextChoices):
        BEFORE = "pre", _("Check before publishing")
        AFTER = "post", _("Publish at once, check afterwards")

    moderation = models.CharField(
        _("moderation"), max_length=10, choices=Moderation.choices, default=Moderation.BEFORE
    )
    accepts_ideas = models.BooleanField(_("residents can submit ideas"), default=False)
    accepts_reactions = models.BooleanField(_("residents can react"), default=False)
    report_threshold = models.PositiveSmallIntegerField(
        _("hide a reaction after this many reports"), default=3
    )
    show_survey_results = models.BooleanField(
        _("show survey results after the input phase"), default=True
    )

    # Feedback report ("Wat hebben we met uw inbreng gedaan").
    feedback_summary = RichTextField(
        _("feedback summary"), blank=True, features=["bold", "italic", "ol", "ul", "link"]
    )
    feedback_published_at = models.DateTimeField(
        _("feedback published at"), null=True, blank=True, editable=False
    )

    base_form_class = ConsultationPageForm
    readability_fields = ("title", "intro", "body", "use_of_input", "feedback_summary")
    search_fields = [
        *PublicPageMixin.search_fields,
        index.SearchField("body"),
        index.SearchField("topic"),
        index.FilterField("area"),
    ]
    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("topic"),
        FieldPanel("area"),
        FieldPanel(
            "image",
            help_text=_(
                "The image's description is read out as its alternative text, so an image "
                "without a description cannot be chosen."
            ),
        ),
        FieldPanel("body"),
        FieldPanel("documents"),
        MultiFieldPanel(
            [
                FieldPanel("contact_name"),
                FieldPanel("contact_role"),
                FieldRowPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")]),
            ],
            heading=_("Contact person"),
        ),
        ReadabilityPanel(),
    ]
    rules_panels = [
        FieldPanel("participation_level"),
        FieldPanel("fixed_points"),
        FieldPanel("open_points"),
        FieldRowPanel([FieldPanel("decision_maker"), FieldPanel("decision_moment")]),
        FieldPanel("budget"),
        FieldPanel("use_of_input"),
        FieldRowPanel([FieldPanel("feedback_date"), FieldPanel("retention_date")]),
    ]
    participation_panels = [
        InlinePanel("phases", heading=_("Phases"), label=_("Phase"), min_num=1),
        FieldPanel("accepts_ideas"),
        FieldPanel("accepts_reactions"),
        FieldRowPanel([FieldPanel("moderation"), FieldPanel("report_threshold")]),
        FieldPanel("show_survey_results"),
        FieldPanel("feedback_summary"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(rules_panels, heading=_("Rules of the game")),
            ObjectList(participation_panels, heading=_("Taking part")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(PublicPageMixin.settings_panels, heading=_("Settings")),
        ]
    )

    def get_cached_paths(self):
        """The page and its published feedback report (purged with the page)."""
        return ["/", "terugkoppeling/"]

    parent_page_types = ["consultations.ConsultationIndexPage"]
    subpage_types = ["consultations.ConsultationSurveyPage"]

    class Meta:
        verbose_name = _("consultation")

    def clean(self):
        """Refuse an image without alternative text (``core.image_alt_text``)."""
        super().clean()
        check_alt_text(self)

    def save(self, *args, **kwargs):
        """Refuse to store a live consultation without complete rules of the game."""
        if self.live and (missing := rule_problems(self)):
            raise ValidationError(missing)
        return super().save(*args, **kwargs)

    def publication_problems(self) -> dict[str, str]:
        """What stops this consultation from going live; the workflow refuses to approve it then."""
        return rule_problems(self)

    @property
    def level_meaning(self) -> str:
        """What the participation level means for residents, in plain language."""
        return str(LEVEL_MEANINGS.get(self.participation_level, ""))

    @classmethod
    def open_for_input(cls, locale=None, count: int = 3, today=None) -> list:
        """Published consultations that accept input today, closing soonest first."""
        pages = cls.objects.live().public().prefetch_related("phases")
        if locale is not None:
            pages = pages.filter(locale=locale)
        open_pages = [page for page in pages if page.is_open_for_input(today)]
        far_future = datetime.date.max
        open_pages.sort(
            key=lambda page: (page.current_phase(today).ends_on or far_future, page.title)
        )
        return open_pages[:count]

    def sorted_phases(self):
        """Phases in date order."""
        return sorted(self.phases.all(), key=lambda phase: phase.starts_on)

    def input_phase(self):
        """The phase in which residents can give input, if there is one."""
        return next(
            (phase for phase in self.sorted_phases() if phase.kind == PhaseKind.INPUT), None
        )

    def status_label(self, today: datetime.date | None = None) -> str:
        """The status in words, for badges and the timeline."""
        return str(PhaseKind(self.status(today)).label)

    def timeline(self, today: datetime.date | None = None) -> list[dict]:
        """The phases in date order, each marked as done, current or upcoming."""
        current = self.current_phase(today)
        steps, passed_current = [], current is None
        for phase in self.sorted_phases():
            if phase == current:
                state, passed_current = "current", True
            else:
                state = "upcoming" if passed_current else "done"
            steps.append({"phase": phase, "state": state})
        return steps

    def current_phase(self, today: datetime.date | None = None):
        """The phase running on ``today``: the last one that has started; None before the first."""
        today = today or timezone.localdate()
        started = [phase for phase in self.sorted_phases() if phase.starts_on <= today]
        return started[-1] if started else None

    def status(self, today: datetime.date | None = None) -> str:
        """The consultation's status, derived from its phases (announced before the first)."""
        phase = self.current_phase(today)
        return phase.kind if phase else PhaseKind.ANNOUNCED

    def is_open_for_input(self, today: datetime.date | None = None) -> bool:
        """Surveys, ideas and reactions are accepted only during the input phase."""
        return self.status(today) == PhaseKind.INPUT

    def feedback_overdue(self, today: datetime.date | None = None) -> bool:
        """The promised feedback date has passed without a published feedback report."""
        today = today or timezone.localdate()
        return bool(
            self.feedback_date and self.feedback_date < today and not self.feedback_published_at
        )


class ConsultationSurveyPage(SurveyRoutes, PublicPageMixin, AbstractForm):
    """The survey of one consultation; it accepts responses only while the input phase runs.

    How it answers residents (the form, one response per person) and staff (the submissions
    screen) comes from ``SurveyRoutes``.
    """

    class Uniqueness(models.TextChoices):
        COOKIE = "cookie", _("One response per browser (anonymous)")
        INVITATION = "invitation", _("Single-use invitation codes")

    intro = models.TextField(_("introduction"), max_length=500, blank=True)  # longer than a summary
    thank_you_text = RichTextField(
        _("thank-you text"), blank=True, features=["bold", "italic", "link"]
    )
    uniqueness = models.CharField(
        _("one response per person by"),
        max_length=20,
        choices=Uniqueness.choices,
        default=Uniqueness.COOKIE,
    )

    content_panels = [
        *AbstractForm.content_panels,
        FieldPanel("intro"),
        InlinePanel("form_fields", label=_("Questions")),
        FieldPanel("thank_you_text"),
        FieldPanel("uniqueness"),
        ReadabilityPanel(),
    ]
    readability_fields = ("title", "intro", "thank_you_text")
    parent_page_types = ["consultations.ConsultationPage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("consultation survey")

    @property
    def uses_invitation_codes(self) -> bool:
        """True when one response per person is enforced with single-use invitation codes."""
        return self.uniqueness == self.Uniqueness.INVITATION

    def consultation(self):
        """The consultation this survey belongs to (its parent page)."""
        return self.get_parent().specific

    def get_breadcrumbs(self):
        """Ancestors from the home page down to the consultation, for the breadcrumb trail."""
        return self.get_ancestors().filter(depth__gt=1).live().specific()

    def get_submission_class(self):
        return SurveyResponse
