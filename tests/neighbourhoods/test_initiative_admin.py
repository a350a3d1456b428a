"""Staff handle initiatives and budgets in the admin: who may decide, who sees contact details."""

from decimal import Decimal

import pytest
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.urls import reverse

from neighbourhoods.initiative_status import change_status
from neighbourhoods.models import Initiative, InitiativeStatus, NeighbourhoodBudget
from tests.neighbourhoods.factories import BudgetFactory, InitiativeFactory

pytestmark = pytest.mark.django_db

EMAIL = "fatima.initiatief@example.org"
PHONE = "06 98765432"
EDIT_PERMISSIONS = ["access_admin", "view_initiative", "change_initiative", "delete_initiative"]


def initiative_url(view, *args):
    return reverse(f"wagtailsnippets_neighbourhoods_initiative:{view}", args=args)


def budget_url(view, *args):
    return reverse(f"wagtailsnippets_neighbourhoods_neighbourhoodbudget:{view}", args=args)


def user_with(django_user_model, username, codenames):
    group = Group.objects.create(name=f"Groep {username}")
    group.permissions.add(*Permission.objects.filter(codename__in=codenames))
    user = django_user_model.objects.create_user(username=username, password="pw")
    user.groups.add(group)
    return user


@pytest.fixture
def editor(django_user_model):
    """Edits initiatives, but may not decide and may not see contact details."""
    return user_with(django_user_model, "redacteur", EDIT_PERMISSIONS)


@pytest.fixture
def decider(django_user_model):
    """A neighbourhood manager: decides on initiatives and sees contact details."""
    return user_with(
        django_user_model,
        "wijkregisseur",
        [*EDIT_PERMISSIONS, "decide_initiative", "view_initiative_contact"],
    )


@pytest.fixture
def budget_keeper(django_user_model):
    return user_with(
        django_user_model,
        "financien",
        [
            "access_admin",
            "view_neighbourhoodbudget",
            "add_neighbourhoodbudget",
            "change_neighbourhoodbudget",
            "delete_neighbourhoodbudget",
        ],
    )


@pytest.fixture
def budget(village):
    return BudgetFactory(area=village, amount=Decimal("5000"))


@pytest.fixture
def initiative(village):
    return InitiativeFactory(
        area=village,
        title="Bloembakken in de Schoolstraat",
        contact_email=EMAIL,
        contact_phone=PHONE,
        budget_requested=Decimal("750"),
    )


def edit_data(initiative, **overrides):
    return {
        "area": initiative.area_id,
        "title": initiative.title,
        "description": initiative.description,
        "location": initiative.location,
        "helpers": initiative.helpers,
        "budget_requested": "750",
        "budget_explanation": "",
        "show_resident_photo": "on",
        "result": "",
        "contact_name": initiative.contact_name,
        "contact_email": initiative.contact_email,
        "contact_phone": initiative.contact_phone,
        "photos-TOTAL_FORMS": "0",
        "photos-INITIAL_FORMS": "0",
        "photos-MIN_NUM_FORMS": "0",
        "photos-MAX_NUM_FORMS": "1000",
        **overrides,
    }


# Who may change the status


def test_someone_without_decide_permission_cannot_change_the_status(
    client, editor, initiative, budget
):
    client.force_login(editor)

    page = client.get(initiative_url("change_status", initiative.pk))
    response = client.post(
        initiative_url("change_status", initiative.pk),
        {"to_status": InitiativeStatus.APPROVED, "amount": "750"},
    )

    # Wagtail's admin answers a PermissionDenied with a redirect to the dashboard.
    assert page.status_code in {302, 403}
    assert response.status_code in {302, 403}
    initiative.refresh_from_db()
    assert initiative.status == InitiativeStatus.RECEIVED
    assert NeighbourhoodBudget.objects.get(pk=budget.pk).allocated == 0
    edit_page = client.get(initiative_url("edit", initiative.pk)).content.decode()
    assert initiative_url("change_status", initiative.pk) not in edit_page


