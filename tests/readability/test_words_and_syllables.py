"""Word tokens and the Dutch syllable counter, on real words."""

import pytest

from readability.syllables import count_syllables
from readability.words import count_words, tokens


def test_tokens_carry_exact_offsets():
    text = "Uw afval, ook glas!"
    assert [(token.text, token.start, token.end) for token in tokens(text)] == [
        ("Uw", 0, 2),
        ("afval", 3, 8),
        ("ook", 10, 13),
        ("glas", 14, 18),
    ]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Noord-Brabant", ["Noord-Brabant"]),
        ("Stuur een e-mail", ["Stuur", "een", "e-mail"]),
        ("twee auto's", ["twee", "auto's"]),
        ("€ 75,50 per maand", ["75,50", "per", "maand"]),
        ("1.250.000 inwoners", ["1.250.000", "inwoners"]),
        ("om 09.00 uur", ["om", "09.00", "uur"]),
        ("deelauto -fiets", ["deelauto", "fiets"]),
        ("rood,groen", ["rood", "groen"]),
        ("— ... !", []),
    ],
)
def test_words_have_a_letter_or_digit_and_keep_compounds_and_numbers_whole(text, words):
    assert [token.text for token in tokens(text)] == words
    assert count_words(text) == len(words)


@pytest.mark.parametrize(
    ("word", "syllables"),
    [
        ("gemeente", 3),
        ("afvalkalender", 5),
        ("parkeervergunning", 5),
        ("informatie", 4),
        ("aanvraag", 2),
        ("uitvoeren", 3),
        ("vrijdag", 2),
        ("nieuw", 1),
        ("leeuw", 1),
        ("mooi", 1),
        ("groei", 1),
        ("haai", 1),
        ("auto", 2),
        ("bijstandsuitkering", 5),
        ("verantwoordelijkheid", 6),
        ("situatie", 4),
        ("materiaal", 4),
        ("theater", 3),
        ("actueel", 3),
        ("individueel", 5),
        ("januari", 4),
        # Diaeresis starts a new syllable.
        ("ruïne", 3),
        ("geïnteresseerd", 5),
        ("coördinatie", 5),
        ("België", 3),
        ("zeeën", 2),
        ("patiënt", 3),
        # French loans.
        ("bureau", 2),
        ("niveau", 2),
        # Pyphen's hyphenation patterns never split the first or last two letters and get these
        # wrong (idee 1, alinea 2, radio 2, ideaal 2); vowel groups get them right.
        ("idee", 2),
        ("alinea", 4),
        ("radio", 3),
        ("ideaal", 3),
    ],
)
def test_syllables_are_counted_on_dutch_vowel_groups(word, syllables):
    assert count_syllables(word) == syllables


def test_words_without_vowels_count_as_one_syllable():
    assert count_syllables("2026") == 1
    assert count_syllables("t/m") == 1


def test_syllable_count_ignores_capitals():
    assert count_syllables("Gemeente") == count_syllables("GEMEENTE") == 3
