"""What happens when the publishing workflow ends with every step approved."""

import logging

from django.core.exceptions import ValidationError
from django.db import transaction

logger = logging.getLogger(__name__)


def publish_approved_content(workflow_state, user=None):
    """Publish the approved revision on behalf of the workflow.

    Team members approve but hold no publish permission of their own (so they cannot skip the
    workflow); a fully approved workflow is itself the authority to publish. The approver is
    still recorded as the publisher in the history.

    A page whose model refuses to go live (a consultation whose rules of the game were removed
    after it was submitted) stays unpublished and goes back to its editor as "needs changes",
    instead of breaking the approval with a server error.
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
