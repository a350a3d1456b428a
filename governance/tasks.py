"""Background jobs for content currency (django-tasks)."""

from django_tasks import task

from governance.reminders import send_review_reminders


@task()
def send_review_reminders_task() -> int:
    """Daily: e-mail owners their overdue and due-soon content; escalate long-overdue items."""
    return send_review_reminders()
