"""Publishing the feedback report ("Wat hebben we met uw inbreng gedaan") and e-mailing it.

Staff give every published idea and reaction, and every survey theme, a disposition with a reason.
When the summary is written and nothing lacks a disposition, staff publish the report: the page
shows it, the phases move to the feedback phase, the audit log records it, and every participant
who left an e-mail address gets one message about their own contributions. A participant's rows
are marked as sent before the message goes out, so publishing again never sends twice. The report
itself is ``consultations.feedback_report``; leaving the mailing is
``Participant.stop_feedback_emails``.
"""

import logging
import re
from collections import defaultdict
from html import unescape

from django.db import transaction
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from django_tasks import task
from modelcluster.models import get_serializable_data_for_fields
from wagtail.log_actions import log

from consultations.email_links import FEEDBACK, feedback_report_url, one_click_url, token_url
from consultations.emails import list_unsubscribe_headers, send_consultation_email
from consultations.feedback_report import build_report
from consultations.models import (
    ConsultationPage,
    ConsultationPhase,
    Idea,
    ModerationStatus,
    Participant,
    PhaseKind,
    Reaction,
)
from consultations.tasks_following import send_phase_notifications_task

logger = logging.getLogger(__name__)

PUBLISHED_ACTION = "consultations.feedback_published"
DISPOSITION_ACTION = "consultations.disposition"
PHASES_BEFORE_FEEDBACK = (PhaseKind.ANNOUNCED, PhaseKind.INPUT, PhaseKind.PROCESSING)
MISSING_NAMED = 10  # contributions without a disposition named in the message; the rest counted


class FeedbackNotReady(Exception):
    """The report cannot be published yet; ``problems`` says why, for staff."""

    def __init__(self, problems: list[str]):
        super().__init__("; ".join(str(problem) for problem in problems))
        self.problems = problems


def describe(item) -> str:
    """A short text that names a contribution for staff: its kind and its title or first words."""
    if isinstance(item, Idea):
        return f"{_('Idea')}: {item.title}"
    if isinstance(item, Reaction):
        return f"{_('Reaction')}: {item.text[:60]}"
    return f"{_('Survey theme')}: {item.title}"


def publication_problems(consultation: ConsultationPage) -> list[str]:
    """Why the feedback report of ``consultation`` cannot be published yet; empty when it can."""
    problems = []
    if not strip_tags(consultation.feedback_summary or "").strip():
        problems.append(_("Write the feedback summary on the page and publish the page."))
    missing = build_report(consultation).missing()
    if missing:
        named = "; ".join(describe(item) for item in missing[:MISSING_NAMED])
        if len(missing) > MISSING_NAMED:
            named += " " + _("and %(count)s more") % {"count": len(missing) - MISSING_NAMED}
        problems.append(
            _("These contributions have no disposition yet: %(items)s.") % {"items": named}
        )
    today = timezone.localdate()
    for phase in consultation.phases.all():
        if phase.kind in PHASES_BEFORE_FEEDBACK and phase.starts_on > today:
            problems.append(
                _("The phase “%(phase)s” starts after today. Change the phases first.")
                % {"phase": phase.get_kind_display()}
            )
    return problems


def publish_feedback_report(consultation: ConsultationPage, user) -> int:
    """Publish the report of ``consultation`` and queue the e-mails; returns the queued count.

    Raises ``FeedbackNotReady`` when ``publication_problems`` finds anything. Publishing again is
    allowed (for example after more dispositions): the first publication date stays, and only
    participants who did not get the report yet are e-mailed.
    """
    problems = publication_problems(consultation)
    if problems:
        raise FeedbackNotReady(problems)
    now = timezone.now()
    with transaction.atomic():
        republished = consultation.feedback_published_at is not None
        if not republished:
            ConsultationPage.objects.filter(pk=consultation.pk).update(feedback_published_at=now)
            consultation.feedback_published_at = now
        phase = show_feedback_phase(consultation, timezone.localdate())
        waiting = recipients(consultation)
        log(
            instance=consultation,
            action=PUBLISHED_ACTION,
            user=user,
            data={
                "republished": republished,
                "feedback_phase_starts_on": phase.starts_on.isoformat() if phase else None,
                "recipients": len(waiting),
            },
        )
    send_feedback_emails.enqueue(consultation.pk)
    _notify_followers(consultation.pk)
    return len(waiting)


def _notify_followers(consultation_id: int) -> None:
    """Followers hear about the new phase at once rather than with the next daily run."""
    send_phase_notifications_task.enqueue(consultation_id)


