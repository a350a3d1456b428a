"""The consultation overview, the consultation page and the "Doe mee" block on the home page."""

import datetime
import json
import re

import pytest
import wagtail_factories
from django.utils import timezone, translation

from consultations.models import (
    ConsultationPage,
    ConsultationPhase,
    ConsultationSurveyPage,
    ModerationStatus,
)
from consultations.models import PhaseKind as Phase
from consultations.sections import home_consultations
from places.models import Area
from tests.consultations.factories import (
    ConsultationPageFactory,
    IdeaFactory,
    ReactionFactory,
    days_from_today,
    make_consultation,
)

pytestmark = pytest.mark.django_db


def current_consultations(home) -> list:
    """The consultations the home page section "Take part" lists."""
    shown = home_consultations(home, request=None)
    return shown["current_consultations"] if shown else []


def phases(page, *kinds_and_starts):
    """Give ``page`` phases of the given kinds starting on the given dates."""
    for position, (kind, starts_on) in enumerate(kinds_and_starts):
        ConsultationPhase.objects.create(
            page=page, kind=kind, starts_on=starts_on, sort_order=position
        )
    return page


def html(client, page, query="") -> str:
    response = client.get(page.url + query)
    assert response.status_code == 200
    return response.content.decode()


# Status and phases ----------------------------------------------------------------------------
@pytest.fixture
def planned(consultation_index):
    """A consultation with an input phase in May, processing in June and feedback in July."""
    page = ConsultationPageFactory(parent=consultation_index)
    return phases(
        page,
        (Phase.FEEDBACK, datetime.date(2026, 7, 1)),  # stored out of order on purpose
        (Phase.INPUT, datetime.date(2026, 5, 1)),
        (Phase.PROCESSING, datetime.date(2026, 6, 1)),
    )


def test_a_consultation_is_announced_before_its_first_phase_starts(planned):
    assert planned.status(datetime.date(2026, 4, 30)) == Phase.ANNOUNCED
    assert planned.current_phase(datetime.date(2026, 4, 30)) is None
    assert not planned.is_open_for_input(datetime.date(2026, 4, 30))


@pytest.mark.parametrize(
    ("day", "status"),
    [
        (datetime.date(2026, 5, 1), Phase.INPUT),
        (datetime.date(2026, 5, 31), Phase.INPUT),
        (datetime.date(2026, 6, 1), Phase.PROCESSING),
        (datetime.date(2027, 1, 1), Phase.FEEDBACK),
    ],
)
def test_the_status_follows_the_phase_dates(planned, day, status):
    assert planned.status(day) == status


def test_the_timeline_lists_phases_in_date_order_and_marks_the_current_one(planned):
    steps = planned.timeline(datetime.date(2026, 6, 15))

    assert [(step["phase"].kind, step["state"]) for step in steps] == [
        (Phase.INPUT, "done"),
        (Phase.PROCESSING, "current"),
        (Phase.FEEDBACK, "upcoming"),
    ]


def test_before_the_first_phase_every_step_of_the_timeline_is_upcoming(planned):
    states = {step["state"] for step in planned.timeline(datetime.date(2026, 1, 1))}

    assert states == {"upcoming"}


def test_the_page_marks_the_current_phase_in_text_and_with_aria_current(client, consultation_index):
    page = make_consultation(consultation_index, current=Phase.PROCESSING)

    content = html(client, page)

    assert content.count('aria-current="step"') == 1
    current = content.split('aria-current="step"')[1].split("</li>")[0]
    processing = page.phases.get(kind=Phase.PROCESSING)
    assert processing.starts_on.strftime("%Y") in current
    assert str(processing.starts_on.day) in current
    assert "consultation-timeline__marker" in current


# Feedback overdue --------------------------------------------------------------------------
@pytest.fixture
def overdue(consultation_index):
    return make_consultation(
        consultation_index,
        current=Phase.PROCESSING,
        title="Overdue plan",
        feedback_date=days_from_today(-1),
        retention_date=days_from_today(200),
    )


def test_a_passed_feedback_date_without_a_report_is_overdue(overdue):
    assert overdue.feedback_overdue()
    assert not overdue.feedback_overdue(today=days_from_today(-1))


