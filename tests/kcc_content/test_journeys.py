"""Customer journeys: the questionnaire filters the steps on the server, nothing is stored,
editors cannot save conditions that point nowhere, and the demo has the six life events."""

import json
import re

import pytest
from django.core.exceptions import ValidationError
from django.http import QueryDict
from wagtail.blocks import StructBlockValidationError
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.models import HomePage
from journeys.blocks import JourneyStepBlock
from journeys.demo.content import JOURNEYS
from journeys.models import JourneyIndexPage, JourneyPage
from journeys.step_filter import (
    Condition,
    Step,
    select_steps,
    split_answer_codes,
    step_applies,
    steps_by_phase,
    validated_answers,
)
from kcc_content.models import QuestionAnswer
from tests.kcc_content.kcc_factories import publish_answer, publish_product

QUESTIONS = {"kinderen": ["ja", "nee"], "verhuizing": ["binnen", "buitenland"]}


# Filter logic ----------------------------------------------------------------------------


def test_a_step_without_conditions_always_applies():
    assert step_applies((), {"kinderen": "nee"})
    assert step_applies((), {})


def test_a_step_is_hidden_only_when_its_question_got_another_answer():
    school = (Condition("kinderen", frozenset({"ja"})),)

    assert step_applies(school, {"kinderen": "ja"})
    assert not step_applies(school, {"kinderen": "nee"})


def test_an_unanswered_question_shows_the_step():
    school = (Condition("kinderen", frozenset({"ja"})),)

    assert step_applies(school, {"verhuizing": "binnen"})


def test_every_condition_of_a_step_must_allow_the_answers():
    conditions = (
        Condition("kinderen", frozenset({"ja"})),
        Condition("verhuizing", frozenset({"binnen"})),
    )

    assert step_applies(conditions, {"kinderen": "ja", "verhuizing": "binnen"})
    assert not step_applies(conditions, {"kinderen": "ja", "verhuizing": "buitenland"})


def test_unknown_questions_and_unknown_answers_are_ignored():
    submitted = {"kinderen": "misschien", "verhuizing": "binnen", "hack": "ja"}

    assert validated_answers(QUESTIONS, submitted) == {"verhuizing": "binnen"}


def test_repeated_overlong_or_empty_values_are_ignored():
    submitted = QueryDict(mutable=True)
    submitted.setlist("kinderen", ["ja", "nee"])
    submitted["verhuizing"] = "b" * 500
    assert validated_answers(QUESTIONS, submitted) == {}
    assert validated_answers(QUESTIONS, {"kinderen": "", "verhuizing": None}) == {}


def test_answers_are_compared_without_case_or_spaces():
    assert validated_answers(QUESTIONS, {"kinderen": " JA "}) == {"kinderen": "ja"}
    assert split_answer_codes(" ja, Nee ,,") == frozenset({"ja", "nee"})


def test_steps_are_grouped_before_during_after_in_editor_order():
    steps = [
        Step("after", item="c"),
        Step("before", item="a"),
        Step("before", (Condition("kinderen", frozenset({"ja"})),), item="school"),
        Step("before", item="b"),
    ]

    phases = steps_by_phase(steps, {"kinderen": "nee"})

    assert [(phase.phase, [step.item for step in phase.steps]) for phase in phases] == [
        ("before", ["a", "b"]),
        ("after", ["c"]),
    ]


def test_selection_counts_the_steps_that_apply():
    steps = [Step("before"), Step("during", (Condition("kinderen", frozenset({"ja"})),))]

    selection = select_steps(QUESTIONS, steps, {"kinderen": "nee"})

    assert (selection.count, selection.total, selection.is_filtered) == (1, 2, True)


# Pages --------------------------------------------------------------------------------------


def question(key, text, *codes):
    return {
        "type": "question",
        "value": {
            "key": key,
            "question": text,
            "help_text": "",
            "options": [{"value": code, "label": code.capitalize()} for code in codes],
        },
    }


def step(title, phase="before", conditions=(), performer="municipality", **fields):
    return {
        "type": "step",
        "value": {
            "phase": phase,
            "title": title,
            "explanation": f"<p>Uitleg bij {title.lower()}.</p>",
            "performer": performer,
            "organisation": "",
            "organisation_url": "",
            "deadline": "",
            "products": [],
            "answers": [],
            "conditions": [{"question": q, "answers": a} for q, a in conditions],
            **fields,
        },
    }


