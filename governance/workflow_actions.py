"""What the publishing workflow does around a reviewer's decision and when it ends.

One place for three rules: content that cannot be published is never approved (it goes back to
its editor with the reason), a fully approved workflow publishes, and a reviewer lands on a
screen they may open, with a message that says what their decision did.
"""

import logging

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.html import escape
from django.utils.translation import gettext as _

# No import of wagtail.models at module level: Wagtail imports this module (the setting
# WAGTAIL_FINISH_WORKFLOW_ACTION) while it defines its own models.

logger = logging.getLogger(__name__)


def publication_problems(obj) -> list[str]:
    """Why ``obj`` cannot go live (e.g. a consultation without rules of the game); empty if it can.

    Models with conditions for going live say so in ``publication_problems()``, returning
    ``{field name: message}``; others can always be published.
    """
    check = getattr(obj, "publication_problems", None)
    return [str(message) for message in check().values()] if check else []


def refuse_unpublishable_approval(task_state, user=None) -> bool:
    """Send content back to its editor instead of approving it when it cannot be published.

    The workflow publishes the latest revision, so that is the one checked. The task is rejected
    with the reason as its comment (kept in the history and e-mailed to the editor), so the
    workflow never reports "approved" for content that stays offline. True if it refused.
    """
    obj = task_state.workflow_state.content_object
    obj = type(obj)._default_manager.get(pk=obj.pk)  # not a copy cached before the last save
    revision = obj.get_latest_revision() or task_state.revision
    problems = publication_problems(revision.as_object())
    if not problems:
        return False
    logger.info(
        "Workflow state %s: approval refused, %d condition(s) for publishing not met",
        task_state.workflow_state_id,
        len(problems),
    )
    task_state.reject(
        user=user,
        update=task_state.workflow_state.current_task_state_id == task_state.pk,
        comment=_("This cannot be published yet: %(problems)s") % {"problems": " ".join(problems)},
    )
    return True


@transaction.atomic
def decide_unless_unpublishable(task_state, user, action_name: str, decide) -> str:
    """A workflow task's ``on_action``: run ``decide()`` (Wagtail's ``TaskState.approve`` or
    ``reject``, which move the workflow on or publish) unless it would approve content that
    cannot go live. Returns the screen the reviewer lands on."""
    obj = task_state.workflow_state.content_object
    if not (action_name == "approve" and refuse_unpublishable_approval(task_state, user)):
        decide()
    return landing_url_after_decision(obj, user)


def publish_approved_content(workflow_state, user=None):
    """Publish the approved revision on behalf of the workflow.

    Team members approve but hold no publish permission of their own (so they cannot skip the
    workflow); a fully approved workflow is itself the authority to publish. The approver is
    still recorded as the publisher in the history.

    The tasks refuse to approve content that cannot go live (``refuse_unpublishable_approval``);
    should a page still refuse (a task type without that check), it stays unpublished and goes
    back to its editor as "needs changes" instead of breaking the approval with a server error.
    """
    revision = workflow_state.content_object.get_latest_revision()
    try:
        with transaction.atomic():
            revision.publish(user=user, skip_permission_checks=True)
    except ValidationError as error:
        logger.warning(
            "Workflow %s approved %s, but it cannot be published: %s",
            workflow_state.pk,
            workflow_state.content_object,
            "; ".join(error.messages),
        )
        workflow_state.status = workflow_state.STATUS_NEEDS_CHANGES
        workflow_state.save(update_fields=["status"])


def landing_url_after_decision(obj, user) -> str:
    """Where a reviewer goes after approving or rejecting: a screen they may open.

    Reviewers of the B1 check may open the editor only while the page waits for them; once they
    approved it, Wagtail's usual destinations (the editor, the parent in the explorer) refuse
    them. Whoever may still edit the page sees its parent in the explorer; everyone else returns
    to the dashboard with its list of content awaiting review.
    """
    from wagtail.models import Page

    if isinstance(obj, Page):
        page = Page.objects.get(pk=obj.pk)  # as it is after the decision, not as it was loaded
        if page.permissions_for_user(user).can_edit():
            return reverse("wagtailadmin_explore", args=[page.get_parent().pk])
    return reverse("wagtailadmin_home")


def last_decision_by(obj, user):
    """The task state ``user`` most recently approved or rejected for ``obj``, or None."""
    from wagtail.models import TaskState

    return (
        TaskState.objects.filter(
            workflow_state__base_content_type_id=obj.get_base_content_type().pk,
            workflow_state__object_id=str(obj.pk),
            finished_by=user,
            status__in=[TaskState.STATUS_APPROVED, TaskState.STATUS_REJECTED],
        )
        .select_related("task", "workflow_state")
        .order_by("-finished_at", "-pk")
        .first()
    )


def decision_message(obj, task_state, action_name: str) -> tuple[int, str]:
    """The message level and text that tell a reviewer what their decision did."""
    from wagtail.models import Page, TaskState

    title = obj.get_admin_display_title() if isinstance(obj, Page) else str(obj)
    if action_name == "approve" and task_state.status == TaskState.STATUS_REJECTED:
        return messages.ERROR, _(
            "'%(title)s' was not approved and has gone back to its editor. %(reason)s"
        ) % {"title": title, "reason": task_state.comment}
    if task_state.status == TaskState.STATUS_REJECTED:
        return messages.SUCCESS, _("You asked for changes to '%(title)s'.") % {"title": title}
    workflow_state = task_state.workflow_state
    workflow_state.refresh_from_db()
    if workflow_state.status == workflow_state.STATUS_IN_PROGRESS:
        next_task = workflow_state.current_task_state.task.name
        return messages.SUCCESS, _("'%(title)s' is approved. Next step: %(task)s.") % {
            "title": title,
            "task": next_task,
        }
    if workflow_state.status == workflow_state.STATUS_APPROVED:
        return messages.SUCCESS, _("'%(title)s' is approved and published.") % {"title": title}
    return messages.WARNING, _(
        "'%(title)s' is approved, but it could not be published. It has gone back to its editor."
    ) % {"title": title}


def _replace_save_message(request, page, level: int, text: str) -> None:
    """Swap Wagtail's "Page '…' has been updated." for the message about the decision."""
    updated = escape(
        _("Page '%(page_title)s' has been updated.")
        % {"page_title": page.get_admin_display_title()}
    )
    kept = [message for message in messages.get_messages(request) if updated not in message.message]
    for message in kept:
        messages.add_message(request, message.level, message.message, message.extra_tags)
    messages.add_message(request, level, text)


def after_decision_in_editor(request, page):
    """After a reviewer approved or rejected in the page editor: say so and land somewhere open.

    Used as Wagtail's ``after_edit_page`` hook; returns None for every other kind of save.
    """
    if request.method != "POST" or not request.POST.get("action-workflow-action"):
        return None
    task_state = last_decision_by(page, request.user)
    if task_state is None:
        return None
    action_name = request.POST.get("workflow-action-name", "")
    level, text = decision_message(page, task_state, action_name)
    _replace_save_message(request, page, level, text)
    return redirect(landing_url_after_decision(page, request.user))
