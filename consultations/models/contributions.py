"""What residents (and staff on their behalf) contribute: ideas, reactions and survey themes.

Contact details live in ``Participant``, apart from the content, so the anonymiser can remove
them on the retention date and keep the input. Input that staff enter from paper forms or
meetings carries its source and counts exactly like online input.
"""

import logging

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from consultations.models.mail_links import MailLinkKeyMixin
from core.retention import BLANK
from participation.models import Moderated, ResidentContact
from participation.models import ModerationStatus as ModerationStatus  # consultations' own name

IDEA_TITLE_MAX = 120
IDEA_DESCRIPTION_MAX = 2000
REACTION_MAX = 1000
REASON_MAX = 1000
FEEDBACK_UNSUBSCRIBE_SALT = "consultations.feedback.unsubscribe"

logger = logging.getLogger(__name__)


class Source(models.TextChoices):
    """Where a contribution came from."""

    ONLINE = "online", _("Online")
    PAPER = "paper", _("Paper form")
    MEETING = "meeting", _("Neighbourhood meeting")
    OFFICE_HOURS = "office_hours", _("Office hours")
    HOME_VISIT = "home_visit", _("Home visit")
    OTHER = "other", _("Other")


class Disposition(models.TextChoices):
    """What the municipality did with a contribution."""

    ADOPTED = "adopted", _("Adopted")
    PARTLY_ADOPTED = "partly", _("Partly adopted")
    NOT_ADOPTED = "not_adopted", _("Not adopted")
    OUT_OF_SCOPE = "out_of_scope", _("Out of scope")


class Participant(MailLinkKeyMixin, ResidentContact):
    """Optional contact details of someone who took part; removed on the retention date."""

    contact_fields = {"name": BLANK, "email": BLANK}

    consultation = models.ForeignKey(
        "consultations.ConsultationPage",
        verbose_name=_("consultation"),
        on_delete=models.CASCADE,
        related_name="participants",
    )
    name = models.CharField(_("name"), max_length=100, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    wants_feedback = models.BooleanField(_("wants the feedback report by e-mail"), default=True)
    feedback_sent_at = models.DateTimeField(_("feedback sent at"), null=True, blank=True)

    class Meta:
        verbose_name = _("participant")
        verbose_name_plural = _("participants")

    def __str__(self):
        return f"{_('participant')} {self.pk}"

    def feedback_unsubscribe_token(self) -> str:
        """An opaque signed token that stops the feedback e-mails of this participant (and of the
        same address); it holds the participant's random link key, not the row id."""
        return self.link_token(FEEDBACK_UNSUBSCRIBE_SALT)

    @classmethod
    def for_feedback_unsubscribe(cls, token: str, consultation=None) -> "Participant | None":
        """The participant a feedback unsubscribe link is for, without changing anything.

        Raises ``InvalidMailLink`` for a forged or garbled token; None when the row is gone.
        """
        key = cls.link_key_from_token(token, FEEDBACK_UNSUBSCRIBE_SALT)
        participants = cls.objects.filter(link_key=key)
        if consultation is not None:
            participants = participants.filter(consultation=consultation)
        return participants.first()

    @classmethod
    def stop_feedback_emails(cls, token: str, consultation=None) -> None:
        """Stop feedback e-mails for the participant in ``token`` and every row with the same
        address in that consultation; raises ``InvalidMailLink`` for a forged token."""
        participant = cls.for_feedback_unsubscribe(token, consultation)
        if participant is None:
            return
        rows = cls.objects.filter(pk=participant.pk)
        if participant.email:
            rows = cls.objects.filter(
                consultation_id=participant.consultation_id, email__iexact=participant.email.strip()
            )
        rows.update(wants_feedback=False)
        logger.info(
            "Participant %s left the feedback mailing of %s",
            participant.pk,
            participant.consultation_id,
        )


class Contribution(Moderated):
    """Shared fields of ideas and reactions: moderation, source and disposition.

    Texts in ``public_text_fields`` are checked for personal data before they are published
    (see ``core.personal_data_review``); moderation is ``participation.moderation``.
    """

    moderation_log_prefix = "consultations"

    consultation = models.ForeignKey(
        "consultations.ConsultationPage",
        verbose_name=_("consultation"),
        on_delete=models.CASCADE,
        related_name="%(class)ss",
    )
    participant = models.ForeignKey(
        Participant,
        verbose_name=_("participant"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    source = models.CharField(
        _("source"), max_length=20, choices=Source.choices, default=Source.ONLINE
    )
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("entered by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The staff member who entered input from paper or a meeting."),
    )
    disposition = models.CharField(
        _("what we did with it"), max_length=20, choices=Disposition.choices, blank=True
    )
    disposition_reason = models.TextField(_("why"), max_length=REASON_MAX, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True, db_index=True)

    class Meta(Moderated.Meta):
        abstract = True
        ordering = ["-created_at"]


class Idea(Contribution):
    """An idea for the consultation, with an optional photo."""

    public_text_fields = ("title", "description", "neighbourhood")

    title = models.CharField(_("title"), max_length=IDEA_TITLE_MAX)
    description = models.TextField(_("description"), max_length=IDEA_DESCRIPTION_MAX)
    neighbourhood = models.CharField(_("neighbourhood"), max_length=100, blank=True)
    image = models.ImageField(
        _("photo"), upload_to="consultations/ideas/%Y/%m/", blank=True, max_length=200
    )

    class Meta(Contribution.Meta):
        verbose_name = _("idea")
        verbose_name_plural = _("ideas")
        permissions = [("moderate_idea", _("Can moderate ideas"))]

    def __str__(self):
        return self.title


class Reaction(Contribution):
    """A reaction on the consultation itself or on one of its ideas."""

    public_text_fields = ("text",)

    idea = models.ForeignKey(
        Idea,
        verbose_name=_("idea"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="reactions",
    )
    text = models.TextField(_("reaction"), max_length=REACTION_MAX)
    report_count = models.PositiveIntegerField(_("times reported"), default=0)

    class Meta(Contribution.Meta):
        verbose_name = _("reaction")
        verbose_name_plural = _("reactions")
        permissions = [("moderate_reaction", _("Can moderate reactions"))]

    def __str__(self):
        return self.text[:60]

    def reset_on_approval(self) -> list[str]:
        """Reports against an approved reaction start again from zero."""
        self.report_count = 0
        return ["report_count"]


class SurveyTheme(models.Model):
    """A theme staff found in the survey answers, with what was done with it."""

    consultation = models.ForeignKey(
        "consultations.ConsultationPage",
        verbose_name=_("consultation"),
        on_delete=models.CASCADE,
        related_name="survey_themes",
    )
    title = models.CharField(_("theme"), max_length=120)
    summary = models.TextField(_("what people said"), max_length=REASON_MAX)
    disposition = models.CharField(
        _("what we did with it"), max_length=20, choices=Disposition.choices, blank=True
    )
    disposition_reason = models.TextField(_("why"), max_length=REASON_MAX, blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("survey theme")
        verbose_name_plural = _("survey themes")
        ordering = ["consultation", "sort_order", "pk"]

    def __str__(self):
        return self.title
