"""The B1-taalcheck workflow step: automatic approval for plain text, a reasoned decision otherwise."""

from collections.abc import Iterable

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.models import TaskState

from governance.workflow_actions import refuse_unpublishable_approval
from readability.analyser import analyse_blocks
from readability.content_text import content_blocks, is_dutch
from readability.officialese import OfficialeseEntry

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


def approve_if_plain(task_state: TaskState, officialese: Iterable[OfficialeseEntry]) -> bool:
    """Approve the task state when its revision meets B1 (or is not Dutch); True if it did.

    ``officialese`` is the word list to check against: the task passes the editors' list
    (``readability.models.words.current_officialese``), as ``content_check.check_object`` does.

    Runs while the workflow starts this task: ``TaskState.approve`` is called without updating
    the workflow, because ``WorkflowState.update`` (our caller) sees the approved state and moves
    on to the next step itself. Content that cannot be published is sent back instead.
    """
    content = task_state.revision.as_object()
    if not is_dutch(content):
        comment = NOT_DUTCH_COMMENT
    elif analyse_blocks(content_blocks(content), officialese=officialese).meets_b1:
        comment = AUTO_APPROVAL_COMMENT
    else:
        return False
    if refuse_unpublishable_approval(task_state):
        return False
    task_state.approve(user=None, update=False, comment=comment)
    return True
