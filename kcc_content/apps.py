"""App configuration for the KCC content app."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KccContentConfig(AppConfig):
    """Products, question-and-answer articles and the ownership of all public content."""

    name = "kcc_content"
    verbose_name = _("Content and knowledge base")
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

        from kcc_content import notifications, review
        from kcc_content.models import OwningTeamApprovalTask, QuestionAnswer
        from readability.signals import check_published_page

        page_published.connect(review.record_publication, dispatch_uid="kcc_review_publish")
        page_unpublished.connect(review.forget_unpublished, dispatch_uid="kcc_review_unpublish")
        pre_delete.connect(review.forget_unpublished, sender=Page, dispatch_uid="kcc_review_delete")
        published.connect(
            review.record_publication,
            sender=QuestionAnswer,
            dispatch_uid="kcc_review_answer_publish",
        )
        published.connect(
            check_published_page,
            sender=QuestionAnswer,
            dispatch_uid="kcc_readability_answer_publish",
        )
        unpublished.connect(
            review.forget_unpublished,
            sender=QuestionAnswer,
            dispatch_uid="kcc_review_answer_unpublish",
        )
        task_submitted.connect(
            notifications.notify_owning_team,
            sender=OwningTeamApprovalTask.get_task_state_class(),
            dispatch_uid="kcc_team_approval_submitted",
        )
