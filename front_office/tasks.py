"""Background jobs of the front office (django-tasks)."""

from django_tasks import task

from front_office.escalation import escalate_overdue_requests


@task()
def escalate_overdue_requests_task() -> int:
    """Hourly on working days: escalate overdue requests, one e-mail each."""
    return escalate_overdue_requests()
