"""Routes on an area page for residents' initiatives: the form, the thank-you page, one initiative.

The form is a plain POST that works without JavaScript: on success it redirects to the thank-you
page (post/redirect/get); on errors it shows the form again with the resident's input kept, except
the photo (browsers cannot fill in a file field again). Only approved and carried-out initiatives
have a public page, and it never shows the contact details.

Forms, budgets and listings are imported inside the views: ``neighbourhoods.models`` imports this
module while it is being loaded.
"""

import logging

from django.conf import settings
from django.contrib import messages
from django.http import Http404, HttpResponseNotAllowed, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import path

from core import rate_limit

logger = logging.getLogger(__name__)

RATE_LIMIT_SCOPE = "neighbourhood-initiative"
TOO_MANY = _("You have sent a lot of messages in a short time. Please try again later.")
CLOSED = _("You cannot start an initiative for this area on the website at the moment.")


class InitiativeRoutes:
    """Mixed into ``AreaPage``; routes are added with ``@path`` (RoutablePageMixin)."""

    def takes_initiatives(self) -> bool:
        """Residents can submit an initiative for this area now."""
        return bool(self.accepts_initiatives and self.live)

    def initiative_route_url(self, request, route: str, *args) -> str:
        """The address (path) of one of this page's initiative routes."""
        base = (self.get_url(request) or "/").rstrip("/") + "/"
        return base + self.reverse_subpage(route, args=args).lstrip("/")

    def _initiative_context(self, request, **extra) -> dict:
        """The page context without everything the area page itself lists."""
        return {**super().get_context(request), **extra}

    @path("initiatief/", name="initiative_form")
    def initiative_form_view(self, request):
        """Show the initiative form, or store a submitted initiative as received."""
        from neighbourhoods.anonymise import retention_days  # models load this module
        from neighbourhoods.budgets import current_budget_for  # models load this module
        from neighbourhoods.initiative_forms import InitiativeForm  # models load this module

        if request.method not in ("GET", "POST"):
            return HttpResponseNotAllowed(["GET", "POST"])
        form = None
        status = 200
        if request.method == "POST":
            if not self.takes_initiatives():
                logger.info("Initiative refused: area page %s does not take initiatives", self.pk)
                messages.warning(request, CLOSED)
                return HttpResponseRedirect(self.initiative_route_url(request, "initiative_form"))
            form = InitiativeForm(request.POST, request.FILES)
            if not rate_limit.hit(request, RATE_LIMIT_SCOPE, *settings.NEIGHBOURHOOD_RATE_LIMIT):
                logger.warning("Initiative refused: rate limit reached on area page %s", self.pk)
                form.add_error(None, TOO_MANY)
                status = 429
            elif form.is_valid():
                initiative = form.save(self)
                logger.info("Initiative %s received on area page %s", initiative.pk, self.pk)
                return HttpResponseRedirect(self.initiative_route_url(request, "initiative_thanks"))
            else:
                logger.info("Initiative refused: invalid form on area page %s", self.pk)
                status = 400
        elif self.takes_initiatives():
            form = InitiativeForm()
        context = self._initiative_context(
            request,
            form=form,
            budget=current_budget_for(self),
            photo_dropped=bool(form is not None and form.errors and request.FILES.get("photo")),
            retention_days=retention_days(),
        )
        return TemplateResponse(
            request, "neighbourhoods/initiative_form.html", context, status=status
        )

    @path("initiatief/ontvangen/", name="initiative_thanks")
    def initiative_thanks_view(self, request):
        """What happens after sending an initiative."""
        return TemplateResponse(
            request, "neighbourhoods/initiative_thanks.html", self._initiative_context(request)
        )

    @path("initiatieven/<int:initiative_id>/", name="initiative_detail")
    def initiative_detail_view(self, request, initiative_id: int):
        """One approved or carried-out initiative of this area or its neighbourhoods."""
        from neighbourhoods.initiative_listing import public_initiative  # models load this

        initiative = public_initiative(self, initiative_id)
        if initiative is None:
            raise Http404("No public initiative with this id on this area page")
        context = self._initiative_context(
            request, initiative=initiative, photos=list(initiative.photos.all())
        )
        return TemplateResponse(request, "neighbourhoods/initiative_detail.html", context)