def test_a_published_feedback_report_is_never_overdue(overdue):
    overdue.feedback_published_at = timezone.now()

    assert not overdue.feedback_overdue()


def test_the_page_shows_a_clear_overdue_notice(client, overdue):
    content = html(client, overdue)

    assert "consultation-overdue" in content
    assert str(overdue.feedback_date.year) in content.split("consultation-overdue")[1]


def test_the_overview_marks_an_overdue_consultation(client, consultation_index, overdue):
    on_time = make_consultation(consultation_index, title="On time plan")

    content = html(client, consultation_index)

    overdue_card = content.split("Overdue plan")[1].split("</li>")[0]
    on_time_card = content.split(on_time.title)[1].split("</li>")[0]
    assert "consultation-status--overdue" in overdue_card
    assert "consultation-status--overdue" not in on_time_card


def test_a_page_without_a_passed_feedback_date_shows_no_overdue_notice(client, consultation_index):
    page = make_consultation(consultation_index)

    assert "consultation-overdue" not in html(client, page)


# The overview -------------------------------------------------------------------------------
@pytest.fixture
def three(consultation_index, areas):
    return {
        "closed": make_consultation(
            consultation_index,
            current=Phase.CLOSED,
            title="Gesloten plan",
            area=areas["geertruidenberg"].area,
        ),
        "open": make_consultation(
            consultation_index,
            current=Phase.INPUT,
            title="Open plan",
            area=areas["raamsdonksveer"].area,
        ),
        "processing": make_consultation(
            consultation_index, current=Phase.PROCESSING, title="Plan in verwerking", area=None
        ),
    }


def titles_in(content, pages) -> list[str]:
    found = [(content.find(f">{page.title}<"), page.title) for page in pages]
    return [title for position, title in sorted(found) if position >= 0]


def test_the_overview_lists_open_consultations_first(client, consultation_index, three):
    content = html(client, consultation_index)

    assert titles_in(content, three.values()) == [
        "Open plan",
        "Plan in verwerking",
        "Gesloten plan",
    ]


def test_the_overview_filters_on_status(client, consultation_index, three):
    content = html(client, consultation_index, "?status=processing")

    assert titles_in(content, three.values()) == ["Plan in verwerking"]
    assert re.search(r'<option value="processing"\s+selected>', content)


def test_the_overview_filters_on_area(client, consultation_index, three):
    content = html(client, consultation_index, "?area=raamsdonksveer")

    assert titles_in(content, three.values()) == ["Open plan"]
    assert re.search(r'<option value="raamsdonksveer"\s+selected>Raamsdonksveer</option>', content)


def test_the_area_filter_offers_the_areas_of_the_consultations_and_the_whole_municipality(
    client, consultation_index, three, areas
):
    content = html(client, consultation_index)
    select = content.split('id="filter-area"')[1].split("</select>")[0]

    assert re.findall(r'<option value="([^"]*)"', select) == [
        "",
        "geertruidenberg",
        "raamsdonksveer",
        "gemeente",
    ]
    assert "centrum" not in select  # no consultation is about it


def test_the_area_filter_whole_municipality_shows_consultations_without_an_area(
    client, consultation_index, three
):
    content = html(client, consultation_index, "?area=gemeente")

    assert titles_in(content, three.values()) == ["Plan in verwerking"]


def test_filtering_on_a_village_includes_its_neighbourhoods(client, consultation_index, areas):
    make_consultation(consultation_index, title="Plan voor de Markt", area=areas["centrum"].area)
    make_consultation(
        consultation_index, title="Plan voor het dorp", area=areas["raamsdonksveer"].area
    )
    make_consultation(consultation_index, title="Plan elders", area=areas["geertruidenberg"].area)
    pages = list(consultation_index.consultations())

    village = html(client, consultation_index, "?area=raamsdonksveer")
    neighbourhood = html(client, consultation_index, "?area=centrum")

    assert sorted(titles_in(village, pages)) == ["Plan voor de Markt", "Plan voor het dorp"]
    assert titles_in(neighbourhood, pages) == ["Plan voor de Markt"]
    assert ">Centrum (Raamsdonksveer)</option>" in village


