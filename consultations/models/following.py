"""Residents who follow a consultation by e-mail (double opt-in, no account).

Links in the e-mails carry a signed token with the follower's id, never the address: the
confirmation link expires after ``CONFIRMATION_DAYS``, the unsubscribe link keeps working.
"""

import datetime

from django.core import signing
from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

CONFIRMATION_DAYS = 7
CONFIRM_SALT = "consultations.follow.confirm"
UNSUBSCRIBE_SALT = "consultations.follow.unsubscribe"


class InvalidFollowLink(Exception):
    """A confirmation or unsubscribe link that is forged, expired or no longer in use."""

    def __init__(self, expired: bool = False):
        super().__init__("expired follow link" if expired else "invalid follow link")
        self.expired = expired


class Follower(models.Model):
    """An e-mail address that wants news at each phase change; confirmed before use."""

    consultation = models.ForeignKey(
        "consultations.ConsultationPage",
        verbose_name=_("consultation"),
        on_delete=models.CASCADE,
        related_name="followers",
    )
    email = models.EmailField(_("e-mail"))
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    last_notified_phase = models.CharField(_("last phase e-mailed"), max_length=20, blank=True)

    class Meta:
        verbose_name = _("follower")
        verbose_name_plural = _("followers")
        constraints = [
            models.UniqueConstraint(
                fields=["consultation", "email"], name="one_follow_per_address"
            ),
        ]

    def __str__(self):
        return f"{_('follower')} {self.pk}"

    @classmethod
    def subscribe(cls, consultation, email: str) -> "Follower | None":
        """Register ``email`` for ``consultation``; the follower to send a confirmation to.

        Returns None when the address already follows (confirmed): the caller shows the same
        message either way, so nobody can find out which addresses follow a consultation.
        """
        email = email.strip().lower()
        try:
            with transaction.atomic():
                follower, _created = cls.objects.get_or_create(
                    consultation=consultation, email=email
                )
        except IntegrityError:  # the same address at the same moment
            follower = cls.objects.get(consultation=consultation, email=email)
        return None if follower.confirmed_at else follower

    def confirmation_token(self) -> str:
        """A signed token for the confirmation link; it expires after ``CONFIRMATION_DAYS``."""
        return signing.dumps(self.pk, salt=CONFIRM_SALT)

    def unsubscribe_token(self) -> str:
        """A signed token for the one-click unsubscribe link in every message."""
        return signing.dumps(self.pk, salt=UNSUBSCRIBE_SALT)

    @classmethod
    def confirm(cls, consultation, token: str) -> "Follower":
        """Confirm the follower in ``token``; raises ``InvalidFollowLink``.

        The follower starts at the current phase: the first e-mail comes with the next phase.
        """
        try:
            pk = signing.loads(
                token, salt=CONFIRM_SALT, max_age=datetime.timedelta(days=CONFIRMATION_DAYS)
            )
        except signing.SignatureExpired as expired:
            raise InvalidFollowLink(expired=True) from expired
        except signing.BadSignature as bad:
            raise InvalidFollowLink from bad
        follower = cls.objects.filter(pk=pk, consultation=consultation).first()
        if follower is None:
            raise InvalidFollowLink
        if not follower.confirmed_at:
            follower.confirmed_at = timezone.now()
            follower.last_notified_phase = consultation.status()
            follower.save(update_fields=["confirmed_at", "last_notified_phase"])
        return follower

    @classmethod
    def unsubscribe(cls, consultation, token: str) -> None:
        """Delete the follower in ``token`` (confirmed or not); raises ``InvalidFollowLink``.

        A second click on the same link finds nothing to delete and is not an error.
        """
        try:
            pk = signing.loads(token, salt=UNSUBSCRIBE_SALT)
        except signing.BadSignature as bad:
            raise InvalidFollowLink from bad
        cls.objects.filter(pk=pk, consultation=consultation).delete()
