"""Landing page sections: apps register them, the home page and area pages render them in order."""

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.template import Context, Template
from django.test import RequestFactory

from core.sections import (
    AREA_PAGE_SECTIONS,
    HOME_PAGE_SECTIONS,
    Section,
    SectionRegistry,
    ShownSection,
    stylesheets,
)


def context_of(value):
    return lambda page, request: value


def test_sections_come_in_order_and_a_section_with_nothing_to_show_is_left_out():
    registry = SectionRegistry("test page")
    registry.register(Section("news", 50, "news.html", context_of({"items": [1]})))
    registry.register(Section("tasks", 10, "tasks.html", context_of({})))
    registry.register(Section("empty", 20, "empty.html", context_of(None)))

    shown = registry.shown(page=None, request=RequestFactory().get("/"))

    assert [item.name for item in shown] == ["tasks", "news"]
    assert shown[1].context == {"items": [1]}


def test_two_different_sections_may_not_share_a_name():
    registry = SectionRegistry("test page")
    registry.register(Section("news", 50, "news.html", context_of({})))

    with pytest.raises(ImproperlyConfigured):
        registry.register(Section("news", 60, "other.html", context_of({})))


def test_each_stylesheet_is_loaded_once():
    first = Section("a", 1, "a.html", context_of({}), stylesheets=("x.css", "y.css"))
    second = Section("b", 2, "b.html", context_of({}), stylesheets=("y.css",))

    assert stylesheets([ShownSection(first), ShownSection(second)]) == ["x.css", "y.css"]


def test_a_section_is_rendered_with_the_page_context_and_its_own(settings, tmp_path):
    (tmp_path / "greeting.html").write_text("{{ page_title }}: {{ greeting }}")
    settings.TEMPLATES = [
        {**settings.TEMPLATES[0], "DIRS": [tmp_path, *settings.TEMPLATES[0]["DIRS"]]}
    ]
    shown = ShownSection(
        Section("greeting", 1, "greeting.html", context_of({})), {"greeting": "Hoi"}
    )

    html = Template("{% load landing_sections %}{% render_section shown %}").render(
        Context({"page_title": "Home", "shown": shown})
    )

    assert html == "Home: Hoi"


def test_the_apps_register_their_sections_for_the_landing_pages():
    home = [section.name for section in HOME_PAGE_SECTIONS.sections()]
    area = [section.name for section in AREA_PAGE_SECTIONS.sections()]

    assert home == ["top-tasks", "postcode", "life-events", "consultations", "news"]
    assert area == [
        "agenda",
        "team",
        "initiatives",
        "have-your-say",
        "youth-proposals",
        "news",
        "office-hours-appointment",
        "reports",
    ]