def test_the_overview_ignores_unknown_filter_values(client, consultation_index, three):
    content = html(client, consultation_index, "?status=<script>&area=Atlantis")

    assert len(titles_in(content, three.values())) == 3
    assert "<script>" not in content


def test_the_overview_says_so_when_nothing_matches(client, consultation_index, three):
    content = html(client, consultation_index, "?status=announced")

    assert titles_in(content, three.values()) == []
    assert 'class="card consultation-card"' not in content


def test_the_overview_leaves_out_drafts(client, consultation_index):
    draft = make_consultation(consultation_index, title="Geheim concept")
    draft.unpublish()

    assert "Geheim concept" not in html(client, consultation_index)


def test_the_overview_card_shows_status_area_topic_and_dates(client, consultation_index, areas):
    page = make_consultation(consultation_index, area=areas["raamsdonksveer"].area, topic="Verkeer")
    start = page.input_phase().starts_on

    card = html(client, consultation_index).split(page.title)[1].split("</li>")[0]

    assert "consultation-status--input" in card
    assert "Raamsdonksveer" in card
    assert "Verkeer" in card
    assert str(start.year) in card and str(start.day) in card


# Escaping ------------------------------------------------------------------------------------
def test_html_in_title_and_intro_is_shown_as_text(client, consultation_index, areas):
    area = areas["centrum"]
    area.title = "<i>Wijk</i>"
    area.save_revision().publish()
    page = make_consultation(
        consultation_index,
        title="<script>alert('titel')</script>",
        intro='<img src=x onerror="alert(1)">',
        fixed_points="<b>vast</b>",
        area=area.area,
    )

    for content in (html(client, page), html(client, consultation_index)):
        assert "<script>alert(" not in content
        assert "<img src=x" not in content
        assert "&lt;script&gt;" in content
        assert "&lt;img src=x" in content
        assert "<i>Wijk</i>" not in content
        assert "&lt;i&gt;Wijk&lt;/i&gt;" in content
    assert "&lt;b&gt;vast&lt;/b&gt;" in html(client, page)


# The area -------------------------------------------------------------------------------------
def test_the_consultation_page_links_to_its_area_page(client, consultation_index, areas):
    page = make_consultation(consultation_index, area=areas["centrum"].area)

    content = html(client, page)

    assert f'href="{areas["centrum"].url}">Centrum</a>' in content


def test_a_consultation_without_an_area_is_about_the_whole_municipality(
    client, consultation_index, areas
):
    page = make_consultation(consultation_index, area=None)

    content = html(client, page)
    card = html(client, consultation_index).split(page.title)[1].split("</li>")[0]

    with translation.override("nl"):
        whole = translation.gettext("Whole municipality")  # "Hele gemeente"
    assert whole in content.split('class="consultation__meta"')[1].split("</p>")[0]
    assert whole in card
    assert areas["raamsdonksveer"].url not in content


def test_an_unpublished_area_is_named_but_not_linked(client, consultation_index, areas):
    page = make_consultation(consultation_index, area=areas["geertruidenberg"].area)
    areas["geertruidenberg"].unpublish()

    meta = html(client, page).split('class="consultation__meta"')[1].split("</p>")[0]

    assert "Geertruidenberg" in meta
    assert "<a " not in meta


def test_the_area_field_in_the_editor_chooses_an_area_of_the_area_tree(consultation_index):
    form_class = ConsultationPage.get_edit_handler().get_form_class()

    assert form_class.base_fields["area"].queryset.model is Area


# The consultation page ------------------------------------------------------------------------
@pytest.fixture
def complete(consultation_index):
    """A consultation with every part filled in: image, body, documents, contact, input."""
    image = wagtail_factories.ImageFactory(title="Het plein", description="Het plein met bomen.")
    document = wagtail_factories.DocumentFactory(title="Schetsontwerp")
    page = make_consultation(
        consultation_index,
        title="Het plein",
        image=image,
        budget="75000.00",
        body=json.dumps([{"type": "paragraph", "value": "<p>Meer uitleg over het plan.</p>"}]),
        documents=json.dumps([{"type": "document", "value": document.pk}]),
        contact_name="Sanne Willems",
        contact_role="projectleider",
        contact_email="participatie@example.org",
        contact_phone="0162 579 579",
    )
    survey = ConsultationSurveyPage(title="Vragenlijst", slug="vragenlijst")
    page.add_child(instance=survey)
    idea = IdeaFactory(consultation=page, status=ModerationStatus.PUBLISHED)
    ReactionFactory(consultation=page, status=ModerationStatus.PUBLISHED)
    ReactionFactory(consultation=page, idea=idea, status=ModerationStatus.PUBLISHED)
    return page


