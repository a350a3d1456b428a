"""Escalating overdue requests: one e-mail per request to its team, never twice.

Every unfinished request whose due time has passed and that was not escalated before is
escalated once: ``escalated_at`` is set and the step is audit-logged inside one transaction that
holds the request's row (``select_for_update(skip_locked=True)``), so two runs at the same time
never pick the same request; the e-mail goes after the commit. Run daily or hourly by the
``escalate_overdue_requests`` command or the ``escalate_overdue_requests_task`` task.
"""

import logging

from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log

from front_office.emails import send_escalation_email
from front_office.models import ContactRequest

logger = logging.getLogger(__name__)


def escalate_overdue_requests(now=None) -> int:
    """Escalate every overdue, unfinished, not yet escalated request; how many were escalated."""
    now = now or timezone.now()
    candidates = list(
        ContactRequest.objects.overdue(now)
        .filter(escalated_at__isnull=True)
        .values_list("pk", flat=True)
    )
    escalated = 0
    for pk in candidates:
        if escalate(pk, now):
            escalated += 1
    logger.info("Escalated %d overdue requests", escalated)
    return escalated


def escalate(pk: int, now) -> bool:
    """Escalate one request if it still needs it; True when this call escalated it."""
    with transaction.atomic():
        request = (
            ContactRequest.objects.select_for_update(skip_locked=True, of=("self",))
            .overdue(now)
            .filter(pk=pk, escalated_at__isnull=True)
            .first()
        )
        if request is None:
            return False
        request.escalated_at = now
        request.save(update_fields=["escalated_at"])
        log(request, "front_office.request.escalate", user=None)
        transaction.on_commit(lambda: send_escalation_email(_fresh(pk)))
    return True


def _fresh(pk: int) -> ContactRequest:
    return ContactRequest.objects.select_related("team__group", "assigned_to").get(pk=pk)
