"""``python manage.py send_phase_notifications``: news for followers at each new phase.

Safe to run as often as you like: each follower hears about each phase once.
"""

from django.core.management.base import BaseCommand

from consultations.phase_notifications import notify_phase_changes
from core.command_options import add_date_option


class Command(BaseCommand):
    help = "E-mail confirmed followers when their consultation has entered a new phase."

    def add_arguments(self, parser):
        add_date_option(parser)

    def handle(self, *args, **options):
        sent = notify_phase_changes(options["date"])
        self.stdout.write(self.style.SUCCESS(f"{sent} phase e-mails sent."))