def test_a_decider_approves_with_an_amount_and_the_resident_gets_one_email(
    client, decider, initiative, budget, django_capture_on_commit_callbacks
):
    client.force_login(decider)
    page = client.get(initiative_url("change_status", initiative.pk))

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            initiative_url("change_status", initiative.pk),
            {"to_status": InitiativeStatus.APPROVED, "amount": "750,00", "note": "Mooi plan!"},
        )

    edit_page = client.get(initiative_url("edit", initiative.pk)).content.decode()
    listing = client.get(initiative_url("list")).content.decode()
    assert initiative_url("change_status", initiative.pk) in edit_page
    assert initiative_url("change_status", initiative.pk) in listing
    assert page.status_code == 200
    assert "€ 5.000" in page.content.decode()
    assert response.status_code == 302
    assert response["Location"] == initiative_url("edit", initiative.pk)
    initiative.refresh_from_db()
    assert initiative.status == InitiativeStatus.APPROVED
    assert initiative.approved_amount == Decimal("750")
    assert initiative.status_changes.get().changed_by == decider
    assert NeighbourhoodBudget.objects.get(pk=budget.pk).allocated == Decimal("750")
    assert len(mail.outbox) == 1


def test_the_status_form_offers_only_the_allowed_next_steps(client, decider, initiative, budget):
    change_status(initiative, InitiativeStatus.APPROVED, user=decider, amount=Decimal("750"))
    client.force_login(decider)

    form = client.get(initiative_url("change_status", initiative.pk)).context["form"]

    assert [value for value, _label in form.fields["to_status"].choices] == [
        InitiativeStatus.CARRIED_OUT,
        InitiativeStatus.NOT_APPROVED,
    ]


def test_approving_beyond_the_budget_shows_a_dutch_error_and_changes_nothing(
    client, decider, village, initiative
):
    budget = BudgetFactory(area=village, amount=Decimal("1000"), allocated=Decimal("600"))
    client.force_login(decider)

    response = client.post(
        initiative_url("change_status", initiative.pk),
        {"to_status": InitiativeStatus.APPROVED, "amount": "750"},
    )

    assert response.status_code == 200
    assert "amount" in response.context["form"].errors
    assert "Er is niet genoeg geld over in het buurtbudget (nog € 400)." in (
        response.content.decode()
    )
    initiative.refresh_from_db()
    assert initiative.status == InitiativeStatus.RECEIVED
    assert NeighbourhoodBudget.objects.get(pk=budget.pk).allocated == Decimal("600")


def test_not_approving_without_a_reason_is_refused_at_the_message_field(
    client, decider, initiative
):
    client.force_login(decider)

    response = client.post(
        initiative_url("change_status", initiative.pk),
        {"to_status": InitiativeStatus.NOT_APPROVED, "note": ""},
    )

    assert "note" in response.context["form"].errors
    initiative.refresh_from_db()
    assert initiative.status == InitiativeStatus.RECEIVED


def test_a_status_that_is_not_offered_is_refused(client, decider, initiative):
    client.force_login(decider)

    response = client.post(
        initiative_url("change_status", initiative.pk), {"to_status": InitiativeStatus.RECEIVED}
    )

    assert "to_status" in response.context["form"].errors


def test_the_edit_form_cannot_change_the_status_or_the_amount(client, decider, initiative, budget):
    client.force_login(decider)

    response = client.post(
        initiative_url("edit", initiative.pk),
        edit_data(
            initiative,
            title="Bloembakken",
            status=InitiativeStatus.APPROVED,
            approved_amount="5000",
            budget=budget.pk,
        ),
    )

    assert response.status_code == 302
    initiative.refresh_from_db()
    assert initiative.title == "Bloembakken"
    assert initiative.status == InitiativeStatus.RECEIVED
    assert initiative.approved_amount is None
    assert initiative.budget is None


