"""Models of the consultations app, one module per concept."""

from consultations.models.contributions import (
    Disposition,
    Idea,
    ModerationStatus,
    Participant,
    Reaction,
    Source,
    SurveyTheme,
)
from consultations.models.following import Follower
from consultations.models.pages import (
    ConsultationIndexPage,
    ConsultationPage,
    ConsultationSurveyPage,
)
from consultations.models.phases import ConsultationPhase, PhaseKind
from consultations.models.survey import InvitationCode, SurveyField, SurveyResponse

__all__ = [
    "ConsultationIndexPage",
    "ConsultationPage",
    "ConsultationPhase",
    "ConsultationSurveyPage",
    "Disposition",
    "Follower",
    "Idea",
    "InvitationCode",
    "ModerationStatus",
    "Participant",
    "PhaseKind",
    "Reaction",
    "Source",
    "SurveyField",
    "SurveyResponse",
    "SurveyTheme",
]
