"""Background jobs for following consultations (django-tasks)."""

from django_tasks import task

from consultations.phase_notifications import notify_phase_changes


@task()
def send_phase_notifications_task(consultation_id: int | None = None) -> int:
    """Daily (and right after a feedback report is published): e-mail followers about a new phase."""
    return notify_phase_changes(consultation_id=consultation_id)
