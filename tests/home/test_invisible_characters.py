"""Invisible control characters (RTL override, zero-width) never reach what residents send."""

from types import SimpleNamespace

import pytest
from django.http import QueryDict

from consultations.input_forms import IdeaForm, ReactionForm
from consultations.routes.following import FollowForm
from core.text_cleaning import strip_invisible_characters
from home.feedback_comments import PageFeedbackCommentForm
from neighbourhoods.initiative_forms import InitiativeForm
from youth.ballot_forms import BallotForm
from youth.proposal_forms import YouthProposalForm

RTL_OVERRIDE = "\u202e"
INVISIBLE = [
    "\u202a",
    "\u202b",
    "\u202c",
    "\u202d",
    RTL_OVERRIDE,
    "\u2066",
    "\u2067",
    "\u2068",
    "\u2069",
    "\u200b",
    "\u200c",
    "\u200d",
    "\u2060",
    "\ufeff",
    "\u200e",
    "\u200f",
    "\x00",
    "\x07",
    "\x1b",
    "\x7f",
    "\u0085",
]


@pytest.mark.parametrize("character", INVISIBLE, ids=lambda char: f"U+{ord(char):04X}")
def test_invisible_characters_are_removed(character):
    assert strip_invisible_characters(f"Bank{character}je bij de vijver") == "Bankje bij de vijver"


def test_line_breaks_tabs_accents_and_emoji_stay():
    text = "Eén bankje\r\nbij de vijver\tgraag 🙂 – café, ĳs"

    assert strip_invisible_characters(text) == text


def test_an_rtl_override_cannot_turn_a_file_name_around():
    assert strip_invisible_characters(f"foto{RTL_OVERRIDE}gpj.exe") == "fotogpj.exe"


def post(data: dict) -> QueryDict:
    query = QueryDict(mutable=True)
    for key, value in data.items():
        query.setlist(key, value if isinstance(value, list) else [value])
    return query


def ballot_round():
    from youth.models.proposals import YouthProposal

    return SimpleNamespace(ballot_proposals=YouthProposal.objects.none)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("form_class", "field", "extra"),
    [
        (IdeaForm, "title", {}),
        (IdeaForm, "description", {}),
        (ReactionForm, "text", {}),
        (FollowForm, "email", {}),
        (YouthProposalForm, "title", {}),
        (InitiativeForm, "title", {}),
        (BallotForm, "code", {"voting_round": ballot_round}),
        (PageFeedbackCommentForm, "comment", {}),
    ],
)
def test_every_resident_form_removes_invisible_characters_before_validation(
    form_class, field, extra
):
    typed = f"Bank{RTL_OVERRIDE}je\u200b bij de vijver"

    form = form_class(post({field: typed}), **{name: make() for name, make in extra.items()})

    assert form.data[field] == "Bankje bij de vijver"


@pytest.mark.django_db
def test_a_zero_width_space_does_not_hide_an_e_mail_address_from_the_form():
    form = FollowForm(post({"email": "jan@exa\u200bmple.nl", "website": ""}))

    assert form.is_valid()
    assert form.cleaned_data["email"] == "jan@example.nl"
