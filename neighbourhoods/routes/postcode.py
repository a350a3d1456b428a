"""The postcode lookup on the area overview: ``/wijken/?postcode=4941+AB``.

One URL: the overview itself answers the form. A postcode of one area sends the resident to
that area page; otherwise the overview shows the message, the form with what was typed, and for
a split postcode the areas to choose from.
"""

from django.shortcuts import redirect
from wagtail.contrib.routable_page.models import path

POSTCODE_PARAMETER = "postcode"


class PostcodeLookupRoutes:
    """Mixed into ``AreaIndexPage`` before ``RoutablePageMixin``: its index route wins."""

    @path("")
    def index_route(self, request, *args, **kwargs):
        """The overview; with ``?postcode=`` the lookup first."""
        from neighbourhoods.postcodes import MAX_INPUT_LENGTH, lookup  # the models import this

        typed = request.GET.get(POSTCODE_PARAMETER)
        if typed is None:
            return super().index_route(request, *args, **kwargs)
        result = lookup(typed)
        if result.found:
            return redirect(result.area.get_url(request))
        return self.render(
            request,
            context_overrides={
                "postcode_lookup": result,
                "postcode_value": typed.strip()[:MAX_INPUT_LENGTH],
                "postcode_error": result.message,
            },
        )
