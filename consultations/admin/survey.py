"""Admin hooks for consultation surveys and exports.

Buttons on a survey page: "Enter a paper response" and "Invitation codes"; on a consultation
page: "Export input". The views live in ``consultations.admin.survey_views``.
"""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button

from consultations.admin import survey_views
from consultations.exports import can_export
from consultations.models import ConsultationPage, ConsultationSurveyPage
from consultations.survey_responses import STAFF_ENTRY_ACTION


@hooks.register("register_admin_urls")
def register_survey_urls():
    return [
        path(
            "consultations/surveys/<int:survey_id>/enter/",
            survey_views.enter_survey_response,
            name="consultations_survey_enter",
        ),
        path(
            "consultations/surveys/<int:survey_id>/invitations/",
            survey_views.create_invitations,
            name="consultations_survey_invitations",
        ),
        path(
            "consultations/<int:consultation_id>/export/",
            survey_views.export_input,
            name="consultations_export",
        ),
    ]


@hooks.register("register_log_actions")
def register_survey_log_actions(actions):
    actions.register_action(
        STAFF_ENTRY_ACTION,
        _("Enter survey response"),
        _("Survey response entered by staff"),
    )
    actions.register_action(
        survey_views.INVITATIONS_ACTION,
        _("Create invitation codes"),
        _("Invitation codes created"),
    )
    actions.register_action(
        survey_views.EXPORT_ACTION,
        _("Export input"),
        _("Input exported"),
    )


def survey_buttons(page, user):
    """The survey and export buttons ``user`` may use on ``page``."""
    specific_class = page.specific_class
    if specific_class is ConsultationSurveyPage:
        if user.has_perm("consultations.add_surveyresponse"):
            yield Button(
                _("Enter a paper response"),
                reverse("consultations_survey_enter", args=[page.pk]),
                icon_name="form",
                priority=85,
            )
        if user.has_perm("consultations.add_invitationcode"):
            yield Button(
                _("Invitation codes"),
                reverse("consultations_survey_invitations", args=[page.pk]),
                icon_name="key",
                priority=86,
            )
    elif specific_class is ConsultationPage and can_export(user):
        yield Button(
            _("Export input"),
            reverse("consultations_export", args=[page.pk]),
            icon_name="download",
            priority=85,
        )


@hooks.register("register_page_header_buttons")
def survey_header_buttons(page, user, view_name, next_url=None):
    yield from survey_buttons(page, user)


@hooks.register("register_page_listing_more_buttons")
def survey_listing_buttons(page, user, next_url=None):
    yield from survey_buttons(page, user)
