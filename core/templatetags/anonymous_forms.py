"""``{% anonymous_form_token "page-feedback" page.pk %}``: the hidden field of ``core.anonymous_forms``."""

from django import template
from django.utils.html import format_html

from core.anonymous_forms import FIELD_NAME, form_token

register = template.Library()


@register.simple_tag
def anonymous_form_token(purpose: str, object_id) -> str:
    """A hidden input with a signed token for this form (no cookie, so the page stays cacheable)."""
    return format_html(
        '<input type="hidden" name="{}" value="{}">', FIELD_NAME, form_token(purpose, object_id)
    )