@pytest.fixture
def index(home):
    page = JourneyIndexPage(title="Wat wilt u regelen?", slug="wat-wilt-u-regelen")
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


def add_journey(index, steps, questions=(), **fields):
    page = JourneyPage(
        title=fields.pop("title", "Ik ga verhuizen"),
        slug=fields.pop("slug", "ik-ga-verhuizen"),
        questions=json.dumps(list(questions)),
        steps=json.dumps(list(steps)),
        **fields,
    )
    index.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def moving(index):
    return add_journey(
        index,
        questions=[
            question("kinderen", "Verhuizen er kinderen mee?", "ja", "nee"),
            question("verhuizing", "Waar gaat u wonen?", "binnen", "buitenland"),
        ],
        steps=[
            step("Zeg uw contracten op", performer="resident"),
            step("Geef uw verhuizing door", deadline="Binnen 5 dagen na uw verhuizing."),
            step("Meld uw kinderen aan bij een school", conditions=[("kinderen", "ja")]),
            step("Meld uw vertrek", phase="during", conditions=[("verhuizing", "buitenland")]),
            step(
                "Geef uw huur door",
                phase="after",
                performer="other",
                organisation="Dienst Toeslagen",
                organisation_url="https://www.belastingdienst.nl",
            ),
        ],
    )


def main_html(response) -> str:
    html = response.content.decode()
    return html[html.index("<main") : html.index("</main>")]


def step_titles(html: str) -> list[str]:
    return re.findall(r'class="journey-step__title"[^>]*>([^<]+)<', html)


def test_without_answers_the_journey_shows_every_step_by_phase(client, moving):
    response = client.get(moving.url)
    html = main_html(response)

    assert response.status_code == 200
    assert step_titles(html) == [
        "Zeg uw contracten op",
        "Geef uw verhuizing door",
        "Meld uw kinderen aan bij een school",
        "Meld uw vertrek",
        "Geef uw huur door",
    ]
    assert html.index('id="fase-before"') < html.index('id="fase-during"')
    assert html.index('id="fase-during"') < html.index('id="fase-after"')
    assert "Binnen 5 dagen na uw verhuizing." in html
    assert 'href="https://www.belastingdienst.nl">Dienst Toeslagen</a>' in html


def test_answering_no_on_children_hides_the_school_step_without_javascript(client, moving):
    response = client.get(moving.url, {"kinderen": "nee", "verhuizing": "binnen"})
    html = main_html(response)

    assert response.status_code == 200
    assert step_titles(html) == [
        "Zeg uw contracten op",
        "Geef uw verhuizing door",
        "Geef uw huur door",
    ]
    assert re.search(r'value="nee"\s+checked', html)
    assert 'id="fase-during"' not in html
    assert re.search(r"\b3\b[^<]*\b5\b", html.split("journey-steps__summary")[1])


def test_the_questionnaire_is_a_get_form_with_fieldsets_and_a_reset_link(client, moving):
    html = main_html(client.get(moving.url, {"kinderen": "ja"}))
    form = html[html.index("<form") : html.index("</form>")]

    assert 'method="get"' in form
    assert "csrfmiddlewaretoken" not in form
    assert form.count("<fieldset") == 2
    assert form.count("<legend") == 2
    assert form.count('type="radio"') == 4
    assert f'href="{moving.url}#stappen"' in form  # show all steps again


def test_unknown_or_malformed_parameters_are_ignored(client, moving):
    for params in (
        {"kinderen": "misschien"},
        {"onbekend": "ja"},
        {"kinderen": "x" * 5000},
        {"kinderen": ["ja", "nee"]},
        {"verhuizing": "<script>alert(1)</script>"},
    ):
        response = client.get(moving.url, params)

        assert response.status_code == 200
        assert len(step_titles(main_html(response))) == 5, params


def test_tick_boxes_are_hidden_without_javascript_and_keyed_by_step_id(client, moving):
    html = main_html(client.get(moving.url))
    step_ids = [block.id for block in moving.steps]

    assert html.count("data-checklist-item") == 5
    assert re.findall(r'data-step-id="([^"]+)"', html) == step_ids
    for wrapper in re.findall(r"<div[^>]*data-checklist-item[^>]*>", html):
        assert "hidden" in wrapper
    assert f'data-journey-id="{moving.pk}"' in html
    assert 'src="/static/js/journey-checklist.js" defer' in response_text(client, moving)


