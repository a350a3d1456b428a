"""E-mails about a consultation. Every message repeats the rules of the game, as promised.

Messages are plain text, in the consultation's language, one recipient per message (never a
shared To or Cc, so addresses are not disclosed to each other).
"""

import logging

from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation

from core.request_origin import site_url

logger = logging.getLogger(__name__)


def absolute_url(path: str) -> str:
    """``path`` on the public site address: the request's, else ``SITE_URL``."""
    return site_url() + path


def list_unsubscribe_headers(one_click_url: str) -> dict:
    """Mail headers that let a mail program offer "unsubscribe" (RFC 2369) in one click
    (RFC 8058): it POSTs ``List-Unsubscribe=One-Click`` to ``one_click_url``."""
    return {
        "List-Unsubscribe": f"<{one_click_url}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }


def send_consultation_email(
    to: str,
    consultation,
    subject: str,
    template: str,
    context: dict | None = None,
    headers: dict | None = None,
) -> None:
    """Send one message about ``consultation`` to ``to``.

    ``template`` is a template name such as ``consultations/email/idea_received.txt``; the rules
    of the game (``consultations/email/rules_of_the_game.txt``) are always appended. ``headers``
    adds mail headers, such as ``list_unsubscribe_headers()``.
    """
    language = consultation.locale.language_code
    with translation.override(language):
        context = {
            **(context or {}),
            "consultation": consultation,
            "consultation_url": absolute_url(consultation.url or "/"),
        }
        body = render_to_string(template, context).strip()
        rules = render_to_string("consultations/email/rules_of_the_game.txt", context).strip()
        message = EmailMessage(
            subject=str(subject), body=f"{body}\n\n{rules}\n", to=[to], headers=headers
        )
    message.send()
    logger.info("Consultation e-mail sent for consultation %s (%s)", consultation.pk, template)
