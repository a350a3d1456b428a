"""Personal data typed by accident is removed; ordinary numbers and words stay as they are."""

import pytest

from core.personal_data_scrubbing import REDACTED, is_bsn, is_valid_iban, scrub_personal_data


@pytest.mark.parametrize(
    "email",
    [
        "jan@example.nl",
        "Jan.Jansen+gemeente@mail.example.co.uk",
        "p.de-vries_2@sub.domein.nl",
        "jan @ example.nl",
        "jan (at) example (dot) nl",
        "jan[at]example.nl",
        "élise@école.fr",
    ],
)
def test_email_addresses_are_removed(email):
    assert scrub_personal_data(f"Mail mij op {email} graag.") == f"Mail mij op {REDACTED} graag."


@pytest.mark.parametrize(
    "phone",
    [
        "06-12345678",
        "0612345678",
        "06 12345678",
        "06 12 34 56 78",
        "06-1234 5678",
        "(06) 12345678",
        "+31 6 1234 5678",
        "+31612345678",
        "+31 (0)6 12345678",
        "+31-6-12345678",
        "0031 6 12345678",
        "0031612345678",
        "0162-123456",
        "0162 123456",
        "(0162) 12 34 56",
        "(0162) 123456",
        "0162 - 12 34 56",
        "010-1234567",
        "020 123 4567",
        "020.123.45.67",
        "+31 162 123456",
        "0031 162 123 456",
        "+32 470 12 34 56",
        "+49 30 1234567",
    ],
)
def test_phone_numbers_are_removed(phone):
    assert scrub_personal_data(f"Bel mij op {phone} vandaag.") == f"Bel mij op {REDACTED} vandaag."


@pytest.mark.parametrize(
    "text",
    [
        "In 2024 en 2025 ging het mis.",
        "Het kost € 1.250,00 of 12,50 euro.",
        "Ik woon op Markt 12a, 4931 AB Geertruidenberg.",
        "Postcode 4931AB en huisnummer 112.",
        "Bel de gemeente op 14 0162.",
        "Op 06-11-2024 om 10:30 uur, en op 1/2/2025.",
        "Op 06-11-2024 10 uur was het dicht.",
        "Op 06.11.2024 kreeg ik een brief.",
        "Bel 0800-1234 of 0900-1234567 (gratis).",
        "Er waren 150 000 bezoekers en 3 kinderen van 0 tot 12 jaar.",
        "Artikel 2.3 lid 4 van de Wmo 2015.",
        "Formulier versie 1.2.3, pagina 45 van 120.",
        "Het rapport noemt 123456789 euro.",
        "Zoek op @gemeente of #afval.",
        "Mijn kenteken is AB-123-C.",
    ],
)
def test_ordinary_numbers_and_words_are_kept(text):
    assert scrub_personal_data(text) == text


def test_a_date_next_to_a_phone_number_keeps_the_date_and_removes_the_number():
    assert (
        scrub_personal_data("Op 01-01-2024 0612345678 gebeld.")
        == f"Op 01-01-2024 {REDACTED} gebeld."
    )


def test_several_kinds_in_one_text_are_all_removed():
    text = "Ik ben Jan, jan@example.nl, 06-12345678, NL91 ABNA 0417 1643 00, BSN 123456782."

    assert scrub_personal_data(text) == (
        f"Ik ben Jan, {REDACTED}, {REDACTED}, {REDACTED}, BSN {REDACTED}."
    )


@pytest.mark.parametrize(
    "iban",
    ["NL91ABNA0417164300", "NL91 ABNA 0417 1643 00", "nl91abna0417164300", "NL02RABO0123456789"],
)
def test_dutch_ibans_are_removed_even_with_a_typo_in_the_check_digits(iban):
    assert scrub_personal_data(f"Rekening {iban} klopt.") == f"Rekening {REDACTED} klopt."


def test_foreign_ibans_are_removed_when_their_checksum_is_right():
    assert scrub_personal_data("DE89 3704 0044 0532 0130 00") == REDACTED
    assert scrub_personal_data("BE68539007547034") == REDACTED


def test_iban_checksum():
    assert is_valid_iban("NL91ABNA0417164300")
    assert not is_valid_iban("NL92ABNA0417164300")
    assert not is_valid_iban("AB12")


@pytest.mark.parametrize("bsn", ["123456782", "1234.56.782", "123 456 782", "111222333"])
def test_numbers_that_pass_the_bsn_eleven_test_are_removed(bsn):
    assert scrub_personal_data(f"Mijn BSN is {bsn}.") == f"Mijn BSN is {REDACTED}."


def test_nine_digit_numbers_that_fail_the_eleven_test_are_kept():
    assert not is_bsn("123456789")
    assert scrub_personal_data("Zaak 123456789.") == "Zaak 123456789."


def test_text_without_personal_data_is_returned_unchanged():
    text = "Ik miste de openingstijden van de milieustraat op zaterdag."

    assert scrub_personal_data(text) == text


def test_an_empty_text_stays_empty():
    assert scrub_personal_data("") == ""
