"""The address of the site's own absolute links: the request's address, or the configured one.

Inside a request (the confirmation e-mail after a resident's form, a notification after an
editor's action) links follow the address the request came in on, so a server started on another
port or host links to itself and not to the default ``http://127.0.0.1:8000``. The host comes
from ``HttpRequest.get_host()``, which only accepts ``ALLOWED_HOSTS``, and the scheme honours
``SECURE_PROXY_SSL_HEADER``. Outside a request (scheduled commands) the configured ``SITE_URL``
and ``WAGTAILADMIN_BASE_URL`` apply.
"""

from contextvars import ContextVar

from django.conf import settings
from django.core.exceptions import DisallowedHost

_request_origin: ContextVar[str | None] = ContextVar("request_origin", default=None)


def origin_of(request) -> str | None:
    """``scheme://host[:port]`` of ``request``, or None when its host is not allowed."""
    try:
        return f"{request.scheme}://{request.get_host()}"
    except DisallowedHost:
        return None


class RequestOriginMiddleware:
    """Remembers the current request's address while the request is handled."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _request_origin.set(origin_of(request))
        try:
            return self.get_response(request)
        finally:
            _request_origin.reset(token)


def site_url() -> str:
    """Base of public links (no trailing slash): the request's address, else ``SITE_URL``."""
    return (_request_origin.get() or settings.SITE_URL).rstrip("/")


def admin_base_url() -> str:
    """Base of links into the admin: the request's address, else ``WAGTAILADMIN_BASE_URL``."""
    return (_request_origin.get() or settings.WAGTAILADMIN_BASE_URL).rstrip("/")
