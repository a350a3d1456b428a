"""The "was this page helpful?" answer and the optional comment after a "no".

Plain form POSTs that work without JavaScript: each redirects back to the page's ``#feedback``
section with a message; a message that closes the question (``CLOSED_TAGS``) hides the buttons. After a "no" the redirect carries a signed token, so the page shows the
comment form for that one answer. ``page-feedback.js`` may send the same forms without a reload.
"""

import logging
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.http import HttpResponseBadRequest, HttpResponseForbidden, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop, ngettext, npgettext
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from wagtail.models import Page

from core import anonymous_forms, rate_limit
from home.feedback_comments import (
    TOKEN_PARAMETER,
    TokenProblem,
    check_comment_token,
    comment_token,
)
from home.feedback_texts import addresses_reader_as_je, comment_form_for, feedback_text
from home.models import PageFeedback

logger = logging.getLogger(__name__)

#: Message tags. Every message of the component carries ``feedback``; a message that closes the
#: question (the answer is in, the comment is sent, or too late) also carries ``feedback-closed``,
#: and then the component shows no buttons again (``page_feedback_closed``).
FEEDBACK_TAGS = "feedback"
CLOSED_TAGS = "feedback feedback-closed"


def _page_url(request, page, token: str | None = None) -> str:
    """The page's own address, with the comment token if given, ending at the feedback section."""
    target = page.get_url(request) or "/"
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = "/"
    query = f"?{urlencode({TOKEN_PARAMETER: token})}" if token else ""
    return f"{target}{query}#feedback"


def _refusal(request, scope: str, page_id: int):
    """Count one submission; a ``rate_limit.Refusal`` when this client sent too many."""
    limit, window = settings.FEEDBACK_RATE_LIMIT
    refusal = rate_limit.check(request, scope, limit, window)
    if refusal is not None:
        logger.warning("Page feedback refused: rate limit reached (%s) for page %s", scope, page_id)
    return refusal


def _refused_page(request, page, refusal, form=None):
    """The page again with status 429 and the reason; a comment the resident typed is kept.

    Nothing is silently dropped: the resident reads that the answer was not saved and when to
    try again.
    """
    messages.warning(request, _refusal_message(page, refusal), extra_tags=FEEDBACK_TAGS)
    response = _page_with_comment_form(request, page, form) if form else _serve_page(request, page)
    response.status_code = 429
    response["Retry-After"] = str(refusal.retry_after)
    return response


def _refusal_message(page, refusal) -> str:
    """Why the answer was not saved and when to try again ("je" in the youth section)."""
    minutes = refusal.retry_after_minutes
    if addresses_reader_as_je(page):
        text = npgettext(
            "youth section",
            "You have already given a lot of answers, so we did not save this one. "
            "Please try again in %(minutes)d minute.",
            "You have already given a lot of answers, so we did not save this one. "
            "Please try again in %(minutes)d minutes.",
            minutes,
        )
    else:
        text = ngettext(
            "You have already given a lot of answers, so we did not save this one. "
            "Please try again in %(minutes)d minute.",
            "You have already given a lot of answers, so we did not save this one. "
            "Please try again in %(minutes)d minutes.",
            minutes,
        )
    return text % {"minutes": minutes}


