"""Residents who follow a consultation by e-mail (double opt-in, no account).

Links in the e-mails carry an opaque signed token (``MailLinkKeyMixin``), never the address or
the row id: the confirmation link expires after ``CONFIRMATION_DAYS``, the unsubscribe link keeps
working. Opening a link changes nothing; the resident confirms or leaves with a button (POST).
"""

import datetime

from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from consultations.models.mail_links import InvalidMailLink, MailLinkKeyMixin

CONFIRMATION_DAYS = 7
CONFIRM_SALT = "consultations.follow.confirm"
UNSUBSCRIBE_SALT = "consultations.follow.unsubscribe"


class Follower(MailLinkKeyMixin, models.Model):
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
        """A token for the confirmation link; it expires after ``CONFIRMATION_DAYS``."""
        return self.link_token(CONFIRM_SALT)

    def unsubscribe_token(self) -> str:
        """A token for the unsubscribe link in every message; it does not expire."""
        return self.link_token(UNSUBSCRIBE_SALT)

    @classmethod
    def for_confirmation(cls, token: str, consultation=None) -> "Follower":
        """The follower a confirmation link is for, without changing anything.

        Raises ``InvalidMailLink`` (``expired`` after ``CONFIRMATION_DAYS``).
        """
        key = cls.link_key_from_token(
            token, CONFIRM_SALT, max_age=datetime.timedelta(days=CONFIRMATION_DAYS)
        )
        followers = cls.objects.filter(link_key=key)
        if consultation is not None:
            followers = followers.filter(consultation=consultation)
        follower = followers.first()
        if follower is None:
            raise InvalidMailLink
        return follower

    @classmethod
    def for_unsubscribe(cls, token: str, consultation=None) -> "Follower | None":
        """The follower an unsubscribe link is for; None when already gone.

        Raises ``InvalidMailLink`` for a forged or garbled token. Changes nothing.
        """
        key = cls.link_key_from_token(token, UNSUBSCRIBE_SALT)
        followers = cls.objects.filter(link_key=key)
        if consultation is not None:
            followers = followers.filter(consultation=consultation)
        return followers.first()

    @classmethod
    def confirm(cls, consultation, token: str) -> "Follower":
        """Confirm the follower in ``token``; raises ``InvalidMailLink``.

        The follower starts at the current phase: the first e-mail comes with the next phase.
        """
        follower = cls.for_confirmation(token, consultation)
        if not follower.confirmed_at:
            follower.confirmed_at = timezone.now()
            follower.last_notified_phase = consultation.status()
            follower.save(update_fields=["confirmed_at", "last_notified_phase"])
        return follower

    @classmethod
    def unsubscribe(cls, token: str, consultation=None) -> None:
        """Delete the follower in ``token`` (confirmed or not); raises ``InvalidMailLink``.

        A second click on the same link finds nothing to delete and is not an error.
        """
        follower = cls.for_unsubscribe(token, consultation)
        if follower is not None:
            follower.delete()
