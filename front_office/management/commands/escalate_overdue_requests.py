"""``manage.py escalate_overdue_requests``: e-mail the teams about their overdue requests, once."""

from django.core.management.base import BaseCommand

from front_office.escalation import escalate_overdue_requests


class Command(BaseCommand):
    help = "Escalate every overdue callback or contact request once (e-mail to its team)."

    def handle(self, *args, **options):
        count = escalate_overdue_requests()
        self.stdout.write(f"Escalated {count} overdue request(s).")
