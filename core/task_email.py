"""E-mail leaves the request: the site's ``EMAIL_BACKEND`` puts each message on the task queue,
and the worker sends it with the real backend (``TASK_EMAIL_BACKEND``: SMTP in production).

Code that sends e-mail does not change: ``EmailMessage.send()`` and ``send_mail`` hand the
message to ``TaskEmailBackend``, which turns it into plain JSON (subject, body, addresses, extra
headers, alternatives and attachments, binary content in base64) and enqueues
``send_queued_email``. With the database task backend of production a resident's request ends
without waiting for the mail server, and a mail server that is down delays the message instead of
failing the request; with the immediate backend of development the message is sent at once.

A message the mail server refuses or cannot take (it is down, the connection fails) is tried
again later, after 1, 5, 15, 60 and 240 minutes; the worker logs each failure in English with the
kind of error only. After the last try the task stays "failed" (until it is deleted, see below).

The queued message holds personal data (an address, a name) until the worker has sent it: the
finished task results are deleted after ``TASK_RESULT_RETENTION_DAYS``
(``core/retention_rules.py``).
"""

import base64
import datetime
import logging
import smtplib

from django.conf import settings
from django.core.mail import EmailMessage, EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.utils import timezone
from django_tasks import task

logger = logging.getLogger(__name__)

#: Minutes to wait before each new try of a message that could not be sent.
RETRY_MINUTES = (1, 5, 15, 60, 240)


def as_data(message: EmailMessage) -> dict:
    """``message`` as JSON-safe data."""
    attachments = []
    for attachment in message.attachments:
        filename, content, mimetype = attachment  # MIMEBase attachments are not used here
        binary = isinstance(content, bytes)
        attachments.append(
            {
                "filename": filename,
                "content": base64.b64encode(content).decode() if binary else content,
                "mimetype": mimetype,
                "binary": binary,
            }
        )
    return {
        "subject": message.subject,
        "body": message.body,
        "from_email": message.from_email,
        "to": list(message.to),
        "cc": list(message.cc),
        "bcc": list(message.bcc),
        "reply_to": list(message.reply_to),
        "headers": dict(message.extra_headers),
        "content_subtype": message.content_subtype,
        "alternatives": [list(item) for item in getattr(message, "alternatives", [])],
        "attachments": attachments,
    }


def from_data(data: dict) -> EmailMultiAlternatives:
    """The message ``as_data`` described."""
    message = EmailMultiAlternatives(
        subject=data["subject"],
        body=data["body"],
        from_email=data["from_email"],
        to=data["to"],
        cc=data["cc"],
        bcc=data["bcc"],
        reply_to=data["reply_to"],
        headers=data["headers"],
    )
    message.content_subtype = data["content_subtype"]
    for content, mimetype in data["alternatives"]:
        message.attach_alternative(content, mimetype)
    for attachment in data["attachments"]:
        content = attachment["content"]
        if attachment["binary"]:
            content = base64.b64decode(content)
        message.attach(attachment["filename"], content, attachment["mimetype"])
    return message


@task()
def send_queued_email(data: dict, attempt: int = 0) -> int:
    """Send one queued message with the real backend; how many were sent (0 or 1). When the
    mail server fails, queue the message again for later (when the task backend can wait)."""
    connection = get_connection(settings.TASK_EMAIL_BACKEND)
    try:
        return connection.send_messages([from_data(data)])
    except (OSError, smtplib.SMTPException) as error:
        can_wait = send_queued_email.get_backend().supports_defer
        if not can_wait or attempt >= len(RETRY_MINUTES):
            logger.error(
                "E-mail not sent, attempt %s, giving up (%s)", attempt + 1, type(error).__name__
            )
            raise
        delay = RETRY_MINUTES[attempt]
        later = timezone.now() + datetime.timedelta(minutes=delay)
        send_queued_email.using(run_after=later).enqueue(data, attempt + 1)
        logger.warning(
            "E-mail not sent, attempt %s (%s); trying again in %s min",
            attempt + 1,
            type(error).__name__,
            delay,
        )
        return 0


class TaskEmailBackend(BaseEmailBackend):
    """Enqueue each message for the worker instead of sending it in the request."""

    def send_messages(self, email_messages) -> int:
        for message in email_messages:
            send_queued_email.enqueue(as_data(message))
        return len(email_messages)
