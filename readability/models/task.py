"""The workflow step "B1-taalcheck": approves plain text itself, asks a reasoned decision otherwise."""

from functools import partial

from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask

from governance.workflow_actions import decide_unless_unpublishable
from readability.models.words import current_officialese
from readability.workflow import ReasonForm, approve_if_plain


class PlainLanguageTask(AbstractGroupApprovalTask):
    """Workflow step "B1-taalcheck".

    Approves itself when the submitted revision meets B1. Otherwise the content waits for one of
    the task's groups, who must write a reason when they approve anyway or ask for changes; the
    reason is stored on the task state and in the audit log.
    """

    def start(self, workflow_state, user=None):
        """Start the task and approve it at once when the revision meets B1."""
        task_state = super().start(workflow_state, user=user)
        approve_if_plain(task_state, current_officialese())
        return task_state

    def get_actions(self, obj, user):
        """Reviewers may only approve or reject with a written reason."""
        if user.is_superuser or self._user_in_groups(user):
            return [
                ("reject", _("Request changes"), True),
                ("approve", _("Approve with reason"), True),
            ]
        return []

    def on_action(self, task_state, user, action_name, **kwargs):
        """Decide through Wagtail's ``TaskState`` API, refusing to approve what cannot go live.

        Returns where the reviewer lands: a screen they may open once the page left their task.
        """
        decide = partial(super().on_action, task_state, user, action_name, **kwargs)
        return decide_unless_unpublishable(task_state, user, action_name, decide)

    def get_form_for_action(self, action):
        """The reason is required for both decisions."""
        return ReasonForm

    def get_template_for_action(self, action):
        return ""

    @classmethod
    def get_description(cls):
        return _(
            "Approves automatically when the text meets language level B1; otherwise a member "
            "of the chosen groups decides and writes down why."
        )

    class Meta:
        verbose_name = _("B1 language check")
        verbose_name_plural = _("B1 language checks")
