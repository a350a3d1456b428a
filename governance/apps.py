"""App configuration for content governance: ownership, the review cycle and the workflows."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GovernanceConfig(AppConfig):
    """Who owns each page or answer, when it must be checked again, and who approves changes."""

    name = "governance"
    verbose_name = _("Content ownership and review")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import pre_delete
        from wagtail.models import Page
        from wagtail.signals import (
            page_published,
            page_unpublished,
            published,
            task_submitted,
            unpublished,
        )

        from governance import notifications, review  # models load only at ready()
        from governance.models import OwningTeamApprovalTask  # models load only at ready()

        page_published.connect(review.record_publication, dispatch_uid="kcc_review_publish")
        page_unpublished.connect(review.forget_unpublished, dispatch_uid="kcc_review_unpublish")
        pre_delete.connect(review.forget_unpublished, sender=Page, dispatch_uid="kcc_review_delete")
        published.connect(
            review.record_snippet_publication, dispatch_uid="kcc_review_snippet_publish"
        )
        unpublished.connect(
            review.forget_unpublished_snippet, dispatch_uid="kcc_review_snippet_unpublish"
        )
        task_submitted.connect(
            notifications.notify_owning_team,
            sender=OwningTeamApprovalTask.get_task_state_class(),
            dispatch_uid="kcc_team_approval_submitted",
        )
