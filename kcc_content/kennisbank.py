"""The KCC's "Kennisbank": one search box over active answers and products, for phone and counter.

Each result shows the channel variants with a copy button, the KCC handling instruction and an
"overdue for review" marker; copying logs one anonymous use (answer, channel, time); staff can
send feedback to the owner. Other apps add controls to each result through
``kcc_content.kennisbank_actions`` (the front office's "Register contact"). Admin-only, for users who may view answers.
"""

import logging

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.core.mail import send_mail
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Locale

from core.ownership import ReviewStatus
from core.request_origin import admin_base_url
from core.search_query import clean_query, search_terms
from governance.models import ReviewSchedule
from kcc_content.kennisbank_actions import render_result_actions
from kcc_content.models import AnswerFeedback, AnswerUsage, ProductPage, QuestionAnswer
from kcc_content.models.usage import Channel

logger = logging.getLogger(__name__)

MAX_RESULTS = 20
FEEDBACK_MAX_LENGTH = 2000


def require_kcc_access(user) -> None:
    """Contact-centre staff (and anyone else) who may view answers."""
    if not user.has_perm("kcc_content.view_questionanswer"):
        raise PermissionDenied


def overdue_ids(model, ids) -> set[str]:
    """Which of these objects are overdue for review, in one query."""
    schedules = ReviewSchedule.objects.for_objects(model, ids).overdue()
    return set(schedules.values_list("object_id", flat=True))


def kennisbank(request):
    """Search screen for contact-centre staff."""
    require_kcc_access(request.user)
    query = clean_query(request.GET.get("q", ""))
    terms = search_terms(query)
    answers, products = [], []
    if terms:
        dutch = Locale.get_default()
        answers = list(
            QuestionAnswer.objects.filter(
                live=True, status=QuestionAnswer.Status.ACTIVE, locale=dutch
            ).search(terms, operator="and")[:MAX_RESULTS]
        )
        if not answers:
            answers = list(
                QuestionAnswer.objects.filter(
                    live=True, status=QuestionAnswer.Status.ACTIVE, locale=dutch
                ).search(terms, operator="or")[:MAX_RESULTS]
            )
        products = list(
            ProductPage.objects.live().filter(locale=dutch).search(terms, operator="or")[:10]
        )
    late_answers = overdue_ids(QuestionAnswer, [a.pk for a in answers])
    late_products = overdue_ids(ProductPage, [p.pk for p in products])
    return TemplateResponse(
        request,
        "kcc_content/kennisbank.html",
        {
            "query": query,
            "answers": [
                {
                    "answer": answer,
                    "overdue": str(answer.pk) in late_answers,
                    "actions": render_result_actions(request, "answer", answer, query),
                    "channels": [
                        (Channel.PHONE, Channel.PHONE.label, answer.channel_text("phone")),
                        (Channel.EMAIL, Channel.EMAIL.label, answer.channel_text("email")),
                        (Channel.SOCIAL, Channel.SOCIAL.label, answer.channel_text("social")),
                        (Channel.WEB, Channel.WEB.label, answer.plain_answer()),
                    ],
                }
                for answer in answers
            ],
            "products": [
                {
                    "product": product,
                    "overdue": str(product.pk) in late_products,
                    "actions": render_result_actions(request, "product", product, query),
                }
                for product in products
            ],
            "overdue_label": ReviewStatus.OVERDUE.label,
        },
    )


@require_POST
def log_use(request, answer_id: int):
    """Record one anonymous use of an answer through a channel (called by the copy button)."""
    require_kcc_access(request.user)
    answer = get_object_or_404(QuestionAnswer, pk=answer_id, live=True)
    channel = request.POST.get("channel", "")
    if channel not in Channel.values:
        return JsonResponse({"error": _("Unknown channel.")}, status=400)
    AnswerUsage.objects.create(answer=answer, channel=channel)
    return JsonResponse({"ok": True})


@require_POST
def give_feedback(request, answer_id: int):
    """Store a remark for the answer's owner and e-mail the owning team."""
    require_kcc_access(request.user)
    answer = get_object_or_404(QuestionAnswer, pk=answer_id)
    message = request.POST.get("message", "").strip()
    back = reverse("kcc_kennisbank") + "?" + request.POST.get("return_query", "")
    if not message or len(message) > FEEDBACK_MAX_LENGTH:
        messages.error(
            request,
            _("Write your remark in at most %(max)d characters.") % {"max": FEEDBACK_MAX_LENGTH},
        )
        return redirect(back)
    AnswerFeedback.objects.create(answer=answer, message=message, author=request.user)
    notify_owner(answer, message)
    messages.success(request, _("Thank you. The owner of this answer has your remark."))
    return redirect(back)


def notify_owner(answer: QuestionAnswer, message: str) -> None:
    """E-mail the owning team (or the responsible teams) about new feedback."""
    team_ids = (
        [answer.owning_team_id]
        if answer.owning_team_id
        else list(answer.responsible_teams.values_list("pk", flat=True))
    )
    addresses = sorted(
        set(
            get_user_model()
            .objects.filter(groups__pk__in=team_ids, is_active=True)
            .exclude(email="")
            .values_list("email", flat=True)
        )
    )
    if not addresses:
        logger.warning("Feedback on answer %s: no owner address", answer.pk)
        return
    link = admin_base_url() + reverse(
        "wagtailsnippets_kcc_content_questionanswer:edit", args=[answer.pk]
    )
    send_mail(
        subject=_("Feedback from the KCC: %(question)s") % {"question": answer.question},
        message=_("A colleague of the KCC writes:\n\n%(message)s\n\nOpen the answer: %(link)s")
        % {"message": message, "link": link},
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=addresses,
    )