def test_the_page_renders_with_every_part(client, complete):
    content = html(client, complete)

    assert 'alt="Het plein met bomen."' in content
    assert "Meer uitleg over het plan." in content
    assert "Schetsontwerp" in content
    assert "document-links__meta" in content
    assert "Sanne Willems" in content
    assert "tel:0162579579" in content
    assert "75.000" in content or "75,000" in content


def test_the_rules_of_the_game_come_before_the_timeline_and_the_body(client, complete):
    content = html(client, complete)

    rules = content.index('id="consultation-rules-heading"')
    assert rules < content.index('class="consultation-timeline"')
    assert rules < content.index("Meer uitleg over het plan.")


def test_the_rules_show_every_required_rule(client, complete):
    rules = html(client, complete).split('class="consultation-rules"')[1].split("</section>")[0]

    assert complete.level_meaning in rules or "mening" in rules
    for value in (
        complete.fixed_points,
        complete.open_points,
        complete.decision_maker,
        complete.decision_moment,
        complete.use_of_input,
    ):
        assert value in rules
    assert str(complete.feedback_date.year) in rules
    assert str(complete.retention_date.year) in rules


def test_the_page_template_includes_every_partial_in_order():
    from django.template.loader import get_template

    source = get_template("consultations/consultation_page.html").template.source
    partials = [
        "rules",
        "timeline",
        "survey_link",
        "survey_results",
        "ideas",
        "reactions",
        "follow",
        "feedback_report",
    ]
    positions = [source.index(f"consultations/includes/{name}.html") for name in partials]

    assert positions == sorted(positions)


# The home page --------------------------------------------------------------------------------
def test_the_home_page_lists_up_to_three_consultations_open_for_input(
    client, home, consultation_index
):
    open_pages = [make_consultation(consultation_index, title=f"Open {n}") for n in range(4)]
    make_consultation(consultation_index, current=Phase.PROCESSING, title="Niet meer open")

    listed = current_consultations(home)
    content = html(client, home)

    assert len(listed) == 3
    assert {page.pk for page in listed} <= {page.pk for page in open_pages}
    assert "Niet meer open" not in content
    assert 'id="consultations-heading"' in content
    assert content.count('class="card consultation-card"') == 3
    assert consultation_index.url in content


def test_the_home_page_lists_consultations_closing_soonest_first(home, consultation_index):
    later = make_consultation(consultation_index, title="Later")
    sooner = make_consultation(consultation_index, title="Sooner")
    ConsultationPhase.objects.filter(page=later, kind=Phase.INPUT).update(
        ends_on=days_from_today(20)
    )
    ConsultationPhase.objects.filter(page=sooner, kind=Phase.INPUT).update(
        ends_on=days_from_today(5)
    )

    assert [page.title for page in current_consultations(home)] == ["Sooner", "Later"]


def test_the_home_page_has_no_consultation_block_when_nothing_is_open(
    client, home, consultation_index
):
    make_consultation(consultation_index, current=Phase.ANNOUNCED)

    content = html(client, home)

    assert 'id="consultations-heading"' not in content
    assert "consultations.css" not in content


def test_the_english_home_page_lists_the_same_consultations_in_english_where_translated(
    english_home, consultation_index, locales
):
    untranslated = make_consultation(consultation_index, title="Plan voor het plein")
    translated = make_consultation(consultation_index, title="Plan voor het park")
    english_index = consultation_index.copy_for_translation(locales[1])
    english_index.save_revision().publish()
    english = translated.copy_for_translation(locales[1])
    english.title = "Plan for the park"
    english.save_revision().publish()

    shown = current_consultations(english_home)

    assert {page.translation_key for page in shown} == {
        untranslated.translation_key,
        translated.translation_key,
    }
    assert {page.title for page in shown} == {"Plan voor het plein", "Plan for the park"}
