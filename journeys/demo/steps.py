"""The customer journeys' demo step: the journey overview and its journeys, after the KCC's
products and answers they link to (see ``core/demo_registry.py`` for the order numbers)."""

from core.demo_registry import register_demo_step
from journeys.demo.builder import build_journeys_demo


def build(site) -> None:
    """Build the journeys and share their pages, for the home page's life-event tiles."""
    site.pages.update(build_journeys_demo(site, site.home, site.teams))


register_demo_step("journeys", build, order=50, after=("site", "kcc"))
