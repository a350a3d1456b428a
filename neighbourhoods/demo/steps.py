"""The neighbourhoods' demo step: the areas and their pages, agenda and initiatives, before the
news, consultations and youth proposals that are about an area; and, once the appointments demo
has made the appointment types, the office hours that take appointments."""

from core.demo_registry import register_demo_step
from neighbourhoods.demo.bookable_office_hours import make_office_hours_bookable
from neighbourhoods.demo.builder import build_neighbourhoods_demo

register_demo_step(
    "areas",
    lambda site: build_neighbourhoods_demo(site, site.home, site.teams),
    order=20,
    after=("site",),
)

register_demo_step(
    "bookable office hours",
    lambda site: make_office_hours_bookable(),
    order=79,
    after=("areas", "appointments"),
)