def test_the_history_shows_each_step_and_when_the_email_went(
    client, decider, initiative, budget, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        change_status(initiative, InitiativeStatus.IN_CONVERSATION, user=decider, note="Bel ons.")
    client.force_login(decider)

    content = client.get(initiative_url("edit", initiative.pk)).content.decode()

    assert "Geschiedenis van de status" in content
    assert "Bel ons." in content
    assert "E-mail verstuurd op" in content
    assert "Niet verstuurd" not in content


# Contact details


def test_contact_details_are_hidden_without_the_contact_permission(client, editor, initiative):
    client.force_login(editor)

    content = client.get(initiative_url("edit", initiative.pk)).content.decode()

    assert EMAIL not in content
    assert PHONE not in content
    assert initiative.contact_name not in content
    assert "Verborgen." in content


def test_contact_details_show_with_the_contact_permission(client, decider, initiative):
    client.force_login(decider)

    content = client.get(initiative_url("edit", initiative.pk)).content.decode()

    assert EMAIL in content
    assert PHONE in content


def test_without_the_contact_permission_the_contact_details_cannot_be_changed(
    client, editor, initiative
):
    client.force_login(editor)

    client.post(
        initiative_url("edit", initiative.pk),
        edit_data(initiative, contact_email="iemand@example.org", contact_name="Iemand"),
    )

    initiative.refresh_from_db()
    assert initiative.contact_email == EMAIL


# Listing, adding, deleting


def test_the_listing_filters_by_status_and_year(client, decider, village, initiative, budget):
    other = InitiativeFactory(area=village, title="Straatfeest")
    change_status(other, InitiativeStatus.IN_CONVERSATION, user=decider)
    client.force_login(decider)

    received = client.get(initiative_url("list"), {"status": InitiativeStatus.RECEIVED})
    this_year = client.get(initiative_url("list"), {"year": str(initiative.created_at.year)})
    searched = client.get(initiative_url("list"), {"q": "Straatfeest"})

    assert initiative.title in received.content.decode()
    assert "Straatfeest" not in received.content.decode()
    assert "Straatfeest" in this_year.content.decode()
    assert initiative.title not in searched.content.decode()


def test_initiatives_are_not_added_in_the_admin(client, decider):
    client.force_login(decider)

    response = client.get(initiative_url("add"))

    assert response.status_code in {302, 403}
    assert not Initiative.objects.exists()


def test_an_initiative_that_received_money_cannot_be_deleted(client, decider, initiative, budget):
    change_status(initiative, InitiativeStatus.APPROVED, user=decider, amount=Decimal("750"))
    client.force_login(decider)

    response = client.post(initiative_url("delete", initiative.pk))

    assert response.status_code == 302
    assert Initiative.objects.filter(pk=initiative.pk).exists()
    assert NeighbourhoodBudget.objects.get(pk=budget.pk).allocated == Decimal("750")


def test_an_initiative_without_money_can_be_deleted(client, decider, initiative):
    client.force_login(decider)

    client.post(initiative_url("delete", initiative.pk))

    assert not Initiative.objects.filter(pk=initiative.pk).exists()


def test_the_neighbourhoods_menu_holds_initiatives_and_budgets(client, decider, budget_keeper):
    client.force_login(decider)
    menu = client.get(reverse("wagtailadmin_home")).content.decode()

    assert "Buurtinitiatieven" in menu


# Budgets


def test_a_budget_cannot_be_set_below_what_has_been_approved(
    client, budget_keeper, decider, initiative, budget
):
    change_status(initiative, InitiativeStatus.APPROVED, user=decider, amount=Decimal("750"))
    client.force_login(budget_keeper)

    response = client.post(
        budget_url("edit", budget.pk),
        {"area": budget.area_id, "year": budget.year, "amount": "500"},
    )

    assert response.status_code == 200
    assert "amount" in response.context["form"].errors
    assert "Het budget kan niet lager zijn dan wat al is goedgekeurd (€ 750)." in (
        response.content.decode()
    )
    budget.refresh_from_db()
    assert budget.amount == Decimal("5000")


def test_the_approved_total_is_not_edited_by_hand(client, budget_keeper, budget):
    NeighbourhoodBudget.objects.filter(pk=budget.pk).update(allocated=Decimal("750"))
    client.force_login(budget_keeper)

    response = client.post(
        budget_url("edit", budget.pk),
        {"area": budget.area_id, "year": budget.year, "amount": "6000", "allocated": "0"},
    )

    assert response.status_code == 302
    budget.refresh_from_db()
    assert budget.amount == Decimal("6000")
    assert budget.allocated == Decimal("750")


def test_the_budget_listing_shows_what_is_left(client, budget_keeper, budget):
    NeighbourhoodBudget.objects.filter(pk=budget.pk).update(allocated=Decimal("1750"))
    client.force_login(budget_keeper)

    content = client.get(budget_url("list")).content.decode()

    assert "3250" in content.replace(".", "").replace(",00", "")


def test_a_budget_from_which_money_was_approved_cannot_be_deleted(
    client, budget_keeper, decider, initiative, budget
):
    change_status(initiative, InitiativeStatus.APPROVED, user=decider, amount=Decimal("750"))
    client.force_login(budget_keeper)

    response = client.post(budget_url("delete", budget.pk))

    assert response.status_code == 302
    assert NeighbourhoodBudget.objects.filter(pk=budget.pk).exists()


def test_a_second_budget_for_the_same_area_and_year_is_refused(client, budget_keeper, budget):
    client.force_login(budget_keeper)

    response = client.post(
        budget_url("add"), {"area": budget.area_id, "year": budget.year, "amount": "100"}
    )

    assert response.status_code == 200
    assert NeighbourhoodBudget.objects.count() == 1
