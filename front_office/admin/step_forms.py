"""The forms on a request's screen: note, hand over, close (claiming needs no fields)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from front_office.models import HandlingTeam
from front_office.models.requests import NOTE_MAX_LENGTH, ClosingOutcome


class NoteForm(forms.Form):
    text = forms.CharField(
        label=_("Note"),
        max_length=NOTE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class HandOverForm(forms.Form):
    team = forms.ModelChoiceField(
        label=_("Hand over to"), queryset=HandlingTeam.objects.none(), empty_label=None
    )
    reason = forms.CharField(
        label=_("Reason"),
        max_length=NOTE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(self, *args, current_team=None, **kwargs):
        super().__init__(*args, **kwargs)
        teams = HandlingTeam.objects.filter(takes_requests=True).select_related("group")
        if current_team is not None:
            teams = teams.exclude(pk=current_team.pk)
        self.fields["team"].queryset = teams


class CloseForm(forms.Form):
    outcome = forms.ChoiceField(
        label=_("Outcome"), choices=ClosingOutcome.choices, widget=forms.RadioSelect
    )
    note = forms.CharField(
        label=_("Note (optional)"),
        max_length=NOTE_MAX_LENGTH,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
