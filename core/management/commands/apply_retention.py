"""``python manage.py apply_retention``: apply every retention rule of the register.

Removes personal data whose retention period has ended (see ``core.retention`` and each app's
``retention_rules.py``). Safe to run as often as you like: a second run changes nothing. Schedule
it daily. ``--dry-run`` prints per rule how many rows would change, and changes nothing.
"""

from django.core.management.base import BaseCommand

from core.command_options import add_date_option
from core.retention import apply_rules, end_of_day


class Command(BaseCommand):
    help = "Anonymise or delete personal data whose retention period has ended (all rules)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Only count what would change, per rule."
        )
        add_date_option(parser)

    def handle(self, *args, **options):
        now = end_of_day(options["date"]) if options["date"] else None
        dry_run = options["dry_run"]
        outcomes = apply_rules(now, dry_run=dry_run)
        for outcome in outcomes:
            rule = outcome.rule
            days = rule.retention_days()
            period = f"{days} days after {rule.clock}" if days is not None else f"on {rule.clock}"
            verb = f"would be {outcome.action}" if dry_run else outcome.action
            self.stdout.write(f"{rule.model}: {outcome.rows} rows {verb} ({period})")
        total = sum(outcome.rows for outcome in outcomes)
        summary = (
            f"{total} rows {'would change' if dry_run else 'changed'} by {len(outcomes)} rules."
        )
        self.stdout.write(self.style.SUCCESS(f"Dry run: {summary}" if dry_run else summary))
