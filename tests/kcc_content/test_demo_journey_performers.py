"""Each step of the demo journeys names who really does it.

A step the funeral director or an employer takes is not done by "the municipality", and a step
the resident takes on their own (calling a funeral director, choosing a wedding date) is not
done by an organisation that is merely mentioned in it.
"""

import pytest

from journeys.demo import content as journey_content

JOURNEYS = [
    value
    for value in vars(journey_content).values()
    if isinstance(value, dict) and "steps" in value
]

#: (journey slug, step title) -> (performer, organisation) as a resident would describe it.
WHO_DOES_IT = {
    ("ik-krijg-een-kind", "Regel uw zwangerschapsverlof"): ("other", "Uw werkgever"),
    ("ik-krijg-een-kind", "Laat de hielprik doen"): (
        "other",
        "Jeugdgezondheidszorg (JGZ) of uw verloskundige",
    ),
    ("ik-krijg-een-kind", "Doe aangifte van de geboorte"): ("municipality", ""),
    ("iemand-is-overleden", "Bel een uitvaartondernemer"): ("resident", ""),
    ("iemand-is-overleden", "Aangifte van het overlijden"): ("other", "Uitvaartondernemer"),
    ("iemand-is-overleden", "Zeg de huur op"): ("resident", ""),
    ("iemand-is-overleden", "Regel de erfenis bij de notaris"): ("other", "Notaris"),
    ("ik-ga-trouwen", "Kies een datum en een trouwlocatie"): ("resident", ""),
    ("ik-ga-trouwen", "Maak huwelijkse voorwaarden bij de notaris"): ("other", "Notaris"),
    ("ik-start-een-bedrijf", "Kijk of uw bedrijf op deze plek mag"): ("resident", ""),
    ("ik-start-een-bedrijf", "Meld u aan als werkgever"): ("other", "Belastingdienst"),
}


def step(slug: str, title: str) -> dict:
    journey = next(journey for journey in JOURNEYS if journey["slug"] == slug)
    return next(step for step in journey["steps"] if step["title"] == title)


@pytest.mark.parametrize(("journey", "title"), list(WHO_DOES_IT))
def test_a_journey_step_names_who_really_does_it(journey, title):
    data = step(journey, title)

    assert (data["performer"], data.get("organisation", "")) == WHO_DOES_IT[(journey, title)]


def test_a_step_the_municipality_does_not_do_is_not_given_to_the_municipality():
    """A step whose text says someone else usually does it is not the municipality's."""
    given_away = [
        (journey["slug"], data["title"])
        for journey in JOURNEYS
        for data in journey["steps"]
        if data["performer"] == "municipality" and "Meestal doet" in data["explanation"]
    ]

    assert given_away == []


def test_only_steps_of_another_organisation_name_one():
    named_without_reason = [
        data["title"]
        for journey in JOURNEYS
        for data in journey["steps"]
        if data["performer"] != "other" and data.get("organisation")
    ]

    assert named_without_reason == []
