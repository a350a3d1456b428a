"""The review history the demo gives a page or answer: when it first appeared, when last checked.

Publishing in the demo builder happens "now", and counts as a review today. A realistic demo
item was published earlier and checked since; it is never "last checked" before it appeared.
The review schedule belongs to a floor above core: it listens to ``review_history_recorded``.
"""

import datetime

from django.dispatch import Signal
from django.utils import timezone

#: Sent with ``instance`` after the demo rewrote an item's review and publication dates.
review_history_recorded = Signal()

#: The hour of the day at which the demo says an item was first published.
PUBLISHED_AT_HOUR = 9


def record_review_history(
    obj, reviewed_on: datetime.date, published_on: datetime.date | None = None
) -> None:
    """Store ``reviewed_on`` as the last review and ``published_on`` (or the review day) as the
    first publication of ``obj``, which must have been published by the builder just now.

    The first publication never follows the last review, and neither lies in the future.
    """
    today = timezone.localdate()
    reviewed_on = min(reviewed_on, today)
    published_on = min(published_on or reviewed_on, reviewed_on)
    published_at = timezone.make_aware(
        datetime.datetime.combine(published_on, datetime.time(PUBLISHED_AT_HOUR))
    )
    published_at = min(published_at, timezone.now())
    type(obj).objects.filter(pk=obj.pk).update(
        last_reviewed_at=reviewed_on, first_published_at=published_at
    )
    obj.last_reviewed_at = reviewed_on
    obj.first_published_at = published_at
    review_history_recorded.send(sender=type(obj), instance=obj)
