"""Models of the KCC content app, one module per concept."""

from kcc_content.models.answers import QuestionAnswer
from kcc_content.models.journeys import JourneyIndexPage, JourneyPage
from kcc_content.models.products import ProductPage, UniformProductName
from kcc_content.models.review import OwningTeamApprovalTask, ReviewReminder, ReviewSchedule
from kcc_content.models.service_norm_page import ServiceNormsPage
from kcc_content.models.service_norms import BenchmarkResult, NormMeasurement, ServiceNorm
from kcc_content.models.usage import AnswerFeedback, AnswerUsage

__all__ = [
    "BenchmarkResult",
    "JourneyIndexPage",
    "JourneyPage",
    "NormMeasurement",
    "ServiceNorm",
    "ServiceNormsPage",
    "AnswerFeedback",
    "AnswerUsage",
    "OwningTeamApprovalTask",
    "ProductPage",
    "QuestionAnswer",
    "ReviewReminder",
    "ReviewSchedule",
    "UniformProductName",
]
