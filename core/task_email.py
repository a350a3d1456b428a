"""E-mail leaves the request: the site's ``EMAIL_BACKEND`` puts each message on the task queue,
and the worker sends it with the real backend (``TASK_EMAIL_BACKEND``: SMTP in production).

Code that sends e-mail does not change: ``EmailMessage.send()`` and ``send_mail`` hand the
message to ``TaskEmailBackend``, which turns it into plain JSON (subject, body, addresses, extra
headers, alternatives and attachments, binary content in base64) and enqueues
``send_queued_email``. With the database task backend of production a resident's request ends
without waiting for the mail server, and a mail server that is down delays the message instead of
failing the request; with the immediate backend of development the message is sent at once.

The queued message holds personal data (an address, a name) until the worker has sent it: the
finished task results are deleted after ``TASK_RESULT_RETENTION_DAYS``
(``core/retention_rules.py``).
"""

import base64

from django.conf import settings
from django.core.mail import EmailMessage, EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django_tasks import task


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
def send_queued_email(data: dict) -> int:
    """Send one queued message with the real backend; how many were sent (0 or 1)."""
    connection = get_connection(settings.TASK_EMAIL_BACKEND)
    return connection.send_messages([from_data(data)])


class TaskEmailBackend(BaseEmailBackend):
    """Enqueue each message for the worker instead of sending it in the request."""

    def send_messages(self, email_messages) -> int:
        for message in email_messages:
            send_queued_email.enqueue(as_data(message))
        return len(email_messages)
