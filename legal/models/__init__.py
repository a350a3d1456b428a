"""The pages every Dutch municipality's website must have, one module per page type."""

from legal.models.accessibility import (
    AccessibilityStatementPage,
    ComplianceStatus,
    EvaluationTool,
    KnownProblem,
)
from legal.models.base import LegalPage
from legal.models.contact import ContactPage
from legal.models.cookies import CookieStatementPage, FunctionalCookie
from legal.models.privacy import PrivacyStatementPage

__all__ = [
    "AccessibilityStatementPage",
    "ComplianceStatus",
    "ContactPage",
    "CookieStatementPage",
    "EvaluationTool",
    "FunctionalCookie",
    "KnownProblem",
    "LegalPage",
    "PrivacyStatementPage",
]
