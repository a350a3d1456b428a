"""``manage.py send_appointment_reminders``: tomorrow's reminders (``appointments.reminders``)."""

from django.core.management.base import BaseCommand

from appointments.reminders import send_reminders


class Command(BaseCommand):
    help = "E-mail a reminder for every confirmed appointment of tomorrow (once each)."

    def handle(self, *args, **options):
        sent = send_reminders()
        self.stdout.write(f"{sent} appointment reminder(s) sent.")