#: The question's form is on every page, which front caches keep: it carries a signed form token
#: instead of a CSRF cookie (core.anonymous_forms). The comment form after a "no" is shown only to
#: that resident and keeps Django's CSRF protection.
@csrf_exempt
@require_POST
def page_feedback(request, page_id: int):
    """Store one yes/no answer for a published page; after a "no", offer the comment form."""
    page = get_object_or_404(Page.objects.live().public(), pk=page_id)
    problem = anonymous_forms.check(request, "page-feedback", page.pk)
    if problem is anonymous_forms.Problem.CROSS_SITE:
        return HttpResponseForbidden(
            _("This answer was sent from another website. Nothing is saved.")
        )
    if problem is not None:
        messages.warning(
            request,
            feedback_text(
                page,
                gettext_noop("We could not save your answer. Please answer the question again."),
            ),
            extra_tags=FEEDBACK_TAGS,
        )
        return HttpResponseRedirect(_page_url(request, page))
    answer = request.POST.get("helpful")
    if answer not in {"yes", "no"}:
        logger.warning("Page feedback rejected: invalid answer for page %s", page_id)
        return HttpResponseBadRequest(_("Choose yes or no."))
    refusal = _refusal(request, "page-feedback", page_id)
    if refusal is not None:
        return _refused_page(request, page, refusal)
    feedback = PageFeedback.objects.create(page=page, helpful=answer == "yes")
    # After "yes" the question is closed; after "no" the comment form follows (the token).
    messages.success(
        request,
        feedback_text(page, "Thank you for your answer."),
        extra_tags=CLOSED_TAGS if feedback.helpful else FEEDBACK_TAGS,
    )
    token = comment_token(feedback) if not feedback.helpful else None
    return HttpResponseRedirect(_page_url(request, page, token))


#: Per token problem: the log line, the resident's message and its tags (only an invalid token
#: asks the question again).
TOKEN_PROBLEM_MESSAGES = {
    TokenProblem.INVALID: (
        "Page feedback comment rejected: invalid token for page %s",
        gettext_noop("We could not save your comment. Please answer the question again."),
        FEEDBACK_TAGS,
    ),
    TokenProblem.EXPIRED: (
        "Page feedback comment rejected: expired token for page %s",
        gettext_noop("The time to add a comment has passed. We did save your answer."),
        CLOSED_TAGS,
    ),
    TokenProblem.ALREADY_COMMENTED: (
        "Page feedback comment rejected: answer already has a comment, page %s",
        gettext_noop("You already sent a comment. Thank you!"),
        CLOSED_TAGS,
    ),
}


@require_POST
def page_feedback_comment(request, page_id: int):
    """Add the resident's scrubbed comment to their own "no" answer, once."""
    page = get_object_or_404(Page.objects.live().public(), pk=page_id)
    form = comment_form_for(page, request.POST)
    refusal = _refusal(request, "page-feedback-comment", page_id)
    if refusal is not None:
        return _refused_page(request, page, refusal, form)
    check = check_comment_token(request.POST.get("token", ""), page.pk)
    if check.problem:
        log_message, resident_message, tags = TOKEN_PROBLEM_MESSAGES[check.problem]
        logger.info(log_message, page_id)
        messages.warning(request, feedback_text(page, resident_message), extra_tags=tags)
        return HttpResponseRedirect(_page_url(request, page))
    if not form.is_valid():
        logger.info("Page feedback comment rejected: invalid form for page %s", page_id)
        return _page_with_comment_form(request, page, form)
    if check.feedback.add_comment(form.cleaned_data["comment"]):
        messages.success(
            request,
            feedback_text(page, "Thank you. Your comment helps us to improve this page."),
            extra_tags=CLOSED_TAGS,
        )
    else:
        messages.warning(
            request,
            feedback_text(page, TOKEN_PROBLEM_MESSAGES[TokenProblem.ALREADY_COMMENTED][1]),
            extra_tags=CLOSED_TAGS,
        )
    return HttpResponseRedirect(_page_url(request, page))


def _page_with_comment_form(request, page, form):
    """The page itself, with the comment form showing the resident's text and what to correct.

    Rendering (not redirecting) keeps what the resident typed without storing it anywhere.
    The feedback component reads the bound form from ``request.page_feedback_form``.
    """
    request.page_feedback_form = form
    response = _serve_page(request, page)
    response.status_code = 400
    return response


def _serve_page(request, page):
    """The page as a GET would show it, so a page with its own form (a survey) does not take
    this POST as its own."""
    request.method = "GET"
    return page.specific.serve(request)
