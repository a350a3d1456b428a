"""Background jobs for service norms (django-tasks)."""

from django_tasks import task

from service_norms.measuring import measure_norms


@task()
def measure_service_norms_task() -> str:
    """Daily: compute the monthly figures of the norms measured from handling."""
    return measure_norms().summary()
