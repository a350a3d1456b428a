"""``python manage.py sync_review_schedules``: rebuild the review schedule of all live content."""

from django.core.management.base import BaseCommand
from wagtail.models import Page

from governance.review import sync_schedule


class Command(BaseCommand):
    help = "Rebuild the review schedule rows from the owner fields of all published pages."

    def handle(self, *args, **options):
        count = sum(bool(sync_schedule(page)) for page in Page.objects.live().specific().iterator())
        self.stdout.write(self.style.SUCCESS(f"{count} schedules up to date."))
