"""What every kind of resident input shares: moderation and contact details kept apart.

``Moderated`` is the base of everything a moderator approves or rejects before (or after) it
shows on the website: consultation ideas and reactions, youth proposals. Its steps live in
``participation.moderation``; its admin screens in ``participation.admin``.

``ContactDetails`` says which fields of a model hold a resident's contact details and what is
left of them after the retention date; ``ResidentContact`` is the model base for contact details
kept in a table of their own, apart from what the resident wrote (consultation participants,
young people's e-mail addresses). Each app registers its retention rule with
``ContactDetails.contact_retention_rule`` in its ``retention_rules.py`` (``core.retention``).
"""

from collections.abc import Iterable, Mapping

from django.apps import apps
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.personal_data_review import PersonalDataReview
from core.retention import SCRUB, ExpiredRows, FieldAction, RetentionRule

REJECTION_REASON_MAX = 300


class ModerationStatus(models.TextChoices):
    """Whether residents can see a contribution."""

    PENDING = "pending", _("Waiting for moderation")
    PUBLISHED = "published", _("Published")
    REJECTED = "rejected", _("Rejected")


class Moderated(PersonalDataReview):
    """Resident input that a moderator approves or rejects; its texts are checked for personal
    data first (``core.personal_data_review``).

    ``moderation_log_prefix`` names the audit log actions (``<prefix>.approve``, ``.reject``,
    ``.privacy_edit``). The model needs the permission ``moderate_<model name>``.
    """

    moderation_log_prefix = "participation"

    status = models.CharField(
        _("status"),
        max_length=20,
        choices=ModerationStatus.choices,
        default=ModerationStatus.PENDING,
        db_index=True,
    )
    rejection_reason = models.CharField(
        _("reason for rejection"), max_length=REJECTION_REASON_MAX, blank=True
    )
    moderated_at = models.DateTimeField(_("moderated at"), null=True, blank=True)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("moderated by"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta(PersonalDataReview.Meta):
        abstract = True

    @classmethod
    def moderate_permission(cls) -> str:
        """The permission a moderator of this kind needs, e.g. ``youth.moderate_youthproposal``."""
        return f"{cls._meta.app_label}.moderate_{cls._meta.model_name}"

    @property
    def is_published(self) -> bool:
        return self.status == ModerationStatus.PUBLISHED

    def reset_on_approval(self) -> list[str]:
        """Undo what approval undoes for this kind (reports, a merge); the fields changed."""
        return []


def moderated_models() -> list[type[Moderated]]:
    """Every installed model that is moderated."""
    return [model for model in apps.get_models() if issubclass(model, Moderated)]


class ContactDetails:
    """Mixin for a model with a resident's contact details that are removed after retention.

    ``contact_fields`` maps each contact field to what anonymising does with it (``BLANK``,
    ``Replace(...)``); ``contact_anonymised_field`` records when that happened.
    """

    contact_fields: Mapping[str, FieldAction] = {}
    contact_anonymised_field = "anonymised_at"

    @property
    def contact_removed(self) -> bool:
        """The contact details were removed after the retention period."""
        return getattr(self, self.contact_anonymised_field) is not None

    @classmethod
    def contact_retention_rule(
        cls,
        *,
        expired: ExpiredRows,
        clock: str,
        scrub: Iterable[str] = (),
        days_setting: str = "",
        default_days: int | None = None,
    ) -> RetentionRule:
        """The retention rule of this model: the contact fields anonymised, ``scrub`` (texts the
        resident wrote) cleaned of e-mail addresses and phone numbers, the moment recorded."""
        return RetentionRule(
            model=cls._meta.label,
            expired=expired,
            clock=clock,
            fields={**cls.contact_fields, **dict.fromkeys(scrub, SCRUB)},
            days_setting=days_setting,
            default_days=default_days,
            marker=cls.contact_anonymised_field,
        )


class ResidentContact(ContactDetails, models.Model):
    """Contact details kept in a table of their own, apart from what the resident wrote."""

    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    anonymised_at = models.DateTimeField(_("anonymised at"), null=True, blank=True)

    class Meta:
        abstract = True
