"""During a database outage: a 503 with Retry-After instead of a 500, HTML or JSON for the API.

Residents get a short page in their language that tells them to try again in a few minutes;
API clients get the API's one error shape. Nothing in this answer touches the database: the page
is rendered without a request, so no context processor (site settings, the user) runs.
"""

import logging

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils.cache import add_never_cache_headers

from core.json_errors import error_response

logger = logging.getLogger(__name__)

RETRY_AFTER_SECONDS = 120
API_PREFIX = "/api/"
API_MESSAGE = "The service is temporarily unavailable. Try again later."


def is_database_outage(exception: BaseException) -> bool:
    """True for errors that mean the database cannot be reached or used right now."""
    return isinstance(exception, OperationalError | InterfaceError)


def outage_response(request) -> HttpResponse:
    """503 with Retry-After: JSON under /api/, a plain HTML page everywhere else."""
    if request.path.startswith(API_PREFIX):
        response = error_response(503, API_MESSAGE)
    else:
        response = HttpResponse(render_to_string("503.html"), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    add_never_cache_headers(response)
    return response


class DatabaseOutageMiddleware:
    """Turns a database connection failure in a view into ``outage_response``."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        """Answer 503 for a database outage; leave every other error to Django."""
        if not is_database_outage(exception):
            return None
        logger.error("Database unavailable, answered 503: %s", type(exception).__name__)
        return outage_response(request)
