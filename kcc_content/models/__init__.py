"""Models of the KCC content app, one module per concept."""

from kcc_content.models.answers import QuestionAnswer
from kcc_content.models.audience import Audience
from kcc_content.models.products import ProductPage, UniformProductName
from kcc_content.models.usage import AnswerFeedback, AnswerUsage

__all__ = [
    "AnswerFeedback",
    "AnswerUsage",
    "Audience",
    "ProductPage",
    "QuestionAnswer",
    "UniformProductName",
]
