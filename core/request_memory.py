"""What the site reads once per request and keeps for the rest of that request only.

A module that remembers something per request (``core.locales_per_request``,
``core.view_restrictions_per_request``) keeps it in a ``ContextVar`` that holds a dict during a
request and None outside one, and installs a subclass of ``RequestMemoryMiddleware`` that gives
each request a new, empty dict. A dict, changed in place, so that code run in a copy of the
request's context (``sync_to_async``) shares what was read and forgotten.
"""

from contextvars import ContextVar


def forget(memory: ContextVar) -> None:
    """Empty the request's memory (its data changed): the next lookup reads it again."""
    remembered = memory.get()
    if remembered is not None:
        remembered.clear()


class RequestMemoryMiddleware:
    """Gives each request an empty ``memory`` and drops it when the response is made."""

    #: The ``ContextVar[dict | None]`` of the subclass's module.
    memory: ContextVar

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = self.memory.set({})
        try:
            return self.get_response(request)
        finally:
            self.memory.reset(token)
