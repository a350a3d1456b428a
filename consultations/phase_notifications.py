"""News for followers: one e-mail to each confirmed follower when a consultation enters a phase.

``Follower.last_notified_phase`` records the phase each follower last heard about. A follower is
claimed (that field updated) before the message goes out, so two runs never send the same news
twice, and only a later phase counts as news: moving dates back and forth sends nothing again.
"""

import datetime
import logging

from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from consultations.email_links import FOLLOWING, feedback_report_url, one_click_url, token_url
from consultations.emails import list_unsubscribe_headers, send_consultation_email
from consultations.models import ConsultationPage, Follower, PhaseKind

logger = logging.getLogger(__name__)

PHASE_ORDER = [kind for kind, _label in PhaseKind.choices]


def is_news(phase: str, last_notified: str) -> bool:
    """True when ``phase`` comes after the phase the follower last heard about."""
    before = PHASE_ORDER.index(last_notified) if last_notified in PHASE_ORDER else -1
    return PHASE_ORDER.index(phase) > before


def notify_phase_changes(
    today: datetime.date | None = None, consultation_id: int | None = None
) -> int:
    """E-mail confirmed followers about the phase their consultation is in now.

    Returns the number of messages sent. Limited to one consultation with ``consultation_id``.
    """
    today = today or timezone.localdate()
    consultations = ConsultationPage.objects.live().filter(
        pk__in=Follower.objects.filter(confirmed_at__isnull=False).values("consultation")
    )
    if consultation_id is not None:
        consultations = consultations.filter(pk=consultation_id)
    sent = 0
    for consultation in consultations.prefetch_related("phases"):
        phase = consultation.current_phase(today)
        if phase is None:
            continue
        followers = consultation.followers.filter(confirmed_at__isnull=False).exclude(
            last_notified_phase=phase.kind
        )
        for follower in followers:
            if is_news(phase.kind, follower.last_notified_phase) and _notify(
                follower, consultation, phase
            ):
                sent += 1
    logger.info("Phase news sent: %s messages", sent)
    return sent


def _notify(follower: Follower, consultation: ConsultationPage, phase) -> bool:
    previous = follower.last_notified_phase
    claimed = Follower.objects.filter(pk=follower.pk, last_notified_phase=previous).update(
        last_notified_phase=phase.kind
    )
    if not claimed:
        return False
    follower.consultation = consultation
    unsubscribe_token = follower.unsubscribe_token()
    unsubscribe_url = token_url(consultation, "follow_unsubscribe", unsubscribe_token)
    report_url = ""
    if phase.kind == PhaseKind.FEEDBACK and consultation.feedback_published_at:
        report_url = feedback_report_url(consultation)
    try:
        with translation.override(consultation.locale.language_code):
            send_consultation_email(
                follower.email,
                consultation,
                _("News about %(title)s: %(phase)s")
                % {"title": consultation.title, "phase": phase.get_kind_display()},
                "consultations/email/phase_changed.txt",
                {"phase": phase, "report_url": report_url, "unsubscribe_url": unsubscribe_url},
                headers=list_unsubscribe_headers(one_click_url(FOLLOWING, unsubscribe_token)),
            )
    except Exception:
        Follower.objects.filter(pk=follower.pk).update(last_notified_phase=previous)
        logger.exception("Phase e-mail failed for follower %s", follower.pk)
        return False
    return True
