"""Residents start an initiative on their area page: safely, with clear Dutch messages."""

import io
from decimal import Decimal

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client, override_settings
from PIL import Image

from neighbourhoods.models import Initiative, InitiativeStatus, InitiativeStatusChange
from tests.neighbourhoods.factories import BudgetFactory

pytestmark = pytest.mark.django_db


def form_url(area) -> str:
    return area.url + "initiatief/"


def initiative_data(**fields) -> dict:
    return {
        "title": "Bankje bij de speeltuin",
        "description": "Wij willen een bankje bij de speeltuin, zodat ouders kunnen zitten.",
        "location": "Speeltuin aan de Parklaan",
        "helpers": "Vijf buren en de speeltuinvereniging.",
        "budget_requested": "750",
        "budget_explanation": "Het bankje en de tegels eronder.",
        "contact_name": "Fatima de Vries",
        "contact_email": "fatima@example.org",
        "contact_phone": "06 12345678",
        **fields,
    }


def png_upload(name="foto.png", with_exif=True) -> SimpleUploadedFile:
    image = Image.new("RGB", (40, 30), (30, 120, 60))
    output = io.BytesIO()
    options = {}
    if with_exif:
        metadata = Image.Exif()
        metadata[0x010F] = "Geheime camera"
        options["exif"] = metadata.tobytes()
    image.save(output, format="PNG", **options)
    return SimpleUploadedFile(name, output.getvalue(), content_type="image/png")


def errors_of(response) -> dict:
    return response.context["form"].errors


# The happy path


def test_resident_submits_an_initiative_that_is_stored_as_received_with_one_email(
    client, village, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(form_url(village), initiative_data())

    assert response.status_code == 302
    assert response["Location"] == form_url(village) + "ontvangen/"
    initiative = Initiative.objects.get()
    assert initiative.area == village
    assert initiative.status == InitiativeStatus.RECEIVED
    assert initiative.budget_requested == Decimal("750")
    assert initiative.contact_email == "fatima@example.org"
    assert initiative.status_changed_at is not None
    change = InitiativeStatusChange.objects.get()
    assert (change.from_status, change.to_status) == ("", InitiativeStatus.RECEIVED)
    assert change.email_sent_at is not None
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["fatima@example.org"]
    assert "Bankje bij de speeltuin" in message.subject
    assert "binnen 2 weken" in message.body.lower()
    assert "<" not in message.body


def test_the_thank_you_page_says_what_happens_next(client, village):
    response = client.get(form_url(village) + "ontvangen/")

    content = response.content.decode()
    assert response.status_code == 200
    assert "binnen 2 weken" in content.lower()
    for status in ("Ontvangen", "In gesprek", "Uitgevoerd"):
        assert status in content


def test_the_form_shows_the_budget_that_is_left(client, village):
    BudgetFactory(area=village, amount=Decimal("5000"), allocated=Decimal("1750"))

    content = client.get(form_url(village)).content.decode()

    assert "€ 5.000" in content
    assert "€ 3.250" in content
    assert "<meter" in content


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("750", "750"), ("750,50", "750.50"), ("€ 750", "750"), ("1.250", "1250"), ("", None)],
)
def test_the_amount_is_read_as_dutch_people_write_it(client, village, typed, stored):
    client.post(form_url(village), initiative_data(budget_requested=typed))

    expected = Decimal(stored) if stored is not None else None
    assert Initiative.objects.get().budget_requested == expected


def test_no_money_needed_means_no_explanation_needed(client, village):
    client.post(form_url(village), initiative_data(budget_requested="", budget_explanation=""))

    assert Initiative.objects.get().budget_requested is None


# Bad input


@pytest.mark.parametrize("amount", ["abc", "-5", "1e9", "100000", "12,345"])
def test_a_wrong_amount_is_refused_with_a_clear_message(client, village, amount):
    response = client.post(form_url(village), initiative_data(budget_requested=amount))

    assert response.status_code == 400
    assert "budget_requested" in errors_of(response)
    assert not Initiative.objects.exists()


def test_money_without_saying_what_it_is_for_is_refused(client, village):
    response = client.post(form_url(village), initiative_data(budget_explanation=" "))

    assert "budget_explanation" in errors_of(response)
    assert not Initiative.objects.exists()


