"""Admin hooks for consultation surveys and exports.

Buttons on a survey page: "Enter a paper response" and "Invitation codes"; on a consultation
page: "Export input". The views live in ``consultations.admin.survey_views``.
"""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from consultations.admin import survey_views
from consultations.exports import can_export
from consultations.models import ConsultationPage, ConsultationSurveyPage
from consultations.survey_responses import STAFF_ENTRY_ACTION
from core.page_actions import register_page_action


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


register_page_action(
    _("Enter a paper response"),
    "consultations_survey_enter",
    icon="form",
    priority=85,
    page_types=(ConsultationSurveyPage,),
    permission="consultations.add_surveyresponse",
)
register_page_action(
    _("Invitation codes"),
    "consultations_survey_invitations",
    icon="key",
    priority=86,
    page_types=(ConsultationSurveyPage,),
    permission="consultations.add_invitationcode",
)
register_page_action(
    _("Export input"),
    "consultations_export",
    icon="download",
    priority=85,
    page_types=(ConsultationPage,),
    applies_to=lambda page, user: can_export(user),
)
