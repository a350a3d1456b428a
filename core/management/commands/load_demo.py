"""``python manage.py load_demo``: build the realistic Geertruidenberg demo site."""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction

from core.demo.site import DemoSite
from core.demo_registry import build_demo


class Command(BaseCommand):
    help = (
        "Create the Geertruidenberg demo site. Safe to run again: existing pages stay as they are."
    )

    def handle(self, *args, **options):
        with transaction.atomic():
            site = DemoSite(self.stdout)
            build_demo(site)
            result = site.result()
        self.stdout.write(self.style.SUCCESS(f"Demo site ready: {result['created']} new pages."))
        admin_url = settings.SITE_URL.rstrip("/") + "/admin/"
        self.stdout.write(f"Admin: {admin_url}  user: {result['username']}")
        if result["password"]:
            self.stdout.write(f"       password: {result['password']}")
            if result["people"]:
                self.stdout.write(
                    "Demo editors (same password): "
                    + ", ".join(result["people"])
                    + " (anna and bram: Team Burgerzaken; taalcoach; coordinator; kcc: contact"
                    + " centre; participatie: participation staff; wijk: neighbourhood team)"
                )
        else:
            self.stdout.write("       password: unchanged (set DEMO_ADMIN_PASSWORD to choose one)")
