"""Opaque keys for the links in e-mails (confirm, unsubscribe).

A link carries a token signed with ``SECRET_KEY`` over a random key stored on the row, never the
row's id: a token tells nothing about how many rows there are, cannot be guessed from a
neighbour's, and a copy of the database alone cannot forge one.
"""

import datetime
import secrets

from django.core import signing
from django.db import models
from django.utils.translation import gettext_lazy as _

LINK_KEY_BYTES = 32
LINK_KEY_LENGTH = 43  # base64 of 32 random bytes, without padding


def new_link_key() -> str:
    """A fresh random key for one row's e-mail links."""
    return secrets.token_urlsafe(LINK_KEY_BYTES)


class InvalidMailLink(Exception):
    """A link from an e-mail that is forged, garbled or expired."""

    def __init__(self, expired: bool = False):
        super().__init__("expired mail link" if expired else "invalid mail link")
        self.expired = expired


class MailLinkKeyMixin(models.Model):
    """Gives a model a random ``link_key`` and signed, opaque tokens for its e-mail links."""

    link_key = models.CharField(
        _("link key"),
        max_length=LINK_KEY_LENGTH,
        unique=True,
        default=new_link_key,
        editable=False,
    )

    class Meta:
        abstract = True

    def link_token(self, salt: str) -> str:
        """A token for a link of the kind ``salt`` (time-stamped, so it can expire)."""
        return signing.dumps(self.link_key, salt=salt)

    @staticmethod
    def link_key_from_token(
        token: str, salt: str, max_age: datetime.timedelta | None = None
    ) -> str:
        """The key in ``token``; raises ``InvalidMailLink`` (``expired`` after ``max_age``)."""
        try:
            key = signing.loads(token, salt=salt, max_age=max_age)
        except signing.SignatureExpired as expired:
            raise InvalidMailLink(expired=True) from expired
        except signing.BadSignature as bad:
            raise InvalidMailLink from bad
        if not isinstance(key, str):  # tokens from before the keys held the row id
            raise InvalidMailLink
        return key
