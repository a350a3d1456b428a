"""Admin hooks for consultation feedback: the "Terugkoppeling" screen, its buttons and menu item.

The item joins the "Participatie" menu (made in ``consultations/admin/moderation.py``) through
the hook ``register_participation_menu_item``.
"""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets.button import Button, ListingButton

from consultations.feedback import DISPOSITION_ACTION, PUBLISHED_ACTION
from consultations.feedback_views import (
    can_manage_feedback,
    feedback_edit,
    feedback_index,
    feedback_publish,
)
from consultations.models import ConsultationPage

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


def _is_consultation(page) -> bool:
    return issubclass(page.specific_class or type(page), ConsultationPage)


@hooks.register("register_page_header_buttons")
def feedback_header_button(page, user, view_name=None, next_url=None):
    """ "Terugkoppeling" in the page editor's header menu of a consultation."""
    if _is_consultation(page) and can_manage_feedback(user):
        yield Button(
            _("Feedback report"),
            reverse("consultations_feedback_edit", args=[page.pk]),
            icon_name="mail",
            priority=20,
        )


@hooks.register("register_page_listing_more_buttons")
def feedback_listing_button(page, user, next_url=None, **kwargs):
    """The same screen from the page explorer's "more" menu."""
    if _is_consultation(page) and can_manage_feedback(user):
        yield ListingButton(
            _("Feedback report"),
            reverse("consultations_feedback_edit", args=[page.pk]),
            icon_name="mail",
            priority=20,
        )