def response_text(client, page, **params) -> str:
    return client.get(page.url, params).content.decode()


def test_the_page_has_no_inline_script_or_style(client, moving):
    html = response_text(client, moving)

    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html)
    assert 'style="' not in html


def test_print_link_carries_the_answers(client, moving):
    html = main_html(client.get(moving.url, {"kinderen": "nee"}))

    assert f'href="{moving.url}print/?kinderen=nee"' in html


def test_print_view_lists_the_filtered_steps_with_empty_tick_boxes(client, moving):
    response = client.get(f"{moving.url}print/", {"kinderen": "nee"})
    html = main_html(response)

    assert response.status_code == 200
    assert html.count("☐") == 4
    assert "Meld uw kinderen aan bij een school" not in html
    assert "Geef uw verhuizing door" in html
    assert '<meta name="robots" content="noindex">' in response.content.decode()
    assert "page-feedback" not in html
    assert f'href="{moving.url}?kinderen=nee"' in html


def test_print_view_without_answers_lists_every_step(client, moving):
    html = main_html(client.get(f"{moving.url}print/", {"kinderen": "kapot"}))

    assert html.count("☐") == 5


def test_index_shows_each_live_journey_as_a_card(client, index, moving):
    add_journey(index, [step("Doe aangifte")], title="Ik krijg een kind", slug="ik-krijg-een-kind")
    draft = add_journey(index, [step("Geheim")], title="Concept", slug="concept")
    draft.unpublish()

    html = main_html(client.get(index.url))

    assert html.count('class="card"') == 2
    assert f'href="{moving.url}"' in html
    assert "Concept" not in html


# Related products and answers ---------------------------------------------------------


@pytest.fixture
def linked_journey(index, home, locales):
    live = publish_product(home, title="Verhuizing melden", slug="verhuizing-melden")
    draft = publish_product(home, title="Conceptproduct", slug="concept")
    draft.unpublish()
    answer = publish_answer(locales[0], question="Hoe geef ik mijn verhuizing door?")
    inactive = publish_answer(
        locales[0],
        question="Oude vraag over verhuizen?",
        status=QuestionAnswer.Status.INACTIVE,
    )
    page = add_journey(
        index,
        [
            step(
                "Geef uw verhuizing door",
                products=[live.pk, draft.pk],
                answers=[answer.pk, inactive.pk],
            )
        ],
    )
    return {"page": page, "live": live, "draft": draft, "answer": answer}


def test_related_products_are_linked_only_when_live(client, linked_journey):
    html = main_html(client.get(linked_journey["page"].url))

    assert f'href="{linked_journey["live"].url}">Verhuizing melden</a>' in html
    assert "Conceptproduct" not in html


def test_related_answers_show_the_question_with_the_answer_in_details(client, linked_journey):
    html = main_html(client.get(linked_journey["page"].url))

    assert (
        '<summary class="accordion__question">Hoe geef ik mijn verhuizing door?</summary>' in html
    )
    assert "Meld het verlies bij de gemeente" in html  # the answer text itself
    assert "Oude vraag over verhuizen?" not in html
    assert "GEHEIM" not in html


def test_an_english_journey_links_only_to_english_products_and_answers(
    client, linked_journey, english_home, locales
):
    dutch_index = linked_journey["page"].get_parent()
    english_index = dutch_index.copy_for_translation(locales[1])
    english_index.save_revision().publish()
    english = linked_journey["page"].copy_for_translation(locales[1])
    english.save_revision().publish()

    before = main_html(client.get(english.url))
    product = linked_journey["live"].copy_for_translation(locales[1])
    product.title = "Reporting a move"
    product.save_revision().publish()
    after = main_html(client.get(english.url))

    assert "Verhuizing melden" not in before + after
    assert "Hoe geef ik mijn verhuizing door?" not in before + after
    assert f'href="{product.url}">Reporting a move</a>' in after


# Editor validation --------------------------------------------------------------------


def clean_errors(index, questions, steps) -> dict:
    page = JourneyPage(
        title="Ik ga trouwen",
        slug="ik-ga-trouwen",
        questions=json.dumps(questions),
        steps=json.dumps(steps),
    )
    with pytest.raises(ValidationError) as caught:
        index.add_child(instance=page)
    return caught.value.message_dict


