"""The neighbourhoods' demo step: the areas and their pages, agenda and initiatives, before the
news, consultations and youth proposals that are about an area."""

from core.demo_registry import register_demo_step
from neighbourhoods.demo.builder import build_neighbourhoods_demo

register_demo_step(
    "areas",
    lambda site: build_neighbourhoods_demo(site, site.home, site.teams),
    order=20,
    after=("site",),
)
