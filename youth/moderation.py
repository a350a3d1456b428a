"""The youth section's own moderation step: merging a duplicate proposal into another one.

Approve and reject are the shared steps of ``participation.moderation``. A merge, like them,
records when and by whom and writes one entry in Wagtail's audit log (never the young person's
text or e-mail). The admin views in ``youth.wagtail_hooks`` call these; so can tests and the shell.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

from participation.models import ModerationStatus
from participation.moderation import record_moderation
from youth.models.proposals import YouthProposal

PERSONAL_DATA_PERMISSION = "youth.view_youth_personal_data"


def can_see_personal_data(user) -> bool:
    """The optional e-mail address of a young person is for youth workers only."""
    return user.has_perm(PERSONAL_DATA_PERMISSION)


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
    max_length = YouthProposal._meta.get_field("rejection_reason").max_length
    fields = record_moderation(duplicate, ModerationStatus.REJECTED, user, reason[:max_length])
    duplicate.save(update_fields=["merged_into", *fields])
    log(
        instance=duplicate,
        action="youth.merge",
        user=user,
        data={"into": target.pk, "into_title": target.title},
    )
