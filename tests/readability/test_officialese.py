"""Officialese: the curated default list, matching rules and editor-supplied lists."""

from pathlib import Path

import pytest

from readability import OfficialeseEntry, analyse, load_default_officialese
from readability.officialese import parse_officialese_csv

DATA = Path(__file__).resolve().parents[2] / "readability" / "data"


def officialese(text: str, **kwargs) -> list[tuple[str, str | None]]:
    """(matched text, suggestion) for each officialese finding."""
    report = analyse(text, **kwargs)
    return [(f.text, f.suggestion) for f in report.findings if f.code == "officialese"]


@pytest.mark.parametrize(
    ("word", "alternatives"),
    [
        ("teneinde", ("om",)),
        ("conform", ("volgens",)),
        ("inzake", ("over",)),
        ("indien", ("als",)),
        ("middels", ("door", "met")),
        ("reeds", ("al",)),
        ("retourneren", ("terugsturen",)),
        ("alsmede", ("en", "ook")),
        ("doch", ("maar",)),
        ("derhalve", ("daarom", "dus")),
        ("aldus", ("zo",)),
        ("alvorens", ("voordat", "voor")),
        ("dienen … te", ("moeten",)),
        ("in behandeling nemen", ("behandelen",)),
        ("ten behoeve van", ("voor",)),
        ("in het kader van", ("bij", "voor")),
        ("met betrekking tot", ("over",)),
        ("omtrent", ("over",)),
        ("thans", ("nu",)),
        ("woonachtig", ("wonen",)),
        ("verstrekken", ("geven",)),
        ("aanvang", ("begin",)),
        ("c.q.", ("of",)),
        ("ter zake", ("hierover", "daarover")),
    ],
)
def test_default_list_pairs_officialese_with_plain_alternatives(word, alternatives):
    entries = {entry.word: entry for entry in load_default_officialese()}
    assert entries[word].alternatives == alternatives


def test_default_list_is_cached():
    assert load_default_officialese() is load_default_officialese()


@pytest.mark.parametrize("word", ["daar", "welke", "voldoen", "onderhoud", "echter"])
def test_ambiguous_words_are_not_in_the_default_list(word):
    assert word not in {entry.word for entry in load_default_officialese()}


def test_daar_welke_and_voldoen_produce_no_officialese_warning():
    text = (
        "Daar staat de container. Welke dag komt de wagen? U moet voldoen aan de regels. "
        "Daar de wagen kapot is, komt hij later."
    )
    assert officialese(text) == []


@pytest.mark.parametrize(
    ("sentence", "match"),
    [
        ("Retourneert u het formulier voor 1 mei.", "Retourneert"),
        ("Het formulier wordt geretourneerd.", "geretourneerd"),
        ("Vergeet niet het formulier te retourneren.", "te retourneren"),
        ("Retourneer het formulier.", "Retourneer"),
    ],
)
def test_inflected_forms_are_matched(sentence, match):
    assert officialese(sentence) == [(match, "terugsturen")]


def test_matching_is_case_insensitive_and_on_whole_words_only():
    assert officialese("INDIEN u vragen heeft, bel ons.") == [("INDIEN", "als")]
    assert officialese("De indiening van uw aanvraag is gelukt.") == []
    assert officialese("Wij werken reedsvroeg.") == []


def test_phrases_are_matched_as_whole_phrases():
    text = "Dit geldt ten behoeve van bewoners. Wij bellen met betrekking tot uw aanvraag."
    assert officialese(text) == [("ten behoeve van", "voor"), ("met betrekking tot", "over")]
    assert officialese("Ten behoeve: van de bewoners.") == []


def test_abbreviation_is_highlighted_with_its_full_stop():
    assert officialese("Bel de balie c.q. de wijkagent.") == [("c.q.", "of")]


def test_dienen_te_is_officialese_but_indienen_and_dienen_als_are_not():
    assert officialese("U dient het formulier te ondertekenen.") == [
        ("dient het formulier te", "moeten")
    ]
    assert officialese("U dient uw paspoort en rijbewijs te tonen.") == [
        ("dient uw paspoort en rijbewijs te", "moeten")
    ]
    assert officialese("U kunt een aanvraag indienen.") == []
    assert officialese("U dient het formulier in bij de balie.") == []
    assert officialese("Deze gegevens dienen als bewijs om te laten zien dat u hier woont.") == []


def test_in_behandeling_nemen_is_found_around_other_words():
    assert officialese("Wij nemen uw aanvraag in behandeling.") == [
        ("nemen uw aanvraag in behandeling", "behandelen")
    ]
    assert officialese("Uw aanvraag is in behandeling en wij nemen snel een besluit.") == []


def test_officialese_in_headings_is_found_too():
    assert officialese("# Inzake afval\n\nWij halen het afval op.") == [("Inzake", "over")]


def test_an_editor_supplied_list_replaces_the_default_list():
    entries = [OfficialeseEntry("fietsstalling", ("stalling",), ("fietsstallingen",))]
    text = "Teneinde te parkeren gebruikt u de fietsstallingen."
    assert officialese(text, officialese=entries) == [("fietsstallingen", "stalling")]
    assert officialese(text, officialese=[]) == []


def test_entries_are_normalised_and_hashable():
    entry = OfficialeseEntry("  Ten  Behoeve Van ", ["voor", " "], ["Ten Behoeve"])
    assert entry == OfficialeseEntry("ten behoeve van", ("voor",), ("ten behoeve",))
    assert hash(entry) == hash(OfficialeseEntry("ten behoeve van", ("voor",), ("ten behoeve",)))
    assert entry.suggestion == "voor"
    assert OfficialeseEntry("thans", ()).suggestion is None


def test_csv_rows_become_entries():
    entries = parse_officialese_csv(
        "word,alternatives,forms\nmiddels,door|met,\nretourneren,terugsturen,retourneert | geretourneerd\n,x,\n"
    )
    assert entries == [
        OfficialeseEntry("middels", ("door", "met")),
        OfficialeseEntry("retourneren", ("terugsturen",), ("retourneert", "geretourneerd")),
    ]


def test_every_default_entry_has_an_alternative():
    assert all(entry.alternatives for entry in load_default_officialese())


def test_the_default_list_credits_its_cc0_source():
    source = (DATA / "officialese-SOURCE.txt").read_text(encoding="utf-8")
    assert "nl-design-system/rvo" in source
    assert "CC0-1.0" in source
    assert "officialese.csv is derived from" in source
