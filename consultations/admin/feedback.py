"""Admin hooks for consultation feedback: the "Terugkoppeling" screen, its buttons and menu item.

The item joins the "Participatie" menu (made in ``consultations/admin/moderation.py``) through
the hook ``register_participation_menu_item``.
"""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from consultations.feedback import DISPOSITION_ACTION, PUBLISHED_ACTION
from consultations.feedback_views import (
    can_manage_feedback,
    feedback_edit,
    feedback_index,
    feedback_publish,
)
from consultations.models import ConsultationPage
from core.page_actions import register_page_action

PARTICIPATION_MENU_HOOK = "register_participation_menu_item"


@hooks.register("register_admin_urls")
def register_feedback_urls():
    return [
        path("participatie/terugkoppeling/", feedback_index, name="consultations_feedback_index"),
        path(
            "participatie/terugkoppeling/<int:page_id>/",
            feedback_edit,
            name="consultations_feedback_edit",
        ),
        path(
            "participatie/terugkoppeling/<int:page_id>/publiceren/",
            feedback_publish,
            name="consultations_feedback_publish",
        ),
    ]


@hooks.register("register_log_actions")
def register_feedback_log_actions(actions):
    actions.register_action(
        PUBLISHED_ACTION, _("Feedback report published"), _("Feedback report published")
    )
    actions.register_action(
        DISPOSITION_ACTION, _("Disposition given"), _("Disposition given with a reason")
    )


class FeedbackMenuItem(MenuItem):
    """Shown to participation staff and superusers."""

    def is_shown(self, request):
        return can_manage_feedback(request.user)


@hooks.register(PARTICIPATION_MENU_HOOK)
def register_feedback_menu_item():
    return FeedbackMenuItem(
        _("Feedback report"),
        reverse("consultations_feedback_index"),
        icon_name="mail",
        name="feedback",
        order=300,
    )


register_page_action(
    _("Feedback report"),
    "consultations_feedback_edit",
    icon="mail",
    priority=20,
    page_types=(ConsultationPage,),
    applies_to=lambda page, user: can_manage_feedback(user),
)
