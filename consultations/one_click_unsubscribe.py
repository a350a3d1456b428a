"""One-click unsubscribe from a mail program (RFC 8058), for every mailing of the site.

The ``List-Unsubscribe`` header of each e-mail points here. A mail program that offers
"unsubscribe" POSTs ``List-Unsubscribe=One-Click`` without cookies or a CSRF token, so this view
is exempt from CSRF: the signed, opaque token in the address is the only authority, and it is
checked. Opening the address (GET or HEAD, as mail scanners do) changes nothing: it leads to the
page with the button.
"""

import logging
from collections.abc import Callable
from dataclasses import dataclass

from django.http import HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from consultations.email_links import FEEDBACK, FOLLOWING, token_link
from consultations.models.contributions import Participant
from consultations.models.following import Follower
from consultations.models.mail_links import InvalidMailLink

logger = logging.getLogger(__name__)

ONE_CLICK_BODY = ("List-Unsubscribe", "One-Click")


@dataclass(frozen=True)
class Mailing:
    """One kind of e-mail residents can leave: how to find and remove their subscription."""

    route: str  # the page route with the button, on the consultation page
    find: Callable[[str], object | None]  # the row with a ``consultation``; None when gone
    leave: Callable[[str], None]  # raises InvalidMailLink for a forged token


#: The mailings by their name in the one-click address (``consultations.email_links``).
MAILINGS = {
    FOLLOWING: Mailing("follow_unsubscribe", Follower.for_unsubscribe, Follower.unsubscribe),
    FEEDBACK: Mailing(
        "feedback_unsubscribe",
        Participant.for_feedback_unsubscribe,
        Participant.stop_feedback_emails,
    ),
}


def _invalid(request):
    return TemplateResponse(request, "consultations/mail_link_invalid.html", status=400)


@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def one_click_unsubscribe(request, mailing: str):
    """POST ``List-Unsubscribe=One-Click``: leave the mailing. GET/HEAD: go to the button."""
    handler = MAILINGS.get(mailing)
    if handler is None:
        return _invalid(request)
    token = request.GET.get("token", "")
    try:
        if request.method == "POST":
            if request.POST.get(ONE_CLICK_BODY[0]) != ONE_CLICK_BODY[1]:
                return HttpResponse(
                    _("Use the button on the page to unsubscribe."),
                    status=400,
                    content_type="text/plain; charset=utf-8",
                )
            handler.leave(token)
            logger.info("One-click unsubscribe from the %s mailing", mailing)
            return HttpResponse(
                _("You have been unsubscribed."), content_type="text/plain; charset=utf-8"
            )
        row = handler.find(token)
    except InvalidMailLink:
        return _invalid(request)
    if row is None:
        return TemplateResponse(request, "consultations/mail_link_unsubscribed.html")
    return HttpResponseRedirect(token_link(row.consultation, handler.route, token))
