"""What the neighbourhoods app shows on the landing pages (``core.sections``).

On the home page: the postcode form "Wat speelt er in mijn buurt?". On an area page: when the
municipality is in the neighbourhood, the neighbourhood team, residents' initiatives and the
reports of past meetings. Imported from ``NeighbourhoodsConfig.ready()``.
"""

from django.utils.translation import gettext_lazy as _

from core.sections import register_area_section, register_home_section
from neighbourhoods import agenda, budgets, initiative_listing
from neighbourhoods.models import AreaIndexPage


def area_index_for(page) -> AreaIndexPage | None:
    """The published area overview in the language (and site) of ``page``, or None."""
    overviews = AreaIndexPage.objects.live().public().filter(locale_id=page.locale_id)
    site = page.get_site()
    if site is not None:
        overviews = overviews.in_site(site)
    return overviews.order_by("path").first()


@register_home_section(
    "postcode",
    20,
    "neighbourhoods/sections/home_postcode.html",
    stylesheets=("neighbourhoods/postcodes.css",),
)
def home_postcode_form(page, request) -> dict | None:
    """The postcode form, where there is an area overview to answer it."""
    area_index = area_index_for(page)
    return {"area_index": area_index} if area_index else None


@register_area_section(
    "agenda",
    10,
    "neighbourhoods/sections/area_agenda.html",
    heading=_("When is the municipality in your neighbourhood?"),
    stylesheets=("neighbourhoods/agenda.css",),
)
def area_agenda(page, request) -> dict:
    """The next office hours and meetings of this area, its village and its neighbourhoods."""
    return {"upcoming_meetings": agenda.upcoming_for_area(page, limit=6)}


@register_area_section(
    "team", 20, "neighbourhoods/sections/area_team.html", heading=_("Your neighbourhood team")
)
def area_team(page, request) -> dict:
    """The contacts of this area, or of its village when it has none of its own."""
    return {"contacts": page.team_contacts()}


@register_area_section(
    "initiatives",
    30,
    "neighbourhoods/sections/area_initiatives.html",
    heading=_("Do something yourself in your neighbourhood?"),
    stylesheets=("neighbourhoods/initiatives.css",),
)
def area_initiatives(page, request) -> dict:
    """How to start an initiative, the budget and the approved and finished initiatives."""
    return {
        "initiatives": initiative_listing.shown_on_area(page),
        "budget": budgets.current_budget_for(page),
    }


@register_area_section(
    "reports",
    60,
    "neighbourhoods/sections/area_reports.html",
    heading=_("Reports of meetings"),
    stylesheets=("neighbourhoods/agenda.css",),
)
def area_reports(page, request) -> dict:
    """The latest reports of past meetings in this area and its neighbourhoods."""
    return {"past_meetings": agenda.past_reports_for_area(page, limit=3)}
