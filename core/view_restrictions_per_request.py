"""Read the pages' view restrictions once per request instead of once per ``.public()``.

Wagtail's ``PageQuerySet.public()`` (and ``private()``, ``not_public()``) reads every
``PageViewRestriction`` each time it is called, to exclude the private sections of the tree. An
area page lists consultations, news, proposals and its neighbourhoods, each with ``.public()``:
six reads of the same few rows per page view. While a request is handled
(``RememberViewRestrictionsPerRequestMiddleware``) the first call reads them and the rest of the
request uses that list.

Outside a request (management commands, the shell, tests that build pages) nothing is remembered
and Wagtail behaves as it always does. Saving or deleting a restriction, and moving a page (which
changes the path of a restricted section), forget the list, so the next call reads it again.
"""

from contextvars import ContextVar

from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from wagtail.models import PageViewRestriction
from wagtail.query import PageQuerySet
from wagtail.signals import post_page_move

from core.request_memory import RequestMemoryMiddleware, forget

#: In a request, a dict that holds the restrictions (with their pages) once they are read, under
#: ``"restrictions"``; None outside a request (``core.request_memory``).
_remembered: ContextVar[dict | None] = ContextVar("view_restrictions", default=None)

_wagtail_private_q = PageQuerySet.private_q


def remembered_restrictions() -> list[PageViewRestriction] | None:
    """Every view restriction with its page, read once per request; None outside a request."""
    remembered = _remembered.get()
    if remembered is None:
        return None
    if "restrictions" not in remembered:
        remembered["restrictions"] = list(PageViewRestriction.objects.select_related("page"))
    return remembered["restrictions"]


def private_q(queryset: PageQuerySet) -> Q:
    """``PageQuerySet.private_q``, from the request's restrictions when there are: the pages in a
    restricted section (the restricted page and its descendants); no page when there is none."""
    restrictions = remembered_restrictions()
    if restrictions is None:
        return _wagtail_private_q(queryset)
    q = Q()
    for restriction in restrictions:
        q |= queryset.descendant_of_q(restriction.page, inclusive=True)
    return q if q else Q(pk__in=[])


def forget_restrictions(**kwargs) -> None:
    """A restriction was added, changed or removed, or a page moved: read them again."""
    forget(_remembered)


def remember_view_restrictions_per_request() -> None:
    """Route Wagtail's ``private_q`` through this module (called once, from ``CoreConfig``)."""
    PageQuerySet.private_q = private_q
    for signal, sender, name in (
        (post_save, PageViewRestriction, "saved"),
        (post_delete, PageViewRestriction, "deleted"),
        (post_page_move, None, "moved"),
    ):
        signal.connect(
            forget_restrictions, sender=sender, dispatch_uid=f"forget_restrictions_{name}"
        )


class RememberViewRestrictionsPerRequestMiddleware(RequestMemoryMiddleware):
    """Keeps the view restrictions read during one request for the rest of that request only."""

    memory = _remembered
