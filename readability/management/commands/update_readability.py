"""``python manage.py update_readability``: re-check all published content now."""

from django.core.management.base import BaseCommand

from readability.tasks import recheck_all_content


class Command(BaseCommand):
    help = "Re-analyse every published page for plain Dutch (B1) and store the results."

    def handle(self, *args, **options):
        count = recheck_all_content.call()
        self.stdout.write(self.style.SUCCESS(f"Checked {count} pages."))
