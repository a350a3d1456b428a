"""The ballot form: the vote code ("Stemcode") and the proposals a young person picks.

The form only checks what it can see by itself (a code was typed, the boxes belong to this
ballot, the choice follows the rule); ``youth.ballots`` checks the code against the database and
casts the vote, whatever the form said.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from participation.resident_fields import DesignSystemWidgetsMixin
from participation.spam_protection import HoneypotFormMixin
from youth.round_rules import choice_problem

CODE_MAX = 20  # ten characters, two dashes and some room for spaces


class BallotForm(DesignSystemWidgetsMixin, HoneypotFormMixin, forms.Form):
    """Step 1 (and, with hidden fields, step 2) of voting in a round."""

    code = forms.CharField(
        label=_("Vote code"),
        help_text=_("You find it on your card. For example: K7RM-XQ4P-DA."),
        max_length=CODE_MAX,
        error_messages={
            "required": _("Fill in your vote code."),
            "max_length": _("This vote code is too long. Take another good look."),
        },
        widget=forms.TextInput(
            attrs={
                "autocomplete": "off",
                "autocapitalize": "characters",
                "spellcheck": "false",
                "inputmode": "text",
            }
        ),
    )
    proposals = forms.ModelMultipleChoiceField(
        label=_("Your choice"),
        queryset=None,
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "required": _("Choose at least one proposal."),
            "invalid_choice": _("Choose proposals from the list."),
            "invalid_pk_value": _("Choose proposals from the list."),
        },
    )

    def __init__(self, *args, voting_round, **kwargs):
        kwargs.setdefault("auto_id", "ballot-%s")
        super().__init__(*args, **kwargs)
        self.voting_round = voting_round
        self.fields["proposals"].queryset = voting_round.ballot_proposals()

    def clean_code(self):
        return self.cleaned_data["code"].strip()

    def clean_proposals(self):
        proposals = self.cleaned_data["proposals"]
        problem = choice_problem(self.voting_round, proposals)
        if problem:
            raise forms.ValidationError(problem)
        return proposals

    def choices(self):
        """The proposals with their checkbox state, for the template."""
        if self.is_bound:
            chosen = set(self.data.getlist(self.add_prefix("proposals")))
        else:
            chosen = {str(pk) for pk in self.initial.get("proposals", [])}
        return [
            (proposal, str(proposal.pk) in chosen) for proposal in self.fields["proposals"].queryset
        ]
