"""Whether the "was this page helpful?" question is closed for this request."""

from django import template

from home.views.feedback import CLOSED_TAGS

register = template.Library()

CLOSED_TAG = CLOSED_TAGS.split()[-1]


@register.filter
def page_feedback_closed(messages) -> bool:
    """True when a message of this request closes the question (answered "yes", comment sent,
    too late, already commented): then the component shows the thanks and no buttons."""
    return any(CLOSED_TAG in message.tags.split() for message in messages or ())
