"""``python manage.py anonymise_initiatives``: remove initiators' contact details after retention.

Deprecated: ``python manage.py apply_retention`` applies this and every other retention rule.
This alias runs only the rules of its own app, for old schedules.
"""

from django.core.management.base import BaseCommand

from core.command_options import add_date_option
from core.retention import end_of_day
from neighbourhoods.anonymise import anonymise_expired, retention_days


class Command(BaseCommand):
    help = (
        "Deprecated, use apply_retention. Remove the name, e-mail address and phone number of "
        "initiators INITIATIVE_CONTACT_RETENTION_DAYS after their initiative was not approved "
        "or carried out."
    )

    def add_arguments(self, parser):
        add_date_option(parser)

    def handle(self, *args, **options):
        self.stderr.write(
            "Deprecated: use `python manage.py apply_retention` (all retention rules)."
        )
        now = end_of_day(options["date"]) if options["date"] else None
        count = anonymise_expired(now)
        self.stdout.write(
            self.style.SUCCESS(
                f"{count} initiatives anonymised "
                f"(contact details kept {retention_days()} days after the final status)."
            )
        )
