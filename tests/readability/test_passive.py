"""Passive voice: worden + participle is a warning, zijn + participle information."""

import pytest

from readability import analyse
from readability.passive import WORDEN, ZIJN, find_passives, is_participle
from readability.words import tokens


def passives(sentence: str) -> list[tuple[str, str]]:
    """(kind, matched span) for each passive in one sentence."""
    return [
        (match.kind, sentence[match.start : match.end])
        for match in find_passives(sentence, tokens(sentence))
    ]


def test_passive_finding_for_worden_with_participle_has_exact_offsets():
    text = "Uw afval wordt elke week opgehaald."
    report = analyse(text)
    found = [finding for finding in report.findings if finding.code == "passive"]
    assert len(found) == 1
    assert (found[0].start, found[0].end) == (9, 34)
    assert found[0].text == text[9:34] == "wordt elke week opgehaald"
    assert found[0].severity == "orange"


def test_passive_detects_separable_participle_after_modal():
    assert passives("Het formulier moet worden ingevuld.") == [(WORDEN, "worden ingevuld")]


def test_passive_detects_separable_participle_after_kan_worden():
    assert passives("Een paspoort kan worden aangevraagd bij de balie.") == [
        (WORDEN, "worden aangevraagd")
    ]


def test_passive_detects_participle_after_an_agent_phrase():
    assert passives("De rekening werd door de gemeente betaald.") == [
        (WORDEN, "werd door de gemeente betaald")
    ]


def test_passive_detects_participle_before_the_auxiliary_in_a_subordinate_clause():
    assert passives("U weet dat het formulier ingevuld moet worden.") == [
        (WORDEN, "ingevuld moet worden")
    ]
    assert passives("Wij zorgen dat uw afval opgehaald wordt.") == [(WORDEN, "opgehaald wordt")]


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("De formulieren worden teruggestuurd.", "worden teruggestuurd"),
        ("De stukken worden meegenomen.", "worden meegenomen"),
        ("Uw bericht wordt doorgestuurd naar de afdeling.", "wordt doorgestuurd"),
        ("Het bedrag wordt terugbetaald.", "wordt terugbetaald"),
        ("De kosten worden verstrekt.", "worden verstrekt"),
        ("Uw brief wordt ontvangen.", "wordt ontvangen"),
        ("De afspraak wordt herhaald.", "wordt herhaald"),
        ("Het diploma wordt erkend.", "wordt erkend"),
        ("De vergunning wordt verleend.", "wordt verleend"),
        ("Er wordt een besluit genomen.", "wordt een besluit genomen"),
        ("De regels worden vastgesteld.", "worden vastgesteld"),
        ("De locatie wordt veiliggesteld.", "wordt veiliggesteld"),
    ],
)
def test_passive_recognises_separable_inseparable_and_strong_participles(sentence, span):
    assert passives(sentence) == [(WORDEN, span)]


def test_relative_clause_with_hebben_is_not_passive():
    assert passives("De brief die wij hebben ontvangen, bewaren wij.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Hij wordt ziek.",
        "Zij wordt lid van de bibliotheek.",
        "Het wordt groter.",
        "Het wordt beter.",
        "Zij worden moeder.",
        "Het wordt ingewikkeld.",
        "Het wordt bekend.",
        "Hij wordt eigenaar van de gebouwen.",
        "Zij wordt voorzitter van de gemeenteraad.",
        "Het wordt een verschillend verhaal.",
        "Zij wordt erfpachter en verhuurt de woningen.",
        "De tuinen worden kleiner en land gaat verloren.",
    ],
)
def test_worden_as_linking_verb_is_not_passive(sentence):
    assert passives(sentence) == []


def test_zijn_passive_is_information_only():
    report = analyse("Uw afval is opgehaald.")
    found = [finding for finding in report.findings if finding.code == "passive"]
    assert [(finding.severity, finding.text) for finding in found] == [("info", "is opgehaald")]
    assert report.checks["passive"].severity == "green"
    assert report.passive_share == 0.0


def test_zijn_passive_with_plural_is_found():
    assert passives("De kosten zijn betaald.") == [(ZIJN, "zijn betaald")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Wat is er gebeurd?",
        "Hij is naar huis gegaan.",
        "De prijs is gestegen.",
        "Zij is lid geworden.",
    ],
)
def test_zijn_perfect_tense_is_not_passive(sentence):
    assert passives(sentence) == []


def test_a_clause_boundary_stops_the_search():
    assert passives("Het wordt druk, dus zijn de wegen afgesloten.") == [
        (ZIJN, "zijn de wegen afgesloten")
    ]


@pytest.mark.parametrize(
    "word",
    ["opgehaald", "ingevuld", "aangevraagd", "goedgekeurd", "betaald", "verstuurd", "gemaakt",
     "gegeven", "gedaan", "gezien", "geschreven", "gebracht", "gevonden", "gestuurd", "gezet",
     "ingezet", "ontmoet", "gediend", "ondertekend", "onderzocht", "bekendgemaakt"],
)  # fmt: skip
def test_participles_are_recognised(word):
    assert is_participle(word)


@pytest.mark.parametrize(
    "word",
    ["ziek", "beter", "gebied", "gezond", "beleid", "bericht", "overheid", "verhuurt", "betaalt",
     "begint", "geldt", "verschillend", "bijvoorbeeld", "gemeenteraad", "bewonersbijeenkomst",
     "vergunningsbeleid"],
)  # fmt: skip
def test_look_alikes_are_not_participles(word):
    assert not is_participle(word)


def test_passive_share_counts_sentences_with_a_worden_passive():
    report = analyse(
        "Uw afval wordt opgehaald. Wij halen het glas op. U zet de bak buiten. Het papier wordt "
        "elke maand opgehaald."
    )
    assert report.passive_share == 0.5
    assert report.checks["passive"].severity == "red"
    assert report.checks["passive"].value == 50.0


@pytest.mark.parametrize(
    ("sentence", "match"),
    [
        (
            "Uw afval wordt vanaf volgende maand op dinsdagochtend voor acht uur door een nieuwe"
            " vervoerder opgehaald.",
            "wordt vanaf volgende maand op dinsdagochtend voor acht uur door een nieuwe vervoerder"
            " opgehaald",
        ),
        (
            "De subsidie werd in het voorjaar van 2024 na een lang gesprek met alle bewoners van de"
            " straat toegekend.",
            "werd in het voorjaar van 2024 na een lang gesprek met alle bewoners van de straat"
            " toegekend",
        ),
        (
            "Uw aanvraag wordt binnen acht weken na ontvangst van alle stukken door een medewerker"
            " van het team Vergunningen beoordeeld.",
            "wordt binnen acht weken na ontvangst van alle stukken door een medewerker van het team"
            " Vergunningen beoordeeld",
        ),
    ],
)
def test_passive_is_found_after_a_long_middle_field(sentence, match):
    assert passives(sentence) == [(WORDEN, match)]


def test_the_search_for_a_participle_stops_at_the_end_of_the_clause():
    # "ontvangen" belongs to the clause after the comma, not to "wordt".
    assert (
        passives("Het wordt een drukke week voor ons team, want wij hebben veel post ontvangen.")
        == []
    )
    assert passives("U wordt lid van de vereniging en u betaalt elk jaar een bijdrage.") == []
