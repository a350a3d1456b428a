"""Background jobs of the consultations app (django-tasks)."""

from django_tasks import task

from consultations.anonymise import anonymise_expired


@task()
def anonymise_consultations_task() -> int:
    """Daily: remove personal data of consultations past their retention date.

    Returns the number of participants anonymised in this run.
    """
    return anonymise_expired().participants
