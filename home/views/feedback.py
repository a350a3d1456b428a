"""The "was this page helpful?" answer and the optional comment after a "no".

Plain form POSTs that work without JavaScript: each redirects back to the page's ``#feedback``
section with a message. After a "no" the redirect carries a signed token, so the page shows the
comment form for that one answer. ``page-feedback.js`` may send the same forms without a reload.
"""

import logging
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.http import HttpResponseBadRequest, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop
from django.views.decorators.http import require_POST
from wagtail.models import Page

from home import rate_limit
from home.feedback_comments import (
    TOKEN_PARAMETER,
    TokenProblem,
    check_comment_token,
    comment_token,
)
from home.feedback_texts import comment_form_for, feedback_text
from home.models import PageFeedback

logger = logging.getLogger(__name__)


def _page_url(request, page, token: str | None = None) -> str:
    """The page's own address, with the comment token if given, ending at the feedback section."""
    target = page.get_url(request) or "/"
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = "/"
    query = f"?{urlencode({TOKEN_PARAMETER: token})}" if token else ""
    return f"{target}{query}#feedback"


def _rate_limited(request, scope: str, page_id: int) -> bool:
    """Count one submission; on too many, log it and tell the resident to try again later."""
    limit, window = settings.FEEDBACK_RATE_LIMIT
    if rate_limit.hit(request, scope, limit, window):
        return False
    logger.warning("Page feedback rate limit reached (%s) for page %s", scope, page_id)
    messages.warning(
        request,
        _("You have already given a lot of answers. Please try again later."),
        extra_tags="feedback",
    )
    return True


@require_POST
def page_feedback(request, page_id: int):
    """Store one yes/no answer for a published page; after a "no", offer the comment form."""
    page = get_object_or_404(Page.objects.live().public(), pk=page_id)
    answer = request.POST.get("helpful")
    if answer not in {"yes", "no"}:
        logger.warning("Page feedback rejected: invalid answer for page %s", page_id)
        return HttpResponseBadRequest(_("Choose yes or no."))
    if _rate_limited(request, "page-feedback", page_id):
        return HttpResponseRedirect(_page_url(request, page))
    feedback = PageFeedback.objects.create(page=page, helpful=answer == "yes")
    messages.success(
        request, feedback_text(page, "Thank you for your answer."), extra_tags="feedback"
    )
    token = comment_token(feedback) if not feedback.helpful else None
    return HttpResponseRedirect(_page_url(request, page, token))


TOKEN_PROBLEM_MESSAGES = {
    TokenProblem.INVALID: (
        "Page feedback comment rejected: invalid token for page %s",
        gettext_noop("We could not save your comment. Please answer the question again."),
    ),
    TokenProblem.EXPIRED: (
        "Page feedback comment rejected: expired token for page %s",
        gettext_noop("The time to add a comment has passed. We did save your answer."),
    ),
    TokenProblem.ALREADY_COMMENTED: (
        "Page feedback comment rejected: answer already has a comment, page %s",
        gettext_noop("You already sent a comment. Thank you!"),
    ),
}


@require_POST
def page_feedback_comment(request, page_id: int):
    """Add the resident's scrubbed comment to their own "no" answer, once."""
    page = get_object_or_404(Page.objects.live().public(), pk=page_id)
    if _rate_limited(request, "page-feedback-comment", page_id):
        return HttpResponseRedirect(_page_url(request, page))
    form = comment_form_for(page, request.POST)
    check = check_comment_token(request.POST.get("token", ""), page.pk)
    if check.problem:
        log_message, resident_message = TOKEN_PROBLEM_MESSAGES[check.problem]
        logger.info(log_message, page_id)
        messages.warning(request, feedback_text(page, resident_message), extra_tags="feedback")
        return HttpResponseRedirect(_page_url(request, page))
    if not form.is_valid():
        logger.info("Page feedback comment rejected: invalid form for page %s", page_id)
        return _page_with_comment_form(request, page, form)
    if check.feedback.add_comment(form.cleaned_data["comment"]):
        messages.success(
            request,
            feedback_text(page, "Thank you. Your comment helps us to improve this page."),
            extra_tags="feedback",
        )
    else:
        messages.warning(
            request,
            feedback_text(page, TOKEN_PROBLEM_MESSAGES[TokenProblem.ALREADY_COMMENTED][1]),
            extra_tags="feedback",
        )
    return HttpResponseRedirect(_page_url(request, page))


def _page_with_comment_form(request, page, form):
    """The page itself, with the comment form showing the resident's text and what to correct.

    Rendering (not redirecting) keeps what the resident typed without storing it anywhere.
    The feedback component reads the bound form from ``request.page_feedback_form``.
    """
    request.page_feedback_form = form
    response = page.specific.serve(request)
    response.status_code = 400
    return response
