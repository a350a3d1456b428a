"""The "Book for the resident" control under a product in the KCC's Kennisbank.

A contact-centre employee who finds the product a caller asks about books the appointment on the
spot: the link opens the booking pages with the product chosen, and the booking records who made
it (``Booking.booked_by``). Shown only to staff who may add bookings, and only for products that
have an appointment; registered with ``kcc_content.kennisbank_actions`` from
``appointments/wagtail_hooks.py``.
"""

from django.template.loader import render_to_string

from appointments.links import bookable_products

#: Where one request remembers the links (one query per page of results, not one per result).
REQUEST_CACHE = "_appointments_bookable_products"


def book_for_resident(request, kind: str, result, query: str) -> str:
    if kind != "product" or not request.user.has_perm("appointments.add_booking"):
        return ""
    links = getattr(request, REQUEST_CACHE, None)
    if links is None:
        links = bookable_products()
        setattr(request, REQUEST_CACHE, links)
    url = links.get(str(result.translation_key))
    if url is None:
        return ""
    return render_to_string(
        "appointments/admin/book_for_resident_action.html", {"url": url, "title": result.title}
    )
