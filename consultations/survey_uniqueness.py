"""One response per person: a signed browser cookie or a single-use invitation code.

The form carries the same browser token, signed, in a hidden field. A resident who sends the form
again because the confirmation never arrived (the cookie is set in that lost response) sends the
same token, so the retry is recognised as the same respondent instead of being counted twice.

Neither the browser token nor the invitation code is stored. The database holds only keyed hashes
(HMAC-SHA256 with ``SECRET_KEY``): ``SurveyResponse.respondent_key`` and
``InvitationCode.code_hash``. A unique constraint on (survey, respondent_key) refuses a second
response even when two requests arrive at the same moment.
"""

import hashlib
import hmac
import secrets

from django.conf import settings
from django.core import signing

from consultations.models.survey import InvitationCode

COOKIE_SALT = "consultations.survey"
COOKIE_MAX_AGE = 60 * 60 * 24 * 365
SUBMISSION_FIELD = "inzending"
SUBMISSION_SALT = "consultations.survey.form"
# Easy to read aloud and type: no 0/O, 1/I/L, and upper case only.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 10
CODE_GROUP = 5


def keyed_hash(purpose: str, value: str) -> str:
    """A 64-character HMAC of ``value`` for ``purpose``; not reversible without SECRET_KEY."""
    message = f"{purpose}:{value}".encode()
    return hmac.new(settings.SECRET_KEY.encode(), message, hashlib.sha256).hexdigest()


# Browser cookie ---------------------------------------------------------------------------------


def cookie_name(survey) -> str:
    """One cookie per survey."""
    return f"vragenlijst_{survey.pk}"


def browser_token(request, survey) -> str | None:
    """The random token in this browser's signed cookie for ``survey``; None if absent or forged."""
    return request.get_signed_cookie(cookie_name(survey), default=None, salt=COOKIE_SALT)


def new_browser_token() -> str:
    """A fresh random token for a browser without a cookie."""
    return secrets.token_urlsafe(24)


def set_browser_cookie(response, request, survey, token: str) -> None:
    """Store ``token`` in a signed, HttpOnly, SameSite=Lax cookie for ``survey``."""
    response.set_signed_cookie(
        cookie_name(survey),
        token,
        salt=COOKIE_SALT,
        max_age=COOKIE_MAX_AGE,
        httponly=True,
        samesite="Lax",
        secure=request.is_secure(),
        path="/",
    )


def signed_form_token(survey, token: str) -> str:
    """``token`` signed for the hidden field of ``survey``'s form."""
    return signing.Signer(salt=f"{SUBMISSION_SALT}-{survey.pk}").sign(token)


def submitted_form_token(request, survey) -> str | None:
    """The browser token that the posted form carries; None if absent or forged."""
    value = request.POST.get(SUBMISSION_FIELD, "")
    try:
        return signing.Signer(salt=f"{SUBMISSION_SALT}-{survey.pk}").unsign(value) or None
    except signing.BadSignature:
        return None


def respondent_key_for_browser(survey, token: str) -> str:
    """The respondent key of a browser token: a keyed hash, never the token itself."""
    return keyed_hash(f"survey-browser-{survey.pk}", token)


# Invitation codes -------------------------------------------------------------------------------


def new_invitation_code() -> str:
    """A random code such as ``K7MPQ-3XWRT`` (about 50 bits)."""
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return f"{raw[:CODE_GROUP]}-{raw[CODE_GROUP:]}"


def normalise_code(code: str) -> str:
    """The code as stored: upper case, without spaces or hyphens."""
    return "".join(char for char in (code or "").upper() if char.isalnum())


def code_hash(code: str) -> str:
    """The keyed hash under which an invitation code is stored."""
    return keyed_hash("survey-invitation", normalise_code(code))


def respondent_key_for_code(survey, code: str) -> str:
    """The respondent key of an invitation code (different from the stored code hash)."""
    return keyed_hash(f"survey-code-{survey.pk}", normalise_code(code))


def create_invitation_codes(survey, count: int, batch: str = "") -> list[str]:
    """Create ``count`` new codes for ``survey``; returns the codes (shown once, never stored)."""
    codes: list[str] = []
    seen: set[str] = set()
    while len(codes) < count:
        code = new_invitation_code()
        hashed = code_hash(code)
        if hashed in seen or InvitationCode.objects.filter(code_hash=hashed).exists():
            continue
        seen.add(hashed)
        codes.append(code)
    InvitationCode.objects.bulk_create(
        InvitationCode(survey=survey, code_hash=code_hash(code), batch=batch) for code in codes
    )
    return codes


def redeem_invitation_code(survey, code: str, when) -> bool:
    """Mark an unused code of ``survey`` as used; False if it is unknown or already used.

    Call inside the transaction that saves the response. The conditional UPDATE lets only one
    of two simultaneous requests succeed: the second waits for the row lock and then finds
    ``used_at`` filled in.
    """
    if not normalise_code(code):
        return False
    updated = InvitationCode.objects.filter(
        survey=survey, code_hash=code_hash(code), used_at__isnull=True
    ).update(used_at=when)
    return updated == 1
