"""Template tags for the survey partials on the consultation page and the survey form."""

from django import forms, template

from consultations.survey_results import public_survey_results, survey_of

register = template.Library()


@register.simple_tag
def consultation_survey(consultation):
    """The published survey of ``consultation``, or None."""
    return survey_of(consultation)


@register.simple_tag
def survey_results_for(consultation):
    """The survey results residents may see on ``consultation``'s page, or None."""
    return public_survey_results(consultation)


@register.filter
def survey_field_kind(bound_field) -> str:
    """How a survey field is rendered: ``choices`` (a fieldset of radios/checkboxes) or ``text``."""
    widget = bound_field.field.widget
    if isinstance(widget, forms.RadioSelect | forms.CheckboxSelectMultiple):
        return "choices"
    return "text"


@register.filter
def survey_choice_type(bound_field) -> str:
    """``checkbox`` for multiple choice, otherwise ``radio``."""
    widget = bound_field.field.widget
    return "checkbox" if isinstance(widget, forms.CheckboxSelectMultiple) else "radio"
