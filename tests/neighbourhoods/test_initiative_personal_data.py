"""Residents' initiatives: personal data in the public texts blocks approval until staff remove
it or confirm it; the area page never shows unchecked personal data."""

from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from neighbourhoods.models import InitiativeStatus
from tests.neighbourhoods.factories import BudgetFactory, InitiativeFactory

pytestmark = pytest.mark.django_db

ADDRESS = "buurt.feest@example.org"


def status_url(initiative):
    return reverse("wagtailsnippets_neighbourhoods_initiative:change_status", args=[initiative.pk])


def page_text(response):
    return BeautifulSoup(response.content, "html.parser").get_text(" ")


@pytest.fixture
def decider(client, django_user_model):
    group = Group.objects.create(name="Wijkregie")
    group.permissions.add(
        *Permission.objects.filter(
            codename__in=[
                "access_admin",
                "view_initiative",
                "change_initiative",
                "decide_initiative",
            ]
        )
    )
    user = django_user_model.objects.create_user(username="wijkregisseur", password="pw")
    user.groups.add(group)
    client.force_login(user)
    return user


@pytest.fixture
def initiative(village):
    BudgetFactory(area=village, amount=Decimal("5000"))
    return InitiativeFactory(
        area=village,
        title="Buurtfeest",
        description=f"Wie wil helpen? Mail naar {ADDRESS}.",
        budget_requested=Decimal("250"),
    )


def approve(client, initiative, **extra):
    return client.post(
        status_url(initiative),
        {"to_status": InitiativeStatus.APPROVED, "amount": "250", "note": "Mooi!", **extra},
    )


def test_an_initiative_with_an_email_address_cannot_be_approved_without_confirmation(
    client, decider, initiative
):
    page = client.get(status_url(initiative))
    response = approve(client, initiative)

    marks = BeautifulSoup(page.content, "html.parser").find_all("mark")
    assert ADDRESS in [mark.get_text() for mark in marks]
    assert response.status_code == 200
    assert "confirm_personal_data" in response.context["form"].errors
    initiative.refresh_from_db()
    assert initiative.status == InitiativeStatus.RECEIVED


def test_after_editing_the_description_the_initiative_can_be_approved(client, decider, initiative):
    initiative.description = "Wie wil helpen? Kom naar de buurtkamer."
    initiative.save()

    response = approve(client, initiative)

    assert response.status_code == 302
    initiative.refresh_from_db()
    assert initiative.status == InitiativeStatus.APPROVED


def test_a_confirmed_initiative_is_approved_and_shows_the_text_as_written(
    client, decider, village, initiative
):
    approve(client, initiative, confirm_personal_data="on")

    initiative.refresh_from_db()
    assert initiative.status == InitiativeStatus.APPROVED
    assert initiative.personal_data_confirmed_by == decider
    assert ADDRESS in page_text(client.get(f"{village.url}initiatieven/{initiative.pk}/"))


def test_a_public_initiative_nobody_checked_shows_the_address_removed(client, village, initiative):
    initiative.status = InitiativeStatus.APPROVED  # e.g. approved before this check existed
    initiative.approved_amount = Decimal("250")
    initiative.save()

    for url in (village.url, f"{village.url}initiatieven/{initiative.pk}/"):
        text = page_text(client.get(url))
        assert ADDRESS not in text
        assert "[e-mailadres verwijderd]" in text
