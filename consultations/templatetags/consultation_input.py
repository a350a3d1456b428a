"""Template tags for the ideas and reactions partials of a consultation page."""

from dataclasses import dataclass

from django import template
from django.db.models import Count, Q

from consultations.input_forms import ReactionForm
from participation.models import ModerationStatus

register = template.Library()


@dataclass
class ConsultationInput:
    """What the ideas and reactions partials show for one consultation."""

    ideas: list
    reactions: list
    takes_ideas: bool
    takes_reactions: bool
    reaction_form: ReactionForm | None


@register.simple_tag(takes_context=True)
def consultation_input(context, page) -> ConsultationInput:
    """Published ideas and reactions of ``page`` and whether residents can add to them today.

    A ``reaction_form`` in the context (a form shown again with its errors) takes precedence
    over a new, empty form.
    """
    takes_reactions = page.takes_reactions_now()
    reaction_form = context.get("reaction_form")
    if reaction_form is None and takes_reactions:
        reaction_form = ReactionForm(consultation=page)
    ideas = page.published_ideas().annotate(
        reaction_count=Count("reactions", filter=Q(reactions__status=ModerationStatus.PUBLISHED))
    )
    return ConsultationInput(
        ideas=list(ideas),
        reactions=list(page.published_reactions()),
        takes_ideas=page.takes_ideas_now(),
        takes_reactions=takes_reactions,
        reaction_form=reaction_form,
    )
