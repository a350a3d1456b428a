"""Every e-mail of the front office: one message per step of a callback or contact request.

``send_confirmation_email`` and ``send_closed_email`` go to the resident, in the request's
language; ``send_handover_email`` and ``send_escalation_email`` go to the team (and the employee
handling the request), in the site's default language. Each function sends exactly one message
(plain text with an HTML alternative, both from ``front_office/templates/front_office/emails/``)
or none when there is no address to send to, and returns whether it sent one.

Call them after the transaction that took the step has been committed
(``transaction.on_commit``), so a rolled-back step sends nothing. A failure to send is logged in
English with the reference only (never an address or a name) and does not undo the step.
"""

import logging
import smtplib

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from core.request_origin import site_url

logger = logging.getLogger(__name__)

TEMPLATE_DIR = "front_office/emails"

SUBJECTS = {
    "confirmation": _("We have received your request (%(reference)s)"),
    "closed": _("Your request %(reference)s has been handled"),
    "handover": _("Request %(reference)s has been handed over to your team"),
    "escalation": _("Request %(reference)s is overdue"),
}


def send_confirmation_email(request) -> bool:
    """Tell the resident we received ``request``: its reference and when we get back to them."""
    return _send(request, "confirmation", _resident_address(request), request.language)


def send_closed_email(request) -> bool:
    """Tell the resident that ``request`` is closed, with its outcome."""
    return _send(request, "closed", _resident_address(request), request.language)


def send_handover_email(request, from_team, reason: str) -> bool:
    """Tell the new team (``request.team``'s mailbox) that ``request`` was handed over to it."""
    recipients = [request.team.email] if request.team.email else []
    extra = {"from_team": from_team, "reason": reason}
    return _send(request, "handover", recipients, settings.LANGUAGE_CODE, extra)


def send_escalation_email(request) -> bool:
    """Report an overdue ``request`` to its team's mailbox and the employee handling it, if any."""
    recipients = []
    if request.team.email:
        recipients.append(request.team.email)
    employee = request.assigned_to
    if employee is not None and employee.email and employee.email not in recipients:
        recipients.append(employee.email)
    return _send(request, "escalation", recipients, settings.LANGUAGE_CODE)


def _resident_address(request) -> list[str]:
    if request.anonymised_at is not None or not request.email:
        return []
    return [request.email]


def _language(code: str) -> str:
    known = {language for language, _name in settings.LANGUAGES}
    return code if code in known else settings.LANGUAGE_CODE


def _admin_url() -> str:
    try:
        return site_url() + reverse("wagtailadmin_home")
    except NoReverseMatch:  # pragma: no cover - Wagtail's admin is always installed
        return site_url()


def _send(request, step: str, recipients: list[str], language: str, extra=None) -> bool:
    """Render and send the message of ``step`` about ``request`` to ``recipients`` at once."""
    if not recipients:
        logger.info("No %s e-mail for request %s: no address", step, request.reference)
        return False
    with translation.override(_language(language)):
        context = {
            "request": request,
            "site_url": site_url(),
            "admin_url": _admin_url(),
            **(extra or {}),
        }
        text = render_to_string(f"{TEMPLATE_DIR}/{step}.txt", context).strip() + "\n"
        html = render_to_string(f"{TEMPLATE_DIR}/{step}.html", context)
        subject = " ".join(str(SUBJECTS[step] % {"reference": request.reference}).split())
    message = EmailMultiAlternatives(subject=subject, body=text, to=recipients)
    message.attach_alternative(html, "text/html")
    try:
        message.send()
    except (OSError, smtplib.SMTPException) as error:
        logger.error(
            "The %s e-mail for request %s failed (%s)",
            step,
            request.reference,
            type(error).__name__,
        )
        return False
    logger.info("The %s e-mail for request %s was sent", step, request.reference)
    return True
