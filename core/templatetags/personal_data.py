"""Template filters that keep personal data in residents' texts off public pages.

``{{ idea|public_value:"description" }}`` shows a field of a ``PersonalDataReview`` model as the
website may show it; ``{{ text|public_text }}`` scrubs any resident text (survey answers);
``{{ text|highlight_personal_data }}`` marks the findings for moderators.
"""

from django import template

from core import personal_data_review

register = template.Library()


@register.filter
def public_value(instance, field_name: str) -> str:
    """Field ``field_name`` of ``instance`` without unconfirmed personal data."""
    return instance.public_value(field_name)


@register.filter
def public_text(text) -> str:
    """``text`` with personal data replaced by a notice."""
    return personal_data_review.public_text(str(text or ""))


@register.filter
def highlight_personal_data(text):
    """``text`` as escaped HTML with personal data in ``<mark>``, for moderation screens."""
    return personal_data_review.highlight_personal_data(str(text or ""))
