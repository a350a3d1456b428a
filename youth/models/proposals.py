"""Proposals by young people: moderated before publication, never showing personal data."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from core.retention import BLANK
from participation.models import Moderated, ResidentContact
from participation.models import ModerationStatus as ModerationStatus  # youth code's own name

TITLE_MAX = 100
TEXT_MAX = 1500


class AgeBand(models.TextChoices):
    """The only thing we ask about the proposer."""

    AGE_12_15 = "12-15", _("12 to 15 years")
    AGE_16_18 = "16-18", _("16 to 18 years")
    AGE_19_23 = "19-23", _("19 to 23 years")


class YouthContact(ResidentContact):
    """An optional e-mail address for news about a proposal; kept apart from the proposal."""

    contact_fields = {"email": BLANK}

    email = models.EmailField(_("e-mail"))

    class Meta:
        verbose_name = _("youth contact")
        verbose_name_plural = _("youth contacts")
        permissions = [("view_youth_personal_data", _("Can see contact details of young people"))]

    def __str__(self):
        return f"{_('contact')} {self.pk}"


class YouthProposal(Moderated):
    """A young person's proposal for their town or neighbourhood.

    Its texts are checked for personal data before publication (``core.personal_data_review``);
    moderation is ``participation.moderation`` (merging a duplicate: ``youth.moderation``).
    """

    public_text_fields = ("title", "what", "why")
    moderation_log_prefix = "youth"

    youth_home = models.ForeignKey(
        "youth.YouthHomePage",
        verbose_name=_("youth section"),
        on_delete=models.CASCADE,
        related_name="proposals",
    )
    title = models.CharField(_("title"), max_length=TITLE_MAX)
    what = models.TextField(_("what do you want"), max_length=TEXT_MAX)
    why = models.TextField(_("why is it a good idea"), max_length=TEXT_MAX)
    area = models.ForeignKey(
        "places.Area",
        verbose_name=_("village or neighbourhood"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    proposer_cost = models.DecimalField(
        _("cost according to the proposer (euro)"),
        max_digits=9,
        decimal_places=2,
        null=True,
        blank=True,
    )
    cost_estimate = models.DecimalField(
        _("cost estimate by the municipality (euro)"),
        max_digits=9,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("Used for budget voting rounds."),
    )
    age_band = models.CharField(_("age"), max_length=10, choices=AgeBand.choices)
    image = models.ImageField(
        _("photo"), upload_to="youth/proposals/%Y/%m/", blank=True, max_length=200
    )
    contact = models.ForeignKey(
        YouthContact,
        verbose_name=_("contact"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="proposals",
    )
    merged_into = models.ForeignKey(
        "self",
        verbose_name=_("merged into"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="merged_proposals",
        help_text=_("For a duplicate: the proposal it was merged into."),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("youth proposal")
        verbose_name_plural = _("youth proposals")
        ordering = ["-created_at"]
        permissions = [("moderate_youthproposal", _("Can moderate youth proposals"))]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(merged_into=models.F("pk")),
                name="proposal_not_merged_into_itself",
            ),
        ]

    def __str__(self):
        return self.title

    def reset_on_approval(self) -> list[str]:
        """An approved duplicate stands on its own again."""
        self.merged_into = None
        return ["merged_into"]
