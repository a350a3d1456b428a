"""Question-and-answer articles (VAC): one canonical answer for every channel."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    PreviewableMixin,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.search import index
from wagtail.search.queryset import SearchableQuerySetMixin

from core.ownership import OwnedContentMixin
from kcc_content.models.audience import Audience
from readability.panels import ReadabilityPanel

MAX_KEYWORDS = 10
MAX_TEAMS = 5
SOCIAL_MAX_LENGTH = 280


class QuestionAnswerQuerySet(SearchableQuerySetMixin, models.QuerySet):
    """Answers can be searched like pages: ``QuestionAnswer.objects.filter(...).search(q)``."""


def split_keywords(value: str) -> list[str]:
    """Keywords and alternative phrasings, one per line or comma-separated."""
    return [part.strip() for part in value.replace("\n", ",").split(",") if part.strip()]


class QuestionAnswerForm(WagtailAdminModelForm):
    """Editor form: at most five responsible teams (a many-to-many limit the model cannot hold)."""

    def clean_responsible_teams(self):
        teams = self.cleaned_data["responsible_teams"]
        if len(teams) > MAX_TEAMS:
            raise ValidationError(_("Choose at most %(max)d teams.") % {"max": MAX_TEAMS})
        return teams


class QuestionAnswer(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    TranslatableMixin,
    OwnedContentMixin,
    index.Indexed,
    ClusterableModel,
):
    """A VAC (vraag-antwoordcombinatie): the question, the canonical answer and its channel
    variants. The website, the KCC search and the API all show this one text.

    ``kcc_explanation`` is for contact-centre staff only and is never published.
    """

    default_review_interval_months = 6

    class Status(models.TextChoices):
        ACTIVE = "actief", _("Active")
        INACTIVE = "niet-actief", _("Inactive")
        TO_BE_REMOVED = "te-verwijderen", _("To be removed")

    question = models.CharField(_("question"), max_length=255)
    keywords = models.TextField(
        _("keywords and other phrasings"),
        blank=True,
        help_text=_("At most 10, separated by commas. For example: paspoort kwijt, pas verloren."),
    )
    answer = RichTextField(
        _("answer"), features=["bold", "italic", "ol", "ul", "link", "document-link"]
    )
    kcc_explanation = models.TextField(
        _("explanation for KCC staff"),
        blank=True,
        help_text=_("Only for the contact centre. Never shown on the website or in the API."),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.ACTIVE
    )
    audience = models.CharField(
        _("audience"), max_length=20, choices=Audience.choices, default=Audience.RESIDENTS
    )
    responsible_teams = ParentalManyToManyField(
        "auth.Group", verbose_name=_("responsible teams"), blank=True, related_name="+"
    )
    related_answers = ParentalManyToManyField(
        "self", verbose_name=_("related answers"), blank=True, symmetrical=False
    )
    related_products = ParentalManyToManyField(
        "kcc_content.ProductPage",
        verbose_name=_("related products"),
        blank=True,
        related_name="+",
    )
    phone_script = models.TextField(
        _("phone script"),
        blank=True,
        help_text=_("Short and spoken. Leave empty to use the answer."),
    )
    email_text = models.TextField(
        _("e-mail text"), blank=True, help_text=_("Leave empty to use the answer.")
    )
    social_text = models.CharField(
        _("social media text"),
        max_length=SOCIAL_MAX_LENGTH,
        blank=True,
        help_text=_("At most 280 characters. Leave empty to use the answer."),
    )

    objects = QuestionAnswerQuerySet.as_manager()
    base_form_class = QuestionAnswerForm

    readability_fields = ("question", "answer")
    search_fields = [
        index.SearchField("question", boost=3),
        index.SearchField("keywords", boost=2),
        index.SearchField("answer"),
        index.AutocompleteField("question"),
        index.FilterField("status"),
        index.FilterField("audience"),
        index.FilterField("locale_id"),
        index.FilterField("live"),
    ]
    panels = [
        FieldPanel("question"),
        FieldPanel("keywords"),
        FieldRowPanel([FieldPanel("status"), FieldPanel("audience")]),
        FieldPanel("answer"),
        MultiFieldPanel(
            [FieldPanel("phone_script"), FieldPanel("email_text"), FieldPanel("social_text")],
            heading=_("Channel variants"),
            classname="kcc-channel-variants",
        ),
        FieldPanel("kcc_explanation"),
        FieldPanel("responsible_teams"),
        FieldPanel("related_answers"),
        FieldPanel("related_products"),
        *OwnedContentMixin.ownership_panels,
        ReadabilityPanel(),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("question and answer")
        verbose_name_plural = _("questions and answers")
        ordering = ["question"]

    def __str__(self):
        return self.question

    @property
    def title(self) -> str:
        """The question, so generic code (schedules, reports) can treat answers like pages."""
        return self.question

    def plain_answer(self) -> str:
        """The canonical answer as plain text, paragraphs separated by blank lines."""
        from html import unescape

        from django.utils.html import strip_tags

        text = self.answer.replace("</p>", "</p>\n\n").replace("<li>", "<li>- ")
        text = text.replace("</li>", "</li>\n")
        return "\n".join(line.strip() for line in unescape(strip_tags(text)).strip().splitlines())

    def channel_text(self, channel: str) -> str:
        """The text for one channel (phone/email/social), falling back to the canonical answer."""
        variant = {
            "phone": self.phone_script,
            "email": self.email_text,
            "social": self.social_text,
        }.get(channel, "")
        return variant or self.plain_answer()

    def keyword_list(self) -> list[str]:
        return split_keywords(self.keywords)

    def clean(self):
        """At most 10 keywords; the responsible-team limit is checked in the form (M2M)."""
        super().clean()
        if len(self.keyword_list()) > MAX_KEYWORDS:
            raise ValidationError(
                {"keywords": _("Use at most %(max)d keywords.") % {"max": MAX_KEYWORDS}}
            )

    def get_preview_template(self, request, mode_name):
        return "kcc_content/answer_preview.html"
