"""The optional comment after a "no": a signed, short-lived token and the comment form.

The token names the answer the resident just gave, so a comment can only be added to that
answer, by the person who gave it, shortly afterwards. It is signed with the site's secret key
and holds nothing but two ids.
"""

from dataclasses import dataclass
from enum import StrEnum

from django import forms
from django.core import signing
from django.utils.translation import gettext_lazy as _

from core.text_cleaning import InvisibleCharactersFormMixin
from home.models.feedback import COMMENT_MAX_LENGTH, PageFeedback

TOKEN_SALT = "home.page-feedback.comment"  # noqa: S105 - a signing namespace, not a secret
TOKEN_MAX_AGE_SECONDS = 30 * 60
TOKEN_PARAMETER = "feedback"  # noqa: S105 - the query parameter that carries the token


class TokenProblem(StrEnum):
    """Why a comment token cannot be used."""

    INVALID = "invalid"
    EXPIRED = "expired"
    ALREADY_COMMENTED = "already_commented"


@dataclass(frozen=True)
class TokenCheck:
    """The answer a token points to, or the problem with the token."""

    feedback: PageFeedback | None = None
    problem: TokenProblem | None = None


def comment_token(feedback: PageFeedback) -> str:
    """A URL-safe token that allows one comment on ``feedback`` for a short while."""
    return signing.dumps({"f": feedback.pk, "p": feedback.page_id}, salt=TOKEN_SALT)


def check_comment_token(token: str, page_id: int) -> TokenCheck:
    """The "no" answer on page ``page_id`` that ``token`` was made for, if it still takes a comment."""
    try:
        data = signing.loads(token, salt=TOKEN_SALT, max_age=TOKEN_MAX_AGE_SECONDS)
    except signing.SignatureExpired:
        return TokenCheck(problem=TokenProblem.EXPIRED)
    except signing.BadSignature:
        return TokenCheck(problem=TokenProblem.INVALID)
    if not isinstance(data, dict) or data.get("p") != page_id:
        return TokenCheck(problem=TokenProblem.INVALID)
    feedback = PageFeedback.objects.filter(pk=data.get("f"), page_id=page_id, helpful=False).first()
    if feedback is None:
        return TokenCheck(problem=TokenProblem.INVALID)
    if feedback.comment:
        return TokenCheck(problem=TokenProblem.ALREADY_COMMENTED)
    return TokenCheck(feedback=feedback)


class CommentField(forms.CharField):
    """A text field that counts a line break as one character, as the browser does."""

    def to_python(self, value):
        value = super().to_python(value)
        return value.replace("\r\n", "\n").replace("\r", "\n")


class PageFeedbackCommentForm(InvisibleCharactersFormMixin):
    """What the resident missed on the page: free text, no personal data asked."""

    comment = CommentField(
        label=_("What did you miss on this page?"),
        max_length=COMMENT_MAX_LENGTH,
        widget=forms.Textarea,
        error_messages={
            "required": _("Write down what you missed on this page."),
            "max_length": _("Use at most %(limit_value)d characters. You used %(show_value)d."),
        },
    )
    token = forms.CharField(widget=forms.HiddenInput, max_length=500)
