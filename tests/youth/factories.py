"""Factories for the youth section: a youth home page, proposals and voting rounds."""

import datetime

import factory
import wagtail_factories
from django.utils import timezone

from participation.models import ModerationStatus
from youth.models import AgeBand, VotingRoundPage, YouthHomePage, YouthProposal


class YouthHomePageFactory(wagtail_factories.PageFactory):
    title = "Jongeren"
    slug = "jongeren"
    intro = "Jij weet wat er beter kan. Doe een voorstel en stem mee."

    class Meta:
        model = YouthHomePage


class ProposalFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Een skatebaan {n}")
    what = "Een skatebaan bij het park."
    why = "Er is nu geen plek om te skaten."
    age_band = AgeBand.AGE_12_15
    status = ModerationStatus.PUBLISHED

    class Meta:
        model = YouthProposal


class VotingRoundPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Stemronde {n}")
    who_may_vote = "Leerlingen met een stemcode."

    class Meta:
        model = VotingRoundPage


def make_round(youth_home, opens_in=-1, closes_in=7, proposals=(), **fields) -> VotingRoundPage:
    """A live round under ``youth_home`` opening/closing ``opens_in``/``closes_in`` days from now,
    with ``proposals`` on the ballot (set while creating, so the rule lock does not apply)."""
    now = timezone.now()
    return VotingRoundPageFactory(
        parent=youth_home,
        opens_at=now + datetime.timedelta(days=opens_in),
        closes_at=now + datetime.timedelta(days=closes_in),
        proposals=list(proposals),
        **fields,
    )
