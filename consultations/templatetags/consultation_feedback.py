"""Template tags for the feedback report and follow partials of a consultation page."""

from django import template

from consultations.feedback_report import build_report
from consultations.routes.following import FollowForm, can_follow

register = template.Library()


@register.simple_tag
def feedback_report(page):
    """The published feedback report of ``page``, or None before publication."""
    if not getattr(page, "feedback_published_at", None):
        return None
    return build_report(page)


@register.simple_tag(takes_context=True)
def follow_form(context, page):
    """The follow form: the one in the context (shown again with errors) or a new one.

    None when the consultation can no longer be followed.
    """
    if not can_follow(page):
        return None
    return context.get("follow_form") or FollowForm()
