"""Background jobs for content currency (django-tasks)."""

from django_tasks import task


@task()
def send_review_reminders_task() -> int:
    """Daily: e-mail owners their overdue and due-soon content; escalate long-overdue items."""
    from kcc_content.reminders import send_review_reminders

    return send_review_reminders()
