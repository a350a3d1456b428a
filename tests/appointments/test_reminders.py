"""The reminder the day before: once per confirmed appointment, never for a cancelled one."""

from io import StringIO

from django.core import mail
from django.core.management import call_command
from freezegun import freeze_time

from appointments import booking
from appointments.models import Booking
from appointments.reminders import send_reminders
from tests.appointments.conftest import at

NOW = at(2027, 3, 1, 8, 0)


def confirmed(counter, kinds, moment, email):
    held = booking.hold(counter, kinds, moment, NOW)
    booking.confirm(held, name="Fatima", email=email, now=NOW)
    return held


def test_tomorrows_appointments_get_one_reminder_each(counter, passport):
    confirmed(counter, [passport], at(2027, 3, 2, 9, 0), "morgen@example.org")
    confirmed(counter, [passport], at(2027, 3, 3, 9, 0), "overmorgen@example.org")
    cancelled = confirmed(counter, [passport], at(2027, 3, 2, 10, 0), "afgezegd@example.org")
    booking.cancel(cancelled, NOW)

    first = send_reminders(at(2027, 3, 1, 18, 0))
    second = send_reminders(at(2027, 3, 1, 19, 0))

    assert (first, second) == (1, 0)
    assert [message.to for message in mail.outbox] == [["morgen@example.org"]]
    assert "morgen" in mail.outbox[0].subject.lower()
    assert "09:00" in mail.outbox[0].body


def test_the_command_also_releases_expired_holds(counter, passport):
    booking.hold(counter, [passport], at(2027, 3, 2, 9, 0), NOW)
    output = StringIO()

    with freeze_time("2027-03-01 09:00:00+01:00"):
        call_command("send_appointment_reminders", stdout=output)

    assert Booking.objects.get().status == "expired"
    assert "0 appointment reminder(s) sent." in output.getvalue()
