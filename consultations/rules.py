"""The rules of the game ("spelregels") of a consultation: one place that says what is required.

Residents asked the municipality to say beforehand what will happen with their input. So a
consultation cannot go live until every rule below is filled in; ``rule_problems`` is the one
check that the editor form, the model's ``save`` and the workflow all use.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ParticipationLevel(models.TextChoices):
    """The participation ladder, from least to most influence."""

    INFORM = "informeren", _("Inform")
    CONSULT = "raadplegen", _("Consult")
    ADVISE = "adviseren", _("Advise")
    COPRODUCE = "coproduceren", _("Co-produce")
    CODECIDE = "meebeslissen", _("Co-decide")


#: What each level means for residents, in plain language.
LEVEL_MEANINGS = {
    ParticipationLevel.INFORM: _("We tell you about our plans. You cannot change them."),
    ParticipationLevel.CONSULT: _("We ask for your opinion. After that, we decide."),
    ParticipationLevel.ADVISE: _("You give advice. We follow it, unless we explain why we do not."),
    ParticipationLevel.COPRODUCE: _("We make the plan together with you."),
    ParticipationLevel.CODECIDE: _("You decide together with us. We follow the outcome."),
}

#: The rules a consultation needs before it can go live, with the message an editor sees.
REQUIRED_RULES = {
    "participation_level": _("Choose the participation level."),
    "fixed_points": _("Say what is fixed and cannot change."),
    "open_points": _("Say what residents can still influence."),
    "decision_maker": _("Say who decides."),
    "decision_moment": _("Say when the decision is made."),
    "use_of_input": _("Say how you will use the input."),
    "feedback_date": _("Choose the date by which you report back."),
    "retention_date": _("Choose the date on which personal data is deleted."),
}


def rule_problems(consultation) -> dict[str, str]:
    """Missing or inconsistent rules of the game, as {field name: message}; empty when complete."""
    problems = {
        name: message
        for name, message in REQUIRED_RULES.items()
        if not str(getattr(consultation, name) or "").strip()
    }
    feedback_date, retention_date = consultation.feedback_date, consultation.retention_date
    if feedback_date and retention_date and retention_date < feedback_date:
        problems["retention_date"] = _(
            "Keep personal data at least until the feedback date, so you can send the feedback."
        )
    return problems
