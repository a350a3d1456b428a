"""Reviewing content: record a check, keep the schedule in step, count publication as a review."""

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log

from kcc_content.models import ReviewSchedule
from kcc_content.ownership import OwnedContentMixin

REVIEWED_ACTION = "kcc_content.reviewed"


def is_owned(obj) -> bool:
    return isinstance(obj, OwnedContentMixin)


def sync_schedule(obj) -> ReviewSchedule | None:
    """Mirror an item's owner and review dates into its schedule row (live items only)."""
    if not is_owned(obj):
        return None
    content_type = ContentType.objects.get_for_model(obj, for_concrete_model=False)
    if not getattr(obj, "live", True):
        ReviewSchedule.objects.filter(content_type=content_type, object_id=str(obj.pk)).delete()
        return None
    schedule, _ = ReviewSchedule.objects.update_or_create(
        content_type=content_type,
        object_id=str(obj.pk),
        defaults={
            "title": str(getattr(obj, "title", obj))[:255],
            "owning_team_id": obj.owning_team_id,
            "responsible_person_id": obj.responsible_person_id,
            "review_interval_months": obj.review_interval,
            "last_reviewed_at": obj.last_checked_date,
            "last_reviewed_by_id": obj.last_reviewed_by_id,
            "next_review_date": obj.next_review_date,
        },
    )
    return schedule


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
        ReviewSchedule.objects.filter(
            content_type=ContentType.objects.get_for_model(instance, for_concrete_model=False),
            object_id=str(instance.pk),
        ).delete()
