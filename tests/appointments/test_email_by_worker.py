"""E-mail leaves the request: with the database task backend of production, a resident's booking
ends without sending anything; the worker (``manage.py db_worker``) sends the confirmation, with
its calendar file intact."""

import icalendar
import pytest
from django.core import mail
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult
from freezegun import freeze_time

from appointments.models import Booking
from tests.appointments.conftest import at
from tests.appointments.test_resident_pages import NOW, fill_in, hold

# Committed, as in production: the worker reads the queue in its own transactions (and closes the
# connection between tasks), so the test cannot hold everything in one open transaction.
pytestmark = [
    pytest.mark.usefixtures("home"),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def production_mail(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.backend.DatabaseBackend"}}
    settings.EMAIL_BACKEND = "core.task_email.TaskEmailBackend"
    settings.TASK_EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


def test_the_confirmation_is_sent_by_the_worker_not_by_the_request(
    client, counter, passport, production_mail
):
    with freeze_time(NOW):
        details_url = hold(client, [passport], counter, at(2027, 3, 2, 9, 0))["Location"]
        response = fill_in(client, details_url)

    assert response.status_code == 302
    assert mail.outbox == []  # the request is done; nothing was sent yet
    queued = DBTaskResult.objects.get(task_path="core.task_email.send_queued_email")

    call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)

    [message] = mail.outbox
    booking = Booking.objects.get()
    assert message.to == ["fatima@example.org"]
    assert booking.reference in message.subject
    [(filename, content, mimetype)] = message.attachments
    assert mimetype.startswith("text/calendar")
    event = icalendar.Calendar.from_ical(content).walk("VEVENT")[0]
    assert str(event["uid"]).startswith(booking.reference)
    queued.refresh_from_db()
    assert queued.status == "SUCCESSFUL"


def test_a_mail_server_that_is_down_delays_the_message_instead_of_losing_it(
    client, counter, passport, production_mail, settings, caplog
):
    # The real SMTP backend against a closed local port: the connection is refused.
    settings.TASK_EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 2
    with freeze_time(NOW):
        details_url = hold(client, [passport], counter, at(2027, 3, 2, 9, 0))["Location"]
        fill_in(client, details_url)

    call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)

    retry = DBTaskResult.objects.get(task_path="core.task_email.send_queued_email", status="READY")
    assert retry.args_kwargs["args"][1] == 1  # the second attempt
    assert retry.args_kwargs["args"][0]["to"] == ["fatima@example.org"]
    assert retry.run_after > retry.enqueued_at
    assert "trying again in 1 min" in caplog.text
    assert "fatima@example.org" not in caplog.text
