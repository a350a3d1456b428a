"""The moderation steps of every kind of resident input: approve, reject, record.

Each step records the new status, when (``moderated_at``) and by whom (``moderated_by``), and
writes one entry in Wagtail's audit log (``<prefix>.approve`` / ``<prefix>.reject``), never the
resident's text. Approval is refused while the text looks like it holds personal data that no
moderator removed or confirmed. Admin views, bulk actions, tests and the shell call these.
"""

from django.utils import timezone
from wagtail.log_actions import log

from participation.models import Moderated, ModerationStatus


def can_moderate(user, model: type[Moderated]) -> bool:
    """Whether ``user`` may moderate items of ``model`` (its ``moderate_<model>`` permission)."""
    return user.is_active and user.has_perm(model.moderate_permission())


def record_moderation(item: Moderated, status: str, user, reason: str = "") -> list[str]:
    """Set ``item``'s status with when and by whom, without saving; the fields changed."""
    item.status = status
    item.rejection_reason = reason
    item.moderated_at = timezone.now()
    item.moderated_by = user
    return ["status", "rejection_reason", "moderated_at", "moderated_by"]


def mark_published(item: Moderated, user=None) -> None:
    """Published at once, without saving: input that staff enter, or post-moderation."""
    record_moderation(item, ModerationStatus.PUBLISHED, user)


def approve(item: Moderated, user, confirm_personal_data: bool = False) -> None:
    """Publish ``item``.

    Refused (``PersonalDataNotConfirmed``) while the text holds unconfirmed personal data, unless
    ``confirm_personal_data``: then ``user`` is recorded as having confirmed it.
    """
    item.check_personal_data_before_publishing(user, confirm=confirm_personal_data)
    fields = record_moderation(item, ModerationStatus.PUBLISHED, user)
    fields += item.reset_on_approval()
    item.save(update_fields=fields)
    log(instance=item, action=f"{item.moderation_log_prefix}.approve", user=user)


def reject(item: Moderated, user, reason: str) -> None:
    """Keep ``item`` off the site, with the reason staff gave."""
    item.save(update_fields=record_moderation(item, ModerationStatus.REJECTED, user, reason))
    log(
        instance=item,
        action=f"{item.moderation_log_prefix}.reject",
        user=user,
        data={"reason": reason},
    )
