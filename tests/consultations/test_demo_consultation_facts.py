"""The demo consultations are written in correct Dutch and decide after the input closes."""

import re

import pytest

from consultations.demo import content

#: Dutch nouns with "het" that the demo texts use: "een groot klimrek", never "een grote".
HET_WORDS = {
    "klimrek",
    "plein",
    "hek",
    "veld",
    "pannaveld",
    "voetbalveldje",
    "huis",
    "gemeentehuis",
    "dorpshuis",
    "buurthuis",
    "plan",
    "idee",
    "bankje",
    "ontwerp",
    "budget",
}


def texts_in(value) -> list[str]:
    """Every text in the demo data, however deeply nested."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [text for item in value.values() for text in texts_in(item)]
    if isinstance(value, list | tuple):
        return [text for item in value for text in texts_in(item)]
    return []


def test_an_adjective_before_a_het_word_after_een_has_no_e():
    wrong = [
        match.group(0)
        for text in texts_in(content.CONSULTATIONS)
        for match in re.finditer(r"\been (\w+e) (\w+)", text, re.IGNORECASE)
        if match.group(2).lower() in HET_WORDS
    ]

    assert wrong == []


def test_the_playground_idea_asks_for_een_groot_klimrek():
    titles = [idea["title"] for idea in content.SPEELTUIN["ideas"]]

    assert "Een groot klimrek met een glijbaan" in titles


@pytest.mark.parametrize("consultation", content.CONSULTATIONS, ids=lambda data: data["slug"])
def test_the_decision_is_taken_after_the_input_closes(consultation):
    input_closes = max(
        end for kind, _start, end, _text in consultation["phases"] if kind == "input"
    )

    assert consultation["rules"]["decision_days"] > input_closes
    assert "{decision:maand}" in consultation["rules"]["decision_moment"]
