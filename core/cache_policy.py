"""Which responses a shared cache (ours, Varnish, a CDN) may keep, said in ``Cache-Control``.

Every response leaves with an explicit ``Cache-Control``, because a front cache without one
guesses (Varnish keeps a 200 for two minutes). The rules, in order:

1. A view that set ``Cache-Control`` itself (the API, feeds, ``never_cache`` views) decided.
2. Anything personal is ``private, no-store``: a request other than GET or HEAD, a response that
   sets a cookie (a CSRF token on a form, a session, messages that were shown), a request that
   carries a session or messages cookie (an editor, a resident in the middle of a form), a
   request with credentials, and an address with a secret in its path (a booking's manage link,
   ``core.secret_paths``).
3. Other answers than 200 are ``no-cache``: redirects and errors are not worth a purge rule.
4. The rest is the same for every anonymous visitor: ``public`` with ``s-maxage`` for shared
   caches (long: they are purged on publish, ``core.purge_rules``) and ``max-age`` for browsers
   (0 by default: a browser cannot be purged, and after a form it must fetch the page with the
   message instead of showing its own copy).

A public response does not vary on ``Cookie``: personal requests never get one (rule 2), and
Varnish and our own cache pass such requests by. It keeps ``Vary: Accept-Language`` where Django
set it, because a Dutch page shows an English notice to a browser that prefers English.
"""

from django.conf import settings
from django.utils.cache import patch_cache_control

from core.secret_paths import SECRET_SEGMENT

PUBLIC = "public"
PRIVATE = "private"
NOT_STORED = "not stored"
DECIDED_BY_VIEW = "decided by the view"


def is_personal_request(request) -> bool:
    """Whether what this request gets may depend on who sent it (cookies, credentials, method)."""
    if request.method not in ("GET", "HEAD"):
        return True
    # The session (editors, forms in progress) and messages waiting to be shown.
    if any(name in request.COOKIES for name in (settings.SESSION_COOKIE_NAME, "messages")):
        return True
    if "HTTP_AUTHORIZATION" in request.META:
        return True
    return bool(SECRET_SEGMENT.search(request.path))


def decide(request, response) -> str:
    """Give ``response`` its ``Cache-Control`` and say which rule applied (one of the names above)."""
    if response.has_header("Cache-Control"):
        return DECIDED_BY_VIEW
    if is_personal_request(request) or response.cookies:
        patch_cache_control(response, private=True, no_store=True)
        return PRIVATE
    if response.status_code != 200 or response.streaming:
        patch_cache_control(response, no_cache=True, max_age=0)
        return NOT_STORED
    patch_cache_control(
        response,
        public=True,
        max_age=settings.PAGE_CACHE_BROWSER_SECONDS,
        s_maxage=settings.PAGE_CACHE_SECONDS,
    )
    _drop_vary_cookie(response)
    return PUBLIC


def shared_seconds(response) -> int:
    """How long a shared cache may keep ``response``: its ``s-maxage`` (else ``max-age``) when it
    is ``public``, sets no cookie and does not vary on ``Cookie``; else 0."""
    directives = {}
    for part in response.get("Cache-Control", "").split(","):
        name, _, value = part.strip().partition("=")
        directives[name.lower()] = value
    if "public" not in directives or "private" in directives or "no-store" in directives:
        return 0
    vary = {value.strip().lower() for value in response.get("Vary", "").split(",")}
    if response.cookies or "cookie" in vary:
        return 0
    try:
        return max(0, int(directives.get("s-maxage") or directives.get("max-age") or 0))
    except ValueError:
        return 0


def _drop_vary_cookie(response) -> None:
    """Remove ``Cookie`` from ``Vary`` (added when the session was looked at, e.g. for the
    editors' user bar, even though an anonymous visitor has none)."""
    if not response.has_header("Vary"):
        return
    kept = [value.strip() for value in response["Vary"].split(",") if value.strip()]
    kept = [value for value in kept if value.lower() != "cookie"]
    if kept:
        response["Vary"] = ", ".join(kept)
    else:
        del response["Vary"]
