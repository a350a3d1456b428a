"""Daily review reminders: one digest per owning team and per responsible person, plus escalation.

Idempotent: a ``ReviewReminder`` row per audience, day and kind (unique in the database) means a
second run on the same day sends nothing new.
"""

import datetime
import logging
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone

from core.request_origin import admin_base_url
from governance.models import ReviewReminder, ReviewSchedule

logger = logging.getLogger(__name__)


@dataclass
class Digest:
    """What one audience (a team, a person or the coordinators) hears about today."""

    audience: str
    kind: str
    recipients: list[str]
    greeting_name: str
    items: list = field(default_factory=list)


def edit_url(schedule: ReviewSchedule) -> str:
    """Absolute link to the item's editor."""
    return admin_base_url() + schedule.admin_url


def member_addresses(group: Group) -> list[str]:
    return sorted({user.email for user in group.user_set.filter(is_active=True) if user.email})


def coordinator_addresses() -> list[str]:
    """Content coordinators: the configured addresses and members of the coordinator group."""
    addresses = set(settings.CONTENT_COORDINATOR_EMAILS)
    group = Group.objects.filter(name=settings.CONTENT_COORDINATOR_GROUP).first()
    if group:
        addresses.update(member_addresses(group))
    return sorted(addresses)


def build_digests(today: datetime.date) -> list[Digest]:
    """Today's overdue and due-soon items, grouped per team, per responsible person, and the
    long-overdue or ownerless ones for the coordinators."""
    digests: dict[str, Digest] = {}
    coordinators = coordinator_addresses()
    schedules = ReviewSchedule.objects.needing_review(today).select_related(
        "owning_team", "responsible_person", "content_type"
    )
    for schedule in schedules:
        team, person = schedule.owning_team, schedule.responsible_person
        if team:
            digest = digests.get(f"team:{team.pk}")
            if digest is None:
                digest = digests[f"team:{team.pk}"] = Digest(
                    f"team:{team.pk}", ReviewReminder.Kind.DIGEST, member_addresses(team), team.name
                )
            digest.items.append(schedule)
        if person and person.is_active and person.email:
            key = f"person:{person.pk}"
            digests.setdefault(
                key,
                Digest(
                    key,
                    ReviewReminder.Kind.DIGEST,
                    [person.email],
                    person.get_full_name() or person.get_username(),
                ),
            ).items.append(schedule)
        if coordinators and (
            team is None or schedule.days_overdue(today) > settings.REVIEW_ESCALATION_DAYS
        ):
            digests.setdefault(
                "coordinators",
                Digest("coordinators", ReviewReminder.Kind.ESCALATION, coordinators, ""),
            ).items.append(schedule)
    return [digest for digest in digests.values() if digest.recipients]


def send_digest(digest: Digest, today: datetime.date) -> bool:
    """Send one digest unless this audience already had it today; True if it went out."""
    items = sorted(digest.items, key=lambda s: (s.next_review_date or datetime.date.min, s.title))
    context = {
        "digest": digest,
        "items": [
            {"schedule": s, "url": edit_url(s), "days_overdue": s.days_overdue(today)}
            for s in items
        ],
        "escalation_days": settings.REVIEW_ESCALATION_DAYS,
    }
    template = f"governance/email/review_{digest.kind}"
    try:
        with transaction.atomic():
            ReviewReminder.objects.create(
                audience=digest.audience,
                recipients=", ".join(digest.recipients),
                sent_on=today,
                kind=digest.kind,
                item_count=len(items),
            )
            EmailMessage(
                subject=render_to_string(f"{template}_subject.txt", context).strip(),
                body=render_to_string(f"{template}.txt", context),
                from_email=settings.DEFAULT_FROM_EMAIL,
                to=digest.recipients,
            ).send()
    except IntegrityError:
        return False
    return True


def send_review_reminders(today: datetime.date | None = None) -> int:
    """Send today's digests and escalations; returns how many e-mails went out."""
    today = today or timezone.localdate()
    sent = sum(send_digest(digest, today) for digest in build_digests(today))
    logger.info("Review reminders: %d e-mails sent for %s", sent, today)
    return sent
