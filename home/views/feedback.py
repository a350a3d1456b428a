"""The "was this page helpful?" answer: a plain form POST that works without JavaScript."""

import logging

from django.conf import settings
from django.contrib import messages
from django.http import HttpResponseBadRequest, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Page

from home import rate_limit
from home.models import PageFeedback

logger = logging.getLogger(__name__)


@require_POST
def page_feedback(request, page_id: int):
    """Store one yes/no answer for a published page and go back to it with a thank-you."""
    page = get_object_or_404(Page.objects.live().public(), pk=page_id)
    answer = request.POST.get("helpful")
    if answer not in {"yes", "no"}:
        logger.warning("Page feedback rejected: invalid answer for page %s", page_id)
        return HttpResponseBadRequest(_("Choose yes or no."))
    limit, window = settings.FEEDBACK_RATE_LIMIT
    if rate_limit.hit(request, "page-feedback", limit, window):
        PageFeedback.objects.create(page=page, helpful=answer == "yes")
        messages.success(request, _("Thank you for your answer."), extra_tags="feedback")
    else:
        logger.warning("Page feedback rate limit reached for page %s", page_id)
        messages.warning(
            request,
            _("You have already given a lot of answers. Please try again later."),
            extra_tags="feedback",
        )
    target = page.get_url(request) or "/"
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = "/"
    return HttpResponseRedirect(f"{target}#feedback")
