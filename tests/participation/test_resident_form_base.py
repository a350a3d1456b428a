"""The base every resident form is built from: honeypot, rate limit, fields, photo cleaning."""

import io
from decimal import Decimal

import pytest
from django import forms
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import RequestFactory
from PIL import Image

from participation.resident_fields import (
    DesignSystemWidgetsMixin,
    EuroAmountField,
    ResidentPhotoField,
    ResidentTextField,
)
from participation.spam_protection import HONEYPOT_FIELD, HoneypotFormMixin, within_rate_limit


class MessageForm(DesignSystemWidgetsMixin, HoneypotFormMixin, forms.Form):
    message = ResidentTextField(max_length=10, widget=forms.Textarea)
    amount = EuroAmountField(required=False, max_digits=9, decimal_places=2)
    photo = ResidentPhotoField()


def photo_upload(image_format="JPEG", name="foto.jpg") -> SimpleUploadedFile:
    buffer = io.BytesIO()
    image = Image.new("RGB", (40, 30), "green")
    exif = Image.Exif()
    exif[0x010F] = "Telefoonmerk"  # camera make
    image.save(buffer, format=image_format, exif=exif)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/jpeg")


def test_a_filled_in_honeypot_makes_the_form_invalid():
    form = MessageForm(data={"message": "Hallo", HONEYPOT_FIELD: "http://spam.example"})

    assert not form.is_valid()
    assert HONEYPOT_FIELD in form.errors


def test_invisible_characters_are_removed_before_validation():
    form = MessageForm(data={"message": "Hal\u200blo"})

    assert form.is_valid()
    assert form.cleaned_data["message"] == "Hallo"


def test_a_line_break_counts_as_one_character_as_in_the_browser():
    form = MessageForm(data={"message": "12345\r\n1234"})

    assert form.is_valid(), form.errors
    assert form.cleaned_data["message"] == "12345\n1234"


@pytest.mark.parametrize(
    ("typed", "amount"),
    [
        ("2500", Decimal("2500")),
        ("2.500", Decimal("2500")),
        ("€ 2.500,50", Decimal("2500.50")),
        ("750,-", Decimal("750")),
        ("1250 euro", Decimal("1250")),
    ],
)
def test_amounts_in_euro_are_read_as_people_in_the_netherlands_write_them(typed, amount):
    form = MessageForm(data={"message": "Hallo", "amount": typed})

    assert form.is_valid(), form.errors
    assert form.cleaned_data["amount"] == amount


def test_every_visible_widget_gets_the_design_system_class():
    form = MessageForm()

    assert "utrecht-textarea" in form.fields["message"].widget.attrs["class"]
    assert "utrecht-file-input" in form.fields["photo"].widget.attrs["class"]


def test_a_photo_is_saved_again_without_its_hidden_data():
    form = MessageForm(data={"message": "Hallo"}, files={"photo": photo_upload()})

    assert form.is_valid(), form.errors
    cleaned = Image.open(form.cleaned_data["photo"])
    assert cleaned.format == "JPEG"
    assert not cleaned.getexif()
    assert form.cleaned_data["photo"].name != "foto.jpg"


def test_a_file_that_is_not_a_photo_is_refused():
    fake = SimpleUploadedFile("foto.jpg", b"geen foto", content_type="image/jpeg")
    form = MessageForm(data={"message": "Hallo"}, files={"photo": fake})

    assert not form.is_valid()
    assert "photo" in form.errors


def test_the_rate_limit_refuses_a_client_after_the_limit(settings):
    settings.CONSULTATION_RATE_LIMIT = (2, 60)
    request = RequestFactory().post("/", REMOTE_ADDR="192.0.2.10")

    answers = [within_rate_limit(request, "test") for _ in range(3)]

    assert answers == [True, True, False]
