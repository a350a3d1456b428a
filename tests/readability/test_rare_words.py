"""Rare words: wordfreq Zipf below 3, with Dutch compounds of common parts counted as common."""

import pytest
import wordfreq

from readability import analyse
from readability.analyser import RARE_WORD_MESSAGE
from readability.rare_words import is_rare, zipf


def rare_words(text: str) -> list[str]:
    return [f.text for f in analyse(text).findings if f.code == "rare_word"]


@pytest.mark.parametrize(
    "word",
    ["afvalkalender", "parkeervergunning", "bewonersonderzoek", "restafval", "statushouder",
     "omgevingsvergunning", "e-mail", "auto's", "gemeente", "paspoort"],
)  # fmt: skip
def test_common_words_and_compounds_of_common_parts_are_not_rare(word):
    assert not is_rare(word)


@pytest.mark.parametrize(
    "word", ["subsidiabel", "onherroepelijk", "kwijtschelding", "zwaarwegende", "surseance"]
)
def test_low_frequency_words_are_rare(word):
    assert is_rare(word)


def test_zipf_matches_wordfreq():
    for word in ["gemeente", "afval", "cliëntenraad", "geïnteresseerd", "auto's", "xqzvw"]:
        assert zipf(word) == pytest.approx(wordfreq.zipf_frequency(word, "nl"), abs=0.01)


def test_rare_word_finding_is_information_with_a_plain_message():
    text = "Uw besluit is onherroepelijk."
    report = analyse(text)
    found = [f for f in report.findings if f.code == "rare_word"]
    assert len(found) == 1
    assert found[0].severity == "info"
    assert found[0].message == RARE_WORD_MESSAGE
    assert found[0].suggestion is None
    assert text[found[0].start : found[0].end] == "onherroepelijk"
    assert report.checks["rare_word"].severity == "info"
    assert report.meets_b1


def test_only_the_first_occurrence_of_a_rare_word_is_reported():
    assert rare_words("Het is onherroepelijk. Echt onherroepelijk.") == ["onherroepelijk"]


def test_numbers_short_words_acronyms_and_names_are_skipped():
    text = "Bel 0162-123456 of kom naar de Xqzvwstraat 12. Het WKZQ helpt u op zo. Zij is er."
    assert rare_words(text) == []


def test_a_capitalised_first_word_is_checked_unless_it_is_a_name_elsewhere():
    assert rare_words("Onherroepelijk is dat besluit.") == ["Onherroepelijk"]
    assert rare_words("Zwarbel komt morgen. Wij bellen met Zwarbel.") == []


def test_officialese_words_are_not_reported_as_rare_too():
    assert rare_words("Wij retourneren het formulier.") == []
