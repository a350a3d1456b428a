"""Factories for the neighbourhoods tests: area pages, meetings, office hours, initiatives."""

import datetime
from decimal import Decimal

import factory
import wagtail_factories
from django.utils import timezone

from neighbourhoods.models import (
    AreaIndexPage,
    AreaPage,
    Initiative,
    Meeting,
    MeetingKind,
    NeighbourhoodBudget,
    RecurringOfficeHours,
    Weekday,
    WeekOfMonth,
)
from places.models import AreaKind
from tests.places.factories import AreaFactory


class AreaIndexPageFactory(wagtail_factories.PageFactory):
    title = "In uw buurt"
    slug = "wijken"
    intro = "Zie wat er speelt in uw kern of wijk."

    class Meta:
        model = AreaIndexPage


class AreaPageFactory(wagtail_factories.PageFactory):
    """The page for a new village named like the page; pass ``area`` for another area (or use
    ``neighbourhood_page``)."""

    title = factory.Sequence(lambda n: f"Wijk {n}")
    intro = "Alles over deze wijk."
    area = factory.LazyAttribute(lambda page: AreaFactory(name=page.title, slug=page.slug))

    class Meta:
        model = AreaPage


def neighbourhood_page(village: AreaPage, title: str, slug: str = "", **fields) -> AreaPage:
    """The page for a new neighbourhood of ``village``'s area, under ``village``'s page."""
    named = {"name": title, "slug": slug} if slug else {"name": title}
    area = AreaFactory(kind=AreaKind.NEIGHBOURHOOD, parent=village.area, **named)
    return AreaPageFactory(parent=village, title=title, slug=area.slug, area=area, **fields)


class MeetingFactory(factory.django.DjangoModelFactory):
    kind = MeetingKind.NEIGHBOURHOOD_TABLE
    topic = factory.Sequence(lambda n: f"Wijktafel {n}")
    starts_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=7))
    ends_at = factory.LazyAttribute(lambda meeting: meeting.starts_at + datetime.timedelta(hours=2))
    location_name = "Wijkcentrum De Schakel"
    address = "Schakelplein 1, 4941 AB Raamsdonksveer"
    accessibility_note = "De ingang zonder drempel is aan de achterkant."
    hosts = "De wijkregisseur en de wijkagent"

    class Meta:
        model = Meeting


class RecurringOfficeHoursFactory(factory.django.DjangoModelFactory):
    topic = "Wijkspreekuur"
    week_of_month = WeekOfMonth.FIRST
    weekday = Weekday.TUESDAY
    start_time = datetime.time(10, 0)
    end_time = datetime.time(11, 30)
    starts_on = factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=60))
    location_name = "Bibliotheek Raamsdonksveer"
    address = "Raadhuisplein 2, 4941 EA Raamsdonksveer"
    hosts = "De wijkregisseur"

    class Meta:
        model = RecurringOfficeHours


class BudgetFactory(factory.django.DjangoModelFactory):
    year = factory.LazyFunction(lambda: timezone.localdate().year)
    amount = Decimal("5000.00")

    class Meta:
        model = NeighbourhoodBudget


class InitiativeFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Bankje in het park {n}")
    description = "Wij willen een bankje bij de speeltuin."
    location = "Speeltuin aan de Parklaan"
    helpers = "Vijf buren helpen met plaatsen."
    budget_requested = Decimal("750.00")
    contact_name = "Fatima de Vries"
    contact_email = factory.Sequence(lambda n: f"initiatiefnemer{n}@example.org")

    class Meta:
        model = Initiative
