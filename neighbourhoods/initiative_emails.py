"""The e-mail a resident gets about each step of their initiative: one per step, never twice.

A message goes after the transaction that took the step has been committed. Before sending, the
step is claimed with one conditional UPDATE of ``email_sent_at``, so a step whose e-mail was sent
is never sent again, also when two workers try at once. When sending fails the claim is undone
(the step shows "not sent" in the admin) and the failure is logged without the address; the
status change itself stays.

Messages are plain text in the language of the area page, to one recipient, and hold only the
initiative and what staff wrote to this resident.
"""

import logging
import smtplib

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from core.request_origin import site_url
from neighbourhoods.budgets import format_euro
from neighbourhoods.models import InitiativeStatus, InitiativeStatusChange

logger = logging.getLogger(__name__)

SUBJECTS = {
    InitiativeStatus.RECEIVED: _("We received your initiative: %(title)s"),
    InitiativeStatus.IN_CONVERSATION: _("We would like to talk about your initiative: %(title)s"),
    InitiativeStatus.APPROVED: _("Your initiative has been approved: %(title)s"),
    InitiativeStatus.NOT_APPROVED: _("Your initiative has not been approved: %(title)s"),
    InitiativeStatus.CARRIED_OUT: _("Your initiative has been carried out: %(title)s"),
}


def send_after_commit(change: InitiativeStatusChange) -> None:
    """Send the e-mail about ``change`` once the current transaction has been committed."""
    change_id = change.pk
    transaction.on_commit(lambda: send_status_email(change_id))


def send_status_email(change_id: int) -> bool:
    """Send the e-mail about one status change unless it was sent before; True when sent."""
    claimed = InitiativeStatusChange.objects.filter(
        pk=change_id, email_sent_at__isnull=True
    ).update(email_sent_at=timezone.now())
    if not claimed:
        logger.info("E-mail about status change %s was sent before; not sent again", change_id)
        return False
    change = InitiativeStatusChange.objects.select_related("initiative__area").get(pk=change_id)
    initiative = change.initiative
    if initiative.contact_anonymised_at is not None or not initiative.contact_email:
        _unclaim(change_id)
        logger.info("No e-mail for status change %s: no contact address", change_id)
        return False
    try:
        compose(change).send()
    except (OSError, smtplib.SMTPException) as error:
        _unclaim(change_id)
        logger.error(
            "E-mail about status change %s of initiative %s failed (%s)",
            change_id,
            initiative.pk,
            type(error).__name__,
        )
        return False
    logger.info("E-mail sent about status change %s of initiative %s", change_id, initiative.pk)
    return True


def compose(change: InitiativeStatusChange) -> EmailMessage:
    """The message about ``change`` to the initiative's contact, in the area page's language."""
    initiative = change.initiative
    area = initiative.area
    language = area.locale.language_code if area else settings.LANGUAGE_CODE
    with translation.override(language):
        context = {
            "initiative": initiative,
            "change": change,
            "name": initiative.contact_name,
            "amount": format_euro(change.amount) if change.amount is not None else "",
            "area": area,
            "area_url": site_url() + area.url if area and area.url else "",
            "detail_url": _detail_url(initiative),
        }
        body = render_to_string(
            f"neighbourhoods/email/initiative_{change.to_status}.txt", context
        ).strip()
        closing = render_to_string("neighbourhoods/email/initiative_closing.txt", context).strip()
        subject = SUBJECTS[change.to_status] % {"title": initiative.title}
        return EmailMessage(
            subject=" ".join(str(subject).split()),
            body=f"{body}\n\n{closing}\n",
            to=[initiative.contact_email],
        )


def _detail_url(initiative) -> str:
    """The public page of an approved or finished initiative, on its own area page."""
    area = initiative.area
    if not (initiative.is_public and area and area.url):
        return ""
    path = area.url.rstrip("/") + "/"
    return site_url() + path + area.reverse_subpage("initiative_detail", args=[initiative.pk])


def _unclaim(change_id: int) -> None:
    InitiativeStatusChange.objects.filter(pk=change_id).update(email_sent_at=None)