def test_a_condition_with_an_unknown_question_code_cannot_be_saved(index):
    errors = clean_errors(
        index,
        [question("kinderen", "Kinderen?", "ja", "nee")],
        [step("School", conditions=[("kids", "ja")])],
    )

    assert "steps" in errors
    assert "questions" not in errors


def test_a_condition_with_an_unknown_answer_code_cannot_be_saved(index):
    errors = clean_errors(
        index,
        [question("kinderen", "Kinderen?", "ja", "nee")],
        [step("School", conditions=[("kinderen", "ja,misschien")])],
    )

    assert "steps" in errors


def test_duplicate_question_codes_cannot_be_saved(index):
    errors = clean_errors(
        index,
        [
            question("kinderen", "Kinderen?", "ja", "nee"),
            question("Kinderen", "Nog eens kinderen?", "ja", "nee"),
        ],
        [step("School")],
    )

    assert "questions" in errors


def test_a_step_done_by_another_organisation_names_it():
    block = JourneyStepBlock()
    value = block.to_python(step("Bel de notaris", performer="other")["value"])

    with pytest.raises(StructBlockValidationError) as caught:
        block.clean(value)

    assert "organisation" in caught.value.block_errors


def journey_form_data(questions, steps) -> dict:
    """The page editor's form as the browser posts it."""
    return nested_form_data(
        {
            "title": "Ik ga trouwen",
            "slug": "ik-ga-trouwen",
            "intro": "",
            "questions": streamfield(questions),
            "steps": streamfield(steps),
        }
    )


def admin_question(key, *codes):
    return (
        "question",
        {
            "key": key,
            "question": "Heeft u kinderen?",
            "help_text": "",
            "options": {
                "count": len(codes),
                **{
                    str(i): {"value": {"value": code, "label": code}, "deleted": "", "order": i}
                    for i, code in enumerate(codes)
                },
            },
        },
    )


def admin_step(title, condition):
    return (
        "step",
        {
            "phase": "before",
            "title": title,
            "explanation": rich_text(f"<p>Uitleg bij {title}.</p>"),
            "performer": "municipality",
            "organisation": "",
            "organisation_url": "",
            "deadline": "",
            "products": {"count": 0},
            "answers": {"count": 0},
            "conditions": {
                "count": 1,
                "0": {
                    "value": {"question": condition[0], "answers": condition[1]},
                    "deleted": "",
                    "order": 0,
                },
            },
        },
    )


def test_the_editor_sees_a_clear_error_for_a_condition_that_points_nowhere(
    client, index, admin_user
):
    client.force_login(admin_user)
    url = f"/admin/pages/add/journeys/journeypage/{index.pk}/"

    response = client.post(
        url,
        journey_form_data(
            [admin_question("kinderen", "ja", "nee")],
            [admin_step("School", ("kinderen", "misschien"))],
        ),
    )

    assert response.status_code == 200
    assert not JourneyPage.objects.exists()
    html = response.content.decode()
    assert "misschien" in html  # the wrong code, named in the message on the condition
    assert "ja, nee" in html  # and the codes the editor can use instead


def test_the_editor_can_save_a_journey_with_correct_conditions(client, index, admin_user):
    client.force_login(admin_user)
    url = f"/admin/pages/add/journeys/journeypage/{index.pk}/"

    response = client.post(
        url,
        journey_form_data(
            [admin_question("kinderen", "ja", "nee")],
            [admin_step("School", ("kinderen", "ja"))],
        ),
    )

    assert response.status_code == 302
    page = JourneyPage.objects.get()
    assert page.steps[0].value["conditions"][0]["answers"] == "ja"


# Demo ---------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_demo_has_six_journeys_linked_from_the_home_page(client, demo_site):
    index = JourneyIndexPage.objects.get(locale__language_code="nl")
    journeys = list(index.journeys())
    home = HomePage.objects.get(locale__language_code="nl")
    tiles = {block.value["page"].specific for block in home.life_events}

    assert index.slug == "wat-wilt-u-regelen"
    assert [page.title for page in journeys] == [journey["title"] for journey in JOURNEYS]
    assert len(journeys) == 6
    assert set(journeys) <= tiles
    for journey in journeys:
        assert 5 <= len(journey.steps) <= 9
        response = client.get(journey.url)
        assert response.status_code == 200
        assert len(step_titles(main_html(response))) == len(journey.steps)
    assert JourneyPage.objects.filter(locale__language_code="en").exists()
