"""The home app's demo steps: the site's frame first, the news after the areas, the home page's
links and then the navigation last (see ``core/demo_registry.py`` for the order numbers)."""

from core.demo_registry import register_demo_step
from home.demo import search_steps  # noqa: F401  (the search synonyms' demo step)
from home.demo.builder import HomeDemo

register_demo_step("site", lambda site: HomeDemo(site).build_site(), order=10)
register_demo_step(
    "news",
    lambda site: HomeDemo(site).build_news_and_permissions(),
    order=30,
    after=("site", "areas"),
)
register_demo_step(
    "home_page",
    lambda site: HomeDemo(site).finish_home_page(),
    order=90,
    after=("site", "journeys"),
)
# After every app's pages (the legal pages included, whatever their order below 100), so the
# menu and the footer can link to them.
register_demo_step(
    "navigation",
    lambda site: HomeDemo(site).build_navigation(),
    order=100,
    after=("site", "home_page", "service_norms", "legal"),
)