def show_feedback_phase(consultation: ConsultationPage, today) -> ConsultationPhase | None:
    """Make the phases show the feedback phase from ``today``; returns the phase it changed.

    Nothing changes when a feedback phase has already started. Otherwise the first planned
    feedback phase moves to today, or a new one starting today is added. The change is written to
    the live page and to its latest revisions, so a later edit in the page editor keeps it.
    """
    phases = consultation.sorted_phases()
    feedback = [phase for phase in phases if phase.kind == PhaseKind.FEEDBACK]
    if any(phase.starts_on <= today for phase in feedback):
        return None
    if feedback:
        phase = feedback[0]
        phase.starts_on = today
        if phase.ends_on and phase.ends_on < today:
            phase.ends_on = None
    else:
        last_order = max((phase.sort_order or 0 for phase in phases), default=-1)
        phase = ConsultationPhase(
            page=consultation, kind=PhaseKind.FEEDBACK, starts_on=today, sort_order=last_order + 1
        )
    phase.save()
    _record_phase_in_revisions(consultation, phase)
    return phase


def _record_phase_in_revisions(consultation: ConsultationPage, phase: ConsultationPhase) -> None:
    """Put ``phase`` in the live and the latest revision, so publishing a draft keeps it."""
    page = ConsultationPage.objects.select_related("latest_revision", "live_revision").get(
        pk=consultation.pk
    )
    serialized = get_serializable_data_for_fields(phase)
    for revision in {page.latest_revision, page.live_revision} - {None}:
        content = revision.content
        others = [item for item in content.get("phases", []) if item.get("pk") != phase.pk]
        content["phases"] = [*others, serialized]
        revision.save(update_fields=["content"])


# E-mails to participants ---------------------------------------------------------------------


def normalised(address: str) -> str:
    """An e-mail address in the form used to recognise the same person."""
    return (address or "").strip().lower()


def recipients(consultation: ConsultationPage) -> dict[str, list[Participant]]:
    """{address: participant rows} of everyone who should get the report and did not yet."""
    rows = Participant.objects.filter(consultation=consultation, anonymised_at__isnull=True)
    already_sent = {normalised(p.email) for p in rows if p.feedback_sent_at}
    waiting = defaultdict(list)
    for participant in rows.filter(wants_feedback=True, feedback_sent_at__isnull=True).exclude(
        email=""
    ):
        address = normalised(participant.email)
        if address not in already_sent:
            waiting[address].append(participant)
    return dict(waiting)


def summary_as_text(html: str) -> str:
    """The rich-text summary as plain text for an e-mail: paragraphs and list items kept."""
    text = re.sub(r"<li[^>]*>", "- ", html or "", flags=re.IGNORECASE)
    text = re.sub(r"</(p|li|ul|ol|h\d)>|<br\s*/?>", "\n", text, flags=re.IGNORECASE)
    lines = (line.strip() for line in unescape(strip_tags(text)).splitlines())
    return "\n".join(line for line in lines if line)


def _own_contributions(participants: list[Participant]) -> tuple[list, list]:
    ids = [participant.pk for participant in participants]
    published = {"participant_id__in": ids, "status": ModerationStatus.PUBLISHED}
    return (
        list(Idea.objects.filter(**published).order_by("created_at")),
        list(Reaction.objects.filter(**published).select_related("idea").order_by("created_at")),
    )


def _send_report(consultation: ConsultationPage, address: str, participants: list) -> None:
    ideas, reactions = _own_contributions(participants)
    token = participants[0].feedback_unsubscribe_token()
    unsubscribe_url = token_url(consultation, "feedback_unsubscribe", token)
    send_consultation_email(
        address,
        consultation,
        _("What we did with your input: %(title)s") % {"title": consultation.title},
        "consultations/email/feedback_report.txt",
        {
            "summary": summary_as_text(consultation.feedback_summary),
            "ideas": ideas,
            "reactions": reactions,
            "report_url": feedback_report_url(consultation),
            "unsubscribe_url": unsubscribe_url,
        },
        headers=list_unsubscribe_headers(one_click_url(FEEDBACK, token)),
    )


@task()
def send_feedback_emails(consultation_id: int) -> int:
    """E-mail the published report to each waiting participant once; returns the number sent.

    Rows are claimed (``feedback_sent_at`` set) before sending, so two runs never send the same
    message twice; a failed send releases them for the next run.
    """
    consultation = ConsultationPage.objects.filter(pk=consultation_id).first()
    if consultation is None or not consultation.feedback_published_at:
        return 0
    sent = 0
    for address, participants in recipients(consultation).items():
        ids = [participant.pk for participant in participants]
        claimed = Participant.objects.filter(pk__in=ids, feedback_sent_at__isnull=True).update(
            feedback_sent_at=timezone.now()
        )
        if not claimed:
            continue
        try:
            _send_report(consultation, address, participants)
        except Exception:
            Participant.objects.filter(pk__in=ids).update(feedback_sent_at=None)
            logger.exception("Feedback e-mail failed for consultation %s", consultation_id)
            continue
        sent += 1
    logger.info("Feedback report of consultation %s e-mailed to %s people", consultation_id, sent)
    return sent
