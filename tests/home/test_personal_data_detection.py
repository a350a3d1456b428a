"""The detector finds each kind of personal data with its place in the text, and leaves ordinary
numbers alone; public texts show a Dutch notice instead, moderators see the findings marked."""

import pytest
from bs4 import BeautifulSoup
from django.utils import translation

from core.personal_data_review import highlight_personal_data, public_text
from core.personal_data_scrubbing import PersonalDataKind, find_personal_data


def found(text):
    return [
        (finding.kind, text[finding.start : finding.end]) for finding in find_personal_data(text)
    ]


@pytest.mark.parametrize(
    ("text", "kind", "piece"),
    [
        ("Mail mij: jan@example.org", PersonalDataKind.EMAIL, "jan@example.org"),
        ("Bel 06-12345678 na zes uur.", PersonalDataKind.PHONE, "06-12345678"),
        ("Of bel (0162) 12 34 56.", PersonalDataKind.PHONE, "(0162) 12 34 56"),
        ("Stort op NL91 ABNA 0417 1643 00 graag.", PersonalDataKind.IBAN, "NL91 ABNA 0417 1643 00"),
        ("Of op DE89370400440532013000.", PersonalDataKind.IBAN, "DE89370400440532013000"),
        ("Mijn BSN is 123456782.", PersonalDataKind.BSN, "123456782"),
        ("Ik woon op 4931 AB 12a.", PersonalDataKind.ADDRESS, "4931 AB 12a"),
        ("Kom langs: Markt 12, 4931 AB Geertruidenberg.", PersonalDataKind.ADDRESS, "12, 4931 AB"),
        ("Postcode 4931AB nr. 7 is van ons.", PersonalDataKind.ADDRESS, "4931AB nr. 7"),
    ],
)
def test_the_detector_recognises_each_kind_with_its_span(text, kind, piece):
    assert found(text) == [(kind, piece)]


@pytest.mark.parametrize(
    "text",
    [
        "In 2024 en 2025 ging het mis.",
        "Het kost € 1.250,00 of 12,50 euro, samen 4500 euro.",
        "Het plein ligt in postcode 4931 AB.",
        "Wij zitten in 4931 AB, 2024 was een goed jaar.",
        "Bel de gemeente op 14 0162.",
        "Op 06-11-2024 om 10:30 uur kwamen 250 mensen.",
        "Zaak 123456789 (geen BSN: de elfproef klopt niet).",
        "Rekening NL92 is geen rekeningnummer.",
        "Er zijn 3 bankjes en 12 bomen voor 2026.",
    ],
)
def test_the_detector_does_not_flag_harmless_numbers(text):
    assert found(text) == []


def test_findings_come_in_the_order_of_the_text_and_do_not_overlap():
    text = "Mail jan06@example.org of bel 0612345678, NL91ABNA0417164300."

    assert found(text) == [
        (PersonalDataKind.EMAIL, "jan06@example.org"),
        (PersonalDataKind.PHONE, "0612345678"),
        (PersonalDataKind.IBAN, "NL91ABNA0417164300"),
    ]


def test_a_public_text_shows_a_dutch_notice_for_each_kind():
    text = "Mail mij: jan@example.org of bel 06-12345678. Ik woon op 4931 AB 12."

    with translation.override("nl"):
        assert public_text(text) == (
            "Mail mij: [e-mailadres verwijderd] of bel [telefoonnummer verwijderd]. "
            "Ik woon op [adres verwijderd]."
        )


def test_a_public_text_without_personal_data_stays_as_it_is():
    text = "Meer bankjes op het plein in 2026, voor € 4.500."

    assert public_text(text) == text


def test_moderators_see_the_findings_marked_and_the_rest_escaped():
    html = highlight_personal_data("<b>Hoi</b>\nMail mij: jan@example.org")
    soup = BeautifulSoup(html, "html.parser")

    assert [mark.get_text() for mark in soup.find_all("mark")] == ["jan@example.org"]
    assert soup.find("b") is None
    assert "<b>Hoi</b>" in soup.get_text()
    assert soup.find("br") is not None
