"""Reviewing content: record a check, keep the schedule in step, count publication as a review."""

from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log

from core.content_register import snippets_only
from core.ownership import OwnedContentMixin
from governance.models import ReviewSchedule

#: Kept from when reviews lived in ``kcc_content``: existing log entries carry this action.
REVIEWED_ACTION = "kcc_content.reviewed"


def is_owned(obj) -> bool:
    return isinstance(obj, OwnedContentMixin)


def sync_schedule(obj) -> ReviewSchedule | None:
    """Mirror an item's owner and review dates into its schedule row (live items only)."""
    if not is_owned(obj):
        return None
    if not getattr(obj, "live", True):
        ReviewSchedule.objects.forget(obj)
        return None
    return ReviewSchedule.objects.record(
        obj,
        responsible_person_id=obj.responsible_person_id,
        review_interval_months=obj.review_interval,
        last_reviewed_at=obj.last_checked_date,
        last_reviewed_by_id=obj.last_reviewed_by_id,
        next_review_date=obj.next_review_date,
    )


@transaction.atomic
def mark_reviewed(obj, user) -> ReviewSchedule | None:
    """ "Gecontroleerd, nog actueel": record who checked the item today, without a content change.

    Only the review fields of the live row change (no new revision), an audit-log entry shows it
    in the item's history, and the next review date moves on by the item's interval.
    """
    obj.last_reviewed_at = timezone.localdate()
    obj.last_reviewed_by = user
    obj.save(update_fields=["last_reviewed_at", "last_reviewed_by"])
    log(
        instance=obj,
        action=REVIEWED_ACTION,
        user=user,
        data={"next_review_date": obj.next_review_date.isoformat()},
    )
    return sync_schedule(obj)


def record_publication(instance, revision=None, **kwargs) -> None:
    """Signal handler: publishing a new revision counts as a review by its publisher."""
    if not is_owned(instance):
        return
    user = getattr(revision, "user", None) if revision is not None else None
    today = timezone.localdate()
    if instance.last_reviewed_at != today or instance.last_reviewed_by_id != getattr(
        user, "pk", None
    ):
        instance.last_reviewed_at = today
        instance.last_reviewed_by = user
        type(instance).objects.filter(pk=instance.pk).update(
            last_reviewed_at=today, last_reviewed_by=user
        )
    sync_schedule(instance)


def forget_unpublished(instance, **kwargs) -> None:
    """Signal handler: an unpublished or deleted item no longer needs reviewing."""
    if is_owned(instance):
        ReviewSchedule.objects.forget(instance)


#: Signal handlers for Wagtail's ``published`` and ``unpublished``: the same for owned snippets
#: (answers); pages send ``page_published``/``page_unpublished``, handled above.
record_snippet_publication = snippets_only(record_publication)
forget_unpublished_snippet = snippets_only(forget_unpublished)


def publish_keeping_review_date(obj) -> None:
    """Publish a change without counting it as a content review (e.g. a link the demo adds).

    Publishing normally records a review today (``record_publication``); this keeps the item's
    last review date as it was and its schedule in step with it.
    """
    reviewed_on = obj.last_reviewed_at
    obj.save_revision().publish()
    obj.refresh_from_db()
    type(obj).objects.filter(pk=obj.pk).update(last_reviewed_at=reviewed_on)
    obj.last_reviewed_at = reviewed_on
    sync_schedule(obj)
