"""The demo registry: apps register their demo steps, load_demo runs them in order."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from core import demo_registry
from core.demo_registry import build_demo, demo_steps, register_demo_step


@pytest.fixture
def registry(monkeypatch):
    """An empty registry (the apps' own steps are discovered again afterwards)."""
    monkeypatch.setattr(demo_registry, "_steps", {})
    monkeypatch.setattr(demo_registry, "autodiscover_modules", lambda module: None)
    return demo_registry._steps


def test_every_app_with_demo_content_registers_its_steps_in_order():
    names = [step.name for step in demo_steps()]

    assert names[0] == "site"
    # The navigation last: the menu and the footer link to pages of every app, the home page
    # included, which itself comes after the content it links to.
    assert names[-1] == "navigation"
    for name in ("areas", "news", "kcc", "journeys", "service_norms", "consultations", "youth"):
        assert names.index(name) < names.index("home_page")
    assert names.index("kcc") < names.index("journeys") < names.index("consultations")


def test_steps_run_lowest_order_first_and_get_the_site(registry):
    ran = []
    register_demo_step("late", lambda site: ran.append(("late", site)), order=20)
    register_demo_step("early", lambda site: ran.append(("early", site)), order=10)

    build_demo("the site")

    assert ran == [("early", "the site"), ("late", "the site")]


def test_a_step_that_needs_a_later_step_is_refused(registry):
    register_demo_step("pages", lambda site: None, order=10, after=("areas",))
    register_demo_step("areas", lambda site: None, order=20)

    with pytest.raises(ImproperlyConfigured, match="'pages' needs 'areas' first"):
        demo_steps()


def test_a_step_after_an_app_that_is_not_installed_still_runs(registry):
    register_demo_step("pages", lambda site: None, order=10, after=("not-installed",))

    assert [step.name for step in demo_steps()] == ["pages"]


def test_two_different_steps_cannot_share_a_name(registry):
    register_demo_step("areas", lambda site: None, order=20)

    with pytest.raises(ImproperlyConfigured, match="Two demo steps are called 'areas'"):
        register_demo_step("areas", lambda site: None, order=30)


def test_registering_the_same_step_twice_is_harmless(registry):
    def build(site):
        return None

    register_demo_step("areas", build, order=20)
    register_demo_step("areas", build, order=20)

    assert len(demo_steps()) == 1
