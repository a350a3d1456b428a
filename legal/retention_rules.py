"""The required pages hold no personal data of residents (see ``core.retention``).

The privacy statement names the municipality's data protection officer and the accessibility
statement an e-mail address for accessibility problems: work contact details published on
purpose, which only look personal to the system check.
"""

from core.retention import declare_not_personal

declare_not_personal(
    "legal.PrivacyStatementPage",
    ["dpo_name", "dpo_email", "dpo_phone"],
    "the data protection officer's work contact details, published on purpose",
)
declare_not_personal(
    "legal.AccessibilityStatementPage",
    ["feedback_email"],
    "the municipality's public address for accessibility problems",
)
