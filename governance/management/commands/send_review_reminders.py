"""``python manage.py send_review_reminders``: today's review digests (safe to run twice)."""

from django.core.management.base import BaseCommand

from core.command_options import add_date_option
from governance.reminders import send_review_reminders


class Command(BaseCommand):
    help = "E-mail each owning team and responsible person one digest of content to check."

    def add_arguments(self, parser):
        add_date_option(parser)

    def handle(self, *args, **options):
        sent = send_review_reminders(options["date"])
        self.stdout.write(self.style.SUCCESS(f"{sent} reminder e-mails sent."))
