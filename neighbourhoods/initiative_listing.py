"""Which residents' initiatives residents see on an area page.

Only approved and carried-out initiatives are public (``PUBLIC_STATUSES``). A page shows those of
its own area and of the neighbourhoods below it, matched on ``translation_key`` so a translated
area page shows the same initiatives.
"""

from neighbourhoods.models import PUBLIC_STATUSES, Initiative


def public_on_area(area):
    """Every public initiative of this area and its neighbourhoods (unordered)."""
    return Initiative.objects.filter(
        status__in=PUBLIC_STATUSES, area__translation_key__in=area.own_area_keys()
    )


def shown_on_area(area, limit: int = 12):
    """Approved and finished initiatives of this area and its neighbourhoods, newest first."""
    return (
        public_on_area(area)
        .select_related("area")
        .prefetch_related("photos__image")
        .order_by("-status_changed_at", "-pk")[:limit]
    )


def public_initiative(area, initiative_id: int) -> Initiative | None:
    """The public initiative ``initiative_id`` if residents may see it on ``area``'s page."""
    return (
        public_on_area(area)
        .filter(pk=initiative_id)
        .select_related("area")
        .prefetch_related("photos__image")
        .first()
    )
