"""One amount reads the same everywhere in a language: "€ 750" in Dutch, "€750" in English.

It used to read "750.00" in an admin listing, "750,00" in another and "€ 750" on the site.
"""

from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import translation
from freezegun import freeze_time
from wagtail.users.models import UserProfile

from core.euro_amounts import format_euro
from tests.neighbourhoods.factories import BudgetFactory, InitiativeFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("amount", "dutch", "english"),
    [
        (Decimal("750.00"), "€ 750", "€750"),
        (Decimal("750.5"), "€ 750,50", "€750.50"),
        (Decimal("3250"), "€ 3.250", "€3,250"),
        (1234567.89, "€ 1.234.567,89", "€1,234,567.89"),
    ],
)
def test_an_amount_follows_the_convention_of_the_language(amount, dutch, english):
    with translation.override("nl"):
        assert format_euro(amount) == dutch
    with translation.override("en"):
        assert format_euro(amount) == english


def test_no_amount_is_written_as_nothing():
    assert format_euro(None) == ""


def cell_texts(response) -> set[str]:
    """The texts of all table cells of an admin listing."""
    soup = BeautifulSoup(response.content, "html.parser")
    return {" ".join(cell.get_text().split()) for cell in soup.find_all("td")}


@pytest.fixture
def staff(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("staf", "s@example.org", "x"))
    return client


@freeze_time("2026-06-15 12:00")
def test_the_same_budget_reads_the_same_on_the_area_page_and_in_the_admin(staff, village):
    BudgetFactory(area=village, year=2026, amount=Decimal("750.00"))

    area_page = BeautifulSoup(staff.get(village.url).content, "html.parser")
    summary = " ".join(area_page.select_one(".budget-summary__text").get_text().split())
    listing = cell_texts(
        staff.get(reverse("wagtailsnippets_neighbourhoods_neighbourhoodbudget:list"))
    )

    assert summary == "Buurtbudget 2026: € 750, nog € 750 over"
    assert "€ 750" in listing
    assert not {"750.00", "750,00"} & listing


@freeze_time("2026-06-15 12:00")
def test_a_requested_amount_reads_the_same_in_the_admin_listing_in_dutch_and_english(
    staff, village, django_user_model
):
    InitiativeFactory(area=village, budget_requested=Decimal("750.00"))
    listing_url = reverse("wagtailsnippets_neighbourhoods_initiative:list")

    dutch = cell_texts(staff.get(listing_url))
    profile = UserProfile.get_for_user(django_user_model.objects.get(username="staf"))
    profile.preferred_language = "en"
    profile.save()
    english = cell_texts(staff.get(listing_url))

    assert "€ 750" in dutch
    assert "€750" in english
    assert not {"750.00", "750,00"} & (dutch | english)
