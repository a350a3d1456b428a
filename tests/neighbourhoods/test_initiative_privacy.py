"""An initiator's contact details appear on no public page, feed or export for non-staff."""

import io
from decimal import Decimal

import pytest
from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from openpyxl import load_workbook
from wagtail.models import ModelLogEntry

from neighbourhoods.initiative_status import change_status
from neighbourhoods.models import Initiative, InitiativeStatus
from tests.neighbourhoods.factories import BudgetFactory, InitiativeFactory
from tests.neighbourhoods.test_initiative_form import form_url, initiative_data, png_upload

pytestmark = pytest.mark.django_db

NAME = "Zeldzame Naamvoorbeeld"
EMAIL = "uniek.k7q3@example.org"
PHONE = "06 13572468"
SECRETS = (NAME, EMAIL, "uniek.k7q3", PHONE, "13572468")


def assert_no_contact_details(text: str) -> None:
    for secret in SECRETS:
        assert secret not in text


@pytest.fixture
def staff(django_user_model):
    return django_user_model.objects.create_superuser("wijkregisseur", "wr@example.org", "x")


@pytest.fixture
def carried_out(client, village, staff, django_capture_on_commit_callbacks):
    """Submitted on the website, approved with money and carried out, with a result."""
    BudgetFactory(area=village, amount=Decimal("5000"))
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            form_url(village),
            initiative_data(contact_name=NAME, contact_email=EMAIL, contact_phone=PHONE),
        )
    initiative = Initiative.objects.get(contact_email=EMAIL)
    change_status(initiative, InitiativeStatus.APPROVED, user=staff, amount=Decimal("750"))
    initiative.result = "Er staat nu een bankje. De buren gebruiken het elke dag."
    initiative.save()
    change_status(initiative, InitiativeStatus.CARRIED_OUT, user=staff, note="Bedankt!")
    return initiative


def detail_url(area, initiative) -> str:
    return f"{area.url}initiatieven/{initiative.pk}/"


def test_the_area_pages_show_the_initiative_without_contact_details(
    client, area_index, village, neighbourhood, carried_out
):
    for url in (village.url, neighbourhood.url, area_index.url):
        response = client.get(url)
        assert response.status_code == 200
        assert_no_contact_details(response.content.decode())
    assert carried_out.title in client.get(village.url).content.decode()


def test_the_detail_page_shows_the_initiative_without_contact_details(client, village, carried_out):
    response = client.get(detail_url(village, carried_out))

    content = response.content.decode()
    assert response.status_code == 200
    assert carried_out.title in content
    assert "Er staat nu een bankje." in content
    assert "750" in content
    assert_no_contact_details(content)


def test_the_form_and_thank_you_pages_show_no_contact_details(client, village, carried_out):
    for url in (form_url(village), form_url(village) + "ontvangen/"):
        assert_no_contact_details(client.get(url).content.decode())


def test_the_sitemap_holds_no_contact_details(client, carried_out):
    response = client.get("/sitemap.xml")

    assert response.status_code == 200
    assert_no_contact_details(response.content.decode())


@pytest.mark.parametrize("query", ["bankje", "Raamsdonksveer", "Zeldzame", "example.org"])
def test_search_results_hold_no_contact_details(client, carried_out, query):
    response = client.get(reverse("search"), {"q": query})

    assert response.status_code == 200
    assert_no_contact_details(response.content.decode())


def test_the_agenda_feed_holds_no_contact_details(client, village, carried_out):
    response = client.get(village.url + "agenda.ics")

    if response.status_code == 404:
        pytest.skip("agenda.ics is not routed to the area page yet")
    assert response.status_code == 200
    assert_no_contact_details(response.content.decode())


def test_there_is_no_public_api_that_could_show_initiatives():
    assert "wagtail.api.v2" not in settings.INSTALLED_APPS
    assert "rest_framework" not in settings.INSTALLED_APPS


def test_initiatives_that_are_not_approved_have_no_public_page(client, village, staff):
    for status in (InitiativeStatus.RECEIVED, InitiativeStatus.IN_CONVERSATION):
        initiative = InitiativeFactory(area=village, status=status)
        assert client.get(detail_url(village, initiative)).status_code == 404
    refused = InitiativeFactory(area=village)
    change_status(refused, InitiativeStatus.NOT_APPROVED, user=staff, note="Kan niet.")

    assert client.get(detail_url(village, refused)).status_code == 404
    assert refused.title not in client.get(village.url).content.decode()


def test_an_initiative_of_another_area_is_not_found_here(client, village, other_village, staff):
    elsewhere = InitiativeFactory(area=other_village)
    change_status(elsewhere, InitiativeStatus.APPROVED, user=staff, amount=Decimal("0"))

    assert client.get(detail_url(village, elsewhere)).status_code == 404
    assert client.get(detail_url(other_village, elsewhere)).status_code == 200


def test_the_residents_photo_shows_only_when_staff_allow_it(client, village, carried_out):
    carried_out.image.save("foto.png", png_upload(), save=False)
    carried_out.show_resident_photo = False
    carried_out.save()
    photo_url = carried_out.image.url

    hidden = client.get(detail_url(village, carried_out)).content.decode()
    carried_out.show_resident_photo = True
    carried_out.save()
    shown = client.get(detail_url(village, carried_out)).content.decode()

    assert photo_url not in hidden
    assert photo_url in shown


def test_the_audit_log_holds_no_contact_details(carried_out):
    entries = ModelLogEntry.objects.filter(object_id=str(carried_out.pk))

    assert entries.count() == 3
    for entry in entries:
        assert_no_contact_details(str(entry.data))


# The admin export


def export(client, export_format="csv") -> str:
    response = client.get(
        reverse("wagtailsnippets_neighbourhoods_initiative:list"), {"export": export_format}
    )
    assert response.status_code == 200
    if export_format == "csv":
        return b"".join(response.streaming_content).decode()
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    rows = workbook.active.iter_rows(values_only=True)
    return "\n".join(";".join(str(cell) for cell in row) for row in rows)


def staff_user(django_user_model, username, codenames):
    group = Group.objects.create(name=f"Groep {username}")
    group.permissions.add(*Permission.objects.filter(codename__in=codenames))
    user = django_user_model.objects.create_user(username=username, password="pw")
    user.groups.add(group)
    return user


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_the_export_has_no_contact_columns_without_the_contact_permission(
    client, django_user_model, carried_out, export_format
):
    editor = staff_user(django_user_model, "redacteur", ["access_admin", "view_initiative"])
    client.force_login(editor)

    content = export(client, export_format)

    assert carried_out.title in content
    assert "E-mail" not in content
    assert_no_contact_details(content)


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_the_export_has_contact_columns_with_the_contact_permission(
    client, django_user_model, carried_out, export_format
):
    manager = staff_user(
        django_user_model,
        "wijkregisseur2",
        ["access_admin", "view_initiative", "view_initiative_contact"],
    )
    client.force_login(manager)

    content = export(client, export_format)

    assert EMAIL in content
    assert PHONE in content
    assert NAME in content


def test_the_csv_export_defuses_spreadsheet_formulas(client, staff, village):
    InitiativeFactory(area=village, title='=HYPERLINK("https://kwaad.example")')
    client.force_login(staff)

    content = export(client)

    assert "'=HYPERLINK" in content
