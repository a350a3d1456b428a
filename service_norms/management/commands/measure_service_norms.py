"""``python manage.py measure_service_norms``: compute the figures of automatically measured norms."""

from django.core.management.base import BaseCommand

from service_norms.measuring import measure_norms


class Command(BaseCommand):
    help = (
        "Compute the monthly figures of the service norms measured from handling: the current "
        "month (provisional) and every closed month that is not final yet. Run it daily."
    )

    def handle(self, *args, **options):
        result = measure_norms()
        self.stdout.write(self.style.SUCCESS(f"Service norms measured: {result.summary()}."))
