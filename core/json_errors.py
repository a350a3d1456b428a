"""The one JSON error shape of every API the site serves: ``{"error": ..., "parameter": ...}``."""

from django.http import JsonResponse


def error_response(status: int, message: str, parameter: str | None = None) -> JsonResponse:
    """A JSON error with an English message and the offending parameter, if any."""
    return JsonResponse({"error": message, "parameter": parameter}, status=status)
