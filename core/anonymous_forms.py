"""Forms on pages that front caches keep: a signed form token instead of a CSRF cookie.

Django's CSRF protection ties a form to a cookie of the visitor, so every page that shows the
form sets a cookie and can be kept by no cache. A form that anonymous residents send from such a
page (the "was this page helpful?" question) carries a signed, dated token of its purpose instead,
the same for every visitor, and the view checks two things Django's middleware would check too:

- the request comes from the site itself: browsers say so in ``Sec-Fetch-Site`` and ``Origin``
  on every cross-site form post, and such a post is refused (an old browser that sends neither
  still needs the token);
- the token is ours, for this purpose and this object, and at most ``ANONYMOUS_FORM_TOKEN_MAX_AGE``
  seconds old (longer than any cache keeps the page, so a kept page's form still works).

Only for anonymous, low-stakes answers that are rate limited anyway; a form that acts for a
signed-in user or changes personal data keeps Django's CSRF protection.
"""

import enum
import logging

from django.conf import settings
from django.core import signing

logger = logging.getLogger(__name__)

FIELD_NAME = "form_token"
SALT = "core.anonymous_forms"


class Problem(enum.Enum):
    """Why a form token was refused."""

    CROSS_SITE = "the post came from another site"
    INVALID = "the form token is missing or not ours"
    EXPIRED = "the form token is too old"


def form_token(purpose: str, object_id) -> str:
    """A dated token for the form of ``purpose`` on the object ``object_id``."""
    return signing.dumps(f"{purpose}:{object_id}", salt=SALT)


def is_same_origin(request) -> bool:
    """Whether the browser says the post comes from this site (or says nothing: old browsers)."""
    fetch_site = request.META.get("HTTP_SEC_FETCH_SITE")
    if fetch_site is not None and fetch_site not in ("same-origin", "none"):
        return False
    origin = request.META.get("HTTP_ORIGIN")
    if origin is None:
        return True
    own = f"{request.scheme}://{request.get_host()}"
    return origin == own or origin in settings.CSRF_TRUSTED_ORIGINS


def check(request, purpose: str, object_id) -> Problem | None:
    """None when the posted form may be handled; else the problem, logged in English."""
    problem = None
    if not is_same_origin(request):
        problem = Problem.CROSS_SITE
    else:
        try:
            value = signing.loads(
                request.POST.get(FIELD_NAME, ""),
                salt=SALT,
                max_age=settings.ANONYMOUS_FORM_TOKEN_MAX_AGE,
            )
        except signing.SignatureExpired:
            problem = Problem.EXPIRED
        except signing.BadSignature:
            problem = Problem.INVALID
        else:
            if value != f"{purpose}:{object_id}":
                problem = Problem.INVALID
    if problem is not None:
        logger.warning("Form %s refused: %s", purpose, problem.value)
    return problem
