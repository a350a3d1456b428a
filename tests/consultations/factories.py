"""Factories for consultations: a complete, live consultation open for input by default."""

import datetime

import factory
import wagtail_factories
from django.utils import timezone

from consultations.models import (
    ConsultationIndexPage,
    ConsultationPage,
    ConsultationPhase,
    Idea,
    Participant,
    PhaseKind,
    Reaction,
)
from consultations.rules import ParticipationLevel


def days_from_today(days: int) -> datetime.date:
    """A date relative to today, so a consultation's phase does not depend on the test date."""
    return timezone.localdate() + datetime.timedelta(days=days)


class ConsultationIndexPageFactory(wagtail_factories.PageFactory):
    title = "Doe mee"
    slug = "doe-mee"

    class Meta:
        model = ConsultationIndexPage


class ConsultationPageFactory(wagtail_factories.PageFactory):
    """A consultation with complete rules of the game (so it may be published)."""

    title = factory.Sequence(lambda n: f"Plan voor het centrum {n}")
    intro = "Denk mee over het plan."
    topic = "Openbare ruimte"
    participation_level = ParticipationLevel.CONSULT
    fixed_points = "Het budget en de plek liggen vast."
    open_points = "De inrichting van het plein."
    decision_maker = "Het college"
    decision_moment = "Juni 2027"
    use_of_input = "We gebruiken uw ideeën voor het ontwerp."
    feedback_date = factory.LazyFunction(lambda: days_from_today(60))
    retention_date = factory.LazyFunction(lambda: days_from_today(180))
    accepts_ideas = True
    accepts_reactions = True

    class Meta:
        model = ConsultationPage


def add_phases(page: ConsultationPage, current: str = PhaseKind.INPUT) -> ConsultationPage:
    """Give ``page`` the five phases with ``current`` running today; returns the page."""
    kinds = [kind for kind, _label in PhaseKind.choices]
    index = kinds.index(current)
    page.phases.all().delete()
    for position, kind in enumerate(kinds):
        start = days_from_today(30 * (position - index))
        ConsultationPhase.objects.create(page=page, kind=kind, starts_on=start, sort_order=position)
    return page


def make_consultation(parent, current: str = PhaseKind.INPUT, **fields) -> ConsultationPage:
    """A live consultation under ``parent`` (an index page) in the phase ``current``."""
    page = ConsultationPageFactory(parent=parent, **fields)
    return add_phases(page, current)


class ParticipantFactory(factory.django.DjangoModelFactory):
    name = "Jan de Vries"
    email = factory.Sequence(lambda n: f"inwoner{n}@example.org")

    class Meta:
        model = Participant


class IdeaFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Meer bankjes {n}")
    description = "Zet meer bankjes op het plein."

    class Meta:
        model = Idea


class ReactionFactory(factory.django.DjangoModelFactory):
    text = "Goed idee!"

    class Meta:
        model = Reaction