def test_a_ten_thousand_character_description_is_refused_and_nothing_is_saved(
    client, village, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(form_url(village), initiative_data(description="a" * 10_000))

    assert response.status_code == 400
    assert "Gebruik maximaal 2000 tekens. U gebruikte er 10000." in response.content.decode()
    assert not Initiative.objects.exists()
    assert not mail.outbox


@pytest.mark.parametrize("field", ["title", "location", "contact_name", "contact_phone"])
def test_every_short_field_has_its_maximum_length(client, village, field):
    response = client.post(form_url(village), initiative_data(**{field: "1" * 500}))

    assert field in errors_of(response)
    assert not Initiative.objects.exists()


def test_the_email_address_is_required(client, village):
    response = client.post(form_url(village), initiative_data(contact_email=""))

    assert "contact_email" in errors_of(response)
    assert "Vul uw e-mailadres in" in response.content.decode()
    assert not Initiative.objects.exists()


def test_a_wrong_email_address_is_refused(client, village):
    response = client.post(form_url(village), initiative_data(contact_email="fatima@"))

    assert "contact_email" in errors_of(response)


@pytest.mark.parametrize("phone", ["bel me maar", "12", "06-1234-5678-9999-0000"])
def test_a_wrong_phone_number_is_refused(client, village, phone):
    response = client.post(form_url(village), initiative_data(contact_phone=phone))

    assert "contact_phone" in errors_of(response)


@pytest.mark.parametrize("phone", ["06 12345678", "+31 (0)162 123 456", "0162-123456", ""])
def test_a_phone_number_is_checked_loosely(client, village, phone):
    client.post(form_url(village), initiative_data(contact_phone=phone))

    assert Initiative.objects.get().contact_phone == phone


def test_errors_keep_the_residents_text_but_ask_for_the_photo_again(client, village):
    response = client.post(
        form_url(village),
        {**initiative_data(title="", description="Mijn eigen tekst"), "photo": png_upload()},
    )

    html = response.content.decode()
    assert 'href="#initiative-title"' in html
    assert "Mijn eigen tekst" in html
    assert "Kies uw foto opnieuw" in html
    assert 'aria-invalid="true"' in html


def test_the_title_becomes_one_line(client, village):
    client.post(form_url(village), initiative_data(title="Bankje\r\nBcc: iemand@example.org"))

    assert Initiative.objects.get().title == "Bankje Bcc: iemand@example.org"


# Photos


def test_a_photo_is_stored_again_without_hidden_data(client, village):
    client.post(form_url(village), {**initiative_data(), "photo": png_upload()})

    initiative = Initiative.objects.get()
    assert initiative.image.name.startswith("neighbourhoods/initiatives/")
    assert not initiative.image.name.endswith("foto.png")
    with initiative.image.open() as stored, Image.open(stored) as picture:
        assert picture.format == "PNG"
        assert not picture.getexif()


def test_a_file_that_is_not_a_photo_is_refused(client, village):
    fake = SimpleUploadedFile("foto.jpg", b"<?php echo 'hallo'; ?>", content_type="image/jpeg")

    response = client.post(form_url(village), {**initiative_data(), "photo": fake})

    assert response.status_code == 400
    assert "photo" in errors_of(response)
    assert not Initiative.objects.exists()


# Abuse


def test_a_filled_in_honeypot_is_refused(client, village):
    response = client.post(form_url(village), initiative_data(website="https://spam.example"))

    assert response.status_code == 400
    assert not Initiative.objects.exists()


@override_settings(NEIGHBOURHOOD_RATE_LIMIT=(2, 3600))
def test_too_many_initiatives_from_one_client_are_refused_with_a_dutch_message(client, village):
    for number in range(2):
        client.post(form_url(village), initiative_data(title=f"Initiatief {number}"))

    response = client.post(form_url(village), initiative_data(title="Derde"))

    assert response.status_code == 429
    assert "U heeft veel berichten gestuurd in korte tijd." in response.content.decode()
    assert "Derde" in response.content.decode()
    assert Initiative.objects.count() == 2


def test_the_form_needs_a_csrf_token(village):
    response = Client(enforce_csrf_checks=True).post(form_url(village), initiative_data())

    assert response.status_code == 403
    assert not Initiative.objects.exists()


def test_the_form_has_a_csrf_token(village):
    csrf_client = Client(enforce_csrf_checks=True)
    page = csrf_client.get(form_url(village))
    token = page.context["csrf_token"]

    response = csrf_client.post(
        form_url(village), {**initiative_data(), "csrfmiddlewaretoken": str(token)}
    )

    assert response.status_code == 302
    assert Initiative.objects.count() == 1


# Areas that do not take initiatives


def test_the_form_is_closed_when_the_area_does_not_take_initiatives(client, village):
    village.accepts_initiatives = False
    village.save_revision().publish()

    page = client.get(form_url(village))
    response = client.post(form_url(village), initiative_data())

    assert "<form" not in page.content.decode().split('id="main"')[1].split("</article>")[0]
    assert "U kunt op dit moment geen initiatief" in page.content.decode()
    assert response.status_code == 302
    assert not Initiative.objects.exists()


def test_the_form_only_takes_get_and_post(client, village):
    assert client.put(form_url(village)).status_code == 405
