"""The front office's automatic measures for service norms (see ``service_norms.measures``).

Three measures, chosen in a norm's "measured automatically as" field:

``callback-handled``
    Callback requests handled in time: closed at or before their due time.
``written-answer``
    Contact requests (a question by e-mail or the website form) answered in time, the same way.
``first-contact-resolution``
    Contacts answered at once: the contacts registered in the month with outcome "answered",
    out of all contacts registered in the month.

Which month a request counts for: the month its **due time** falls in (local time). So a month
is complete the moment it has closed: every request due in it is then either closed (in time or
late) or past due and still open, which counts as not met. Counting by the month a request was
*received* would leave requests received at the end of a month undecided after it closed, and a
final month would have to be changed later. In the current month a request that is still open
and not yet due is left out until it is closed or falls due.
"""

import datetime

from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from front_office.models import ContactMoment, ContactOutcome, ContactRequest, RequestKind
from service_norms.measures import period_bounds, register_measure

CALLBACK_HANDLED = "callback-handled"
WRITTEN_ANSWER = "written-answer"
FIRST_CONTACT_RESOLUTION = "first-contact-resolution"


def requests_handled_in_time(
    kind: str, period_start: datetime.date, period_end: datetime.date
) -> tuple[int, int]:
    """(cases, met) for the requests of ``kind`` due in the period."""
    start, end = period_bounds(period_start, period_end)
    counted = ContactRequest.objects.filter(kind=kind, due_at__gte=start, due_at__lt=end).filter(
        Q(closed_at__isnull=False) | Q(due_at__lt=timezone.now())
    )
    cases = counted.count()
    met = counted.filter(closed_at__isnull=False, closed_at__lte=F("due_at")).count()
    return cases, met


def callbacks_handled(period_start: datetime.date, period_end: datetime.date) -> tuple[int, int]:
    return requests_handled_in_time(RequestKind.CALLBACK, period_start, period_end)


def questions_answered(period_start: datetime.date, period_end: datetime.date) -> tuple[int, int]:
    return requests_handled_in_time(RequestKind.QUESTION, period_start, period_end)


def first_contact_resolution(
    period_start: datetime.date, period_end: datetime.date
) -> tuple[int, int]:
    """(contacts registered in the period, of which answered at once)."""
    start, end = period_bounds(period_start, period_end)
    contacts = ContactMoment.objects.filter(registered_at__gte=start, registered_at__lt=end)
    return contacts.count(), contacts.filter(outcome=ContactOutcome.ANSWERED).count()


register_measure(
    CALLBACK_HANDLED, _("Callback requests handled before their due time"), callbacks_handled
)
register_measure(
    WRITTEN_ANSWER, _("Questions (e-mail, form) answered before their due time"), questions_answered
)
register_measure(
    FIRST_CONTACT_RESOLUTION,
    _("Contacts answered at once (first-contact resolution)"),
    first_contact_resolution,
)
