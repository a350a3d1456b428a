"""Links into the booking pages with the product or the location already chosen, for the pages
that say "Make an appointment" (product pages, area pages, journeys, the contact page, the
office hours in the neighbourhood agenda, the KCC's Kennisbank)."""

from django.urls import reverse
from django.utils.http import urlencode

from appointments.models import AppointmentType


def booking_url(**query) -> str:
    """The first booking step; ``product=<page id>`` or ``locatie=<location id>`` preselect."""
    return reverse("appointments:start") + (f"?{urlencode(query)}" if query else "")


def booking_is_open() -> bool:
    """Whether residents can book anything at all (an active type at an active location)."""
    return AppointmentType.objects.filter(is_active=True, locations__is_active=True).exists()


def bookable_products(products=None) -> dict[str, str]:
    """The booking link of each product page residents can make an appointment for, by the page's
    ``translation_key`` (so a translation finds it too): of ``products`` (pages in any language),
    or of every product when None. One query."""
    types = AppointmentType.objects.filter(
        is_active=True, product__isnull=False, locations__is_active=True
    )
    if products is not None:
        keys = {product.translation_key for product in products}
        if not keys:
            return {}
        types = types.filter(product__translation_key__in=keys)
    links: dict[str, str] = {}
    for key, product_id in types.order_by("name").values_list(
        "product__translation_key", "product_id"
    ):
        links.setdefault(str(key), booking_url(product=product_id))
    return links
