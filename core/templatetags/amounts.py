"""The ``euro`` template filter: ``{{ budget.amount|euro }}`` → "€ 3.250" (see ``euro_amounts``)."""

from django import template

from core.euro_amounts import format_euro

register = template.Library()


@register.filter
def euro(amount) -> str:
    """``amount`` in euro in the active language; empty for no amount."""
    return format_euro(amount)
