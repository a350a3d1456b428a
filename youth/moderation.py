"""Moderation steps for youth proposals: approve, reject, merge a duplicate.

Each step writes one entry in Wagtail's audit log (never the young person's text or e-mail) and
records when it happened (``moderated_at``). A proposal whose text looks like it holds personal
data is only approved once a youth worker removed it or confirmed it may be published.
The admin views in ``youth.wagtail_hooks`` call these; so can tests and the shell.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

from consultations.models import ModerationStatus
from youth.models.proposals import YouthProposal

PERSONAL_DATA_PERMISSION = "youth.view_youth_personal_data"
MODERATE_PERMISSION = "youth.moderate_youthproposal"


def can_moderate(user) -> bool:
    """Youth workers (group "Jongerenwerkers") and superusers moderate proposals."""
    return user.has_perm(MODERATE_PERMISSION)


def can_see_personal_data(user) -> bool:
    """The optional e-mail address of a young person is for youth workers only."""
    return user.has_perm(PERSONAL_DATA_PERMISSION)


def approve_proposal(proposal: YouthProposal, user, confirm_personal_data: bool = False) -> None:
    """Publish ``proposal`` on the youth page; a merged duplicate stands on its own again.

    Refused (``PersonalDataNotConfirmed``) while the text holds unconfirmed personal data, unless
    ``confirm_personal_data``: then ``user`` is recorded as having confirmed it.
    """
    proposal.check_personal_data_before_publishing(user, confirm=confirm_personal_data)
    proposal.status = ModerationStatus.PUBLISHED
    proposal.rejection_reason = ""
    proposal.merged_into = None
    proposal.moderated_at = timezone.now()
    proposal.save(update_fields=["status", "rejection_reason", "merged_into", "moderated_at"])
    log(instance=proposal, action="youth.approve", user=user)


def reject_proposal(proposal: YouthProposal, user, reason: str) -> None:
    """Keep ``proposal`` off the site, with the reason staff gave."""
    proposal.status = ModerationStatus.REJECTED
    proposal.rejection_reason = reason
    proposal.moderated_at = timezone.now()
    proposal.save(update_fields=["status", "rejection_reason", "moderated_at"])
    log(instance=proposal, action="youth.reject", user=user, data={"reason": reason})


def merge_targets(proposal: YouthProposal):
    """The proposals ``proposal`` can be merged into: same section, not rejected, not itself."""
    return (
        YouthProposal.objects.filter(youth_home_id=proposal.youth_home_id, merged_into=None)
        .exclude(pk=proposal.pk)
        .exclude(status=ModerationStatus.REJECTED)
        .order_by("title")
    )


@transaction.atomic
def merge_proposal(duplicate: YouthProposal, target: YouthProposal, user) -> None:
    """Merge ``duplicate`` into ``target``: the duplicate is rejected and points at the target.

    Proposals that were merged into the duplicate earlier now point at the target as well.
    """
    if not merge_targets(duplicate).filter(pk=target.pk).exists():
        raise ValidationError(_("You cannot merge into this proposal."))
    with translation.override(duplicate.youth_home.locale.language_code):
        reason = gettext("Merged with “%(title)s”") % {"title": target.title}
    duplicate.merged_proposals.update(merged_into=target)
    duplicate.merged_into = target
    duplicate.status = ModerationStatus.REJECTED
    duplicate.rejection_reason = reason[
        : YouthProposal._meta.get_field("rejection_reason").max_length
    ]
    duplicate.moderated_at = timezone.now()
    duplicate.save(update_fields=["merged_into", "status", "rejection_reason", "moderated_at"])
    log(
        instance=duplicate,
        action="youth.merge",
        user=user,
        data={"into": target.pk, "into_title": target.title},
    )
