"""The B1-taalcheck workflow step: automatic approval for plain text, a reasoned decision otherwise."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log
from wagtail.models import TaskState
from wagtail.signals import task_approved

AUTO_APPROVAL_COMMENT = "Automatisch goedgekeurd: de tekst voldoet aan taalniveau B1."
NOT_DUTCH_COMMENT = "Automatisch goedgekeurd: geen Nederlandse tekst, de B1-taalcheck geldt niet."


class ReasonForm(forms.Form):
    """Reviewers must say why they approve a text that is not B1, or what must change."""

    comment = forms.CharField(
        label=_("Reason"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=2000,
        required=True,
        help_text=_("Explain your decision. It is stored in the page history."),
    )


def approve_if_plain(task_state: TaskState) -> bool:
    """Approve the task state when its revision meets B1 (or is not Dutch); True if it did.

    The status is set without calling ``TaskState.approve`` because the workflow is still being
    started: ``WorkflowState.update`` sees the approved state and moves on to the next step.
    """
    from readability.results import check_object, is_dutch

    revision = task_state.revision
    content = revision.as_object()
    if not is_dutch(content):
        comment = NOT_DUTCH_COMMENT
    elif check_object(content).meets_b1:
        comment = AUTO_APPROVAL_COMMENT
    else:
        return False
    task_state.status = TaskState.STATUS_APPROVED
    task_state.finished_at = timezone.now()
    task_state.comment = comment
    task_state.save(update_fields=["status", "finished_at", "comment"])
    log(
        instance=revision.as_object(),
        action="wagtail.workflow.approve",
        revision=revision,
        data={
            "workflow": {
                "id": task_state.workflow_state.workflow_id,
                "title": task_state.workflow_state.workflow.name,
                "status": task_state.status,
                "task_state_id": task_state.id,
                "task": {"id": task_state.task_id, "title": task_state.task.name},
                "next": None,
            },
            "comment": comment,
        },
    )
    task_approved.send(
        sender=task_state.specific.__class__, instance=task_state.specific, user=None
    )
    return True
