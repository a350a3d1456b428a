"""Run test code inside a middleware, as a view would run during a request."""

from django.test import RequestFactory


def during_a_request(middleware, view):
    """Call ``view()`` inside ``middleware`` (a middleware class) for a GET request, and return
    what it returned."""
    answers = {}

    def get_response(request):
        answers["value"] = view()
        return None

    middleware(get_response)(RequestFactory().get("/"))
    return answers["value"]
