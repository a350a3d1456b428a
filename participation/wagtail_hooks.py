"""Admin hooks of every moderated kind: audit log entries and bulk approve / reject.

The listings of ``participation.admin.moderation.ModerationViewSet`` get two bulk actions; each
item goes through ``participation.moderation`` (one log entry per item). Bulk approve leaves out
items whose text holds unconfirmed personal data: each needs its own check.
"""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils.functional import classproperty
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from wagtail import hooks
from wagtail.log_actions import LogFormatter
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction
from wagtail.snippets.models import get_snippet_models

from participation.admin.moderation import ModerationPermissionPolicy, RejectForm
from participation.models import Moderated, moderated_models
from participation.moderation import approve, reject


class RejectFormatter(LogFormatter):
    label = gettext_lazy("Reject")

    def format_message(self, log_entry):
        return _("Rejected. Reason: %(reason)s") % {"reason": log_entry.data.get("reason", "")}


class PrivacyEditFormatter(LogFormatter):
    label = gettext_lazy("Edit for privacy")

    def format_message(self, log_entry):
        return _("Text edited by staff: %(fields)s") % {
            "fields": ", ".join(log_entry.data.get("fields", []))
        }


@hooks.register("register_log_actions")
def register_moderation_log_actions(actions):
    """Approve, reject and edit for privacy, under the log prefix of each moderated kind;
    the entries never copy the resident's text."""
    for prefix in sorted({model.moderation_log_prefix for model in moderated_models()}):
        actions.register_action(
            f"{prefix}.approve", gettext_lazy("Approve"), gettext_lazy("Approved")
        )
        actions.register_action(f"{prefix}.reject")(RejectFormatter)
        actions.register_action(f"{prefix}.privacy_edit")(PrivacyEditFormatter)


class ModerationBulkAction(SnippetBulkAction):
    """Shared by bulk approve and bulk reject: moderators only, one log entry per item."""

    @classproperty
    def models(cls):
        return [model for model in get_snippet_models() if issubclass(model, Moderated)]

    def dispatch(self, request, *args, **kwargs):
        if not ModerationPermissionPolicy(self.model).user_has_permission(request.user, "moderate"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def check_perm(self, obj):
        return ModerationPermissionPolicy(self.model).user_has_permission(
            self.request.user, "moderate"
        )

    def get_execution_context(self):
        return {**super().get_execution_context(), "user": self.request.user}


@hooks.register("register_bulk_action")
class ApproveBulkAction(ModerationBulkAction):
    """Publish the selected items."""

    display_name = gettext_lazy("Approve")
    action_type = "approve"
    aria_label = gettext_lazy("Approve the selected items")
    template_name = "participation/admin/moderation_bulk_approve.html"
    action_priority = 10

    @classmethod
    def execute_action(cls, objects, user=None, **kwargs):
        with transaction.atomic():
            for item in objects:
                approve(item, user)
        return len(objects), 0

    def get_actionable_objects(self):
        """Items with unconfirmed personal data are left out: each needs its own check."""
        objects, extra = super().get_actionable_objects()
        to_check = [item for item in objects if item.has_unconfirmed_personal_data]
        actionable = [item for item in objects if item not in to_check]
        return actionable, {**extra, "items_with_personal_data": to_check}

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d item approved.", "%(count)d items approved.", num_parent_objects
        ) % {"count": num_parent_objects}


@hooks.register("register_bulk_action")
class RejectBulkAction(ModerationBulkAction):
    """Keep the selected items off the site, all with the same reason."""

    display_name = gettext_lazy("Reject")
    action_type = "reject"
    aria_label = gettext_lazy("Reject the selected items")
    template_name = "participation/admin/moderation_bulk_reject.html"
    action_priority = 20
    form_class = RejectForm

    def get_execution_context(self):
        return {
            **super().get_execution_context(),
            "reason": self.cleaned_form.cleaned_data["reason"],
        }

    @classmethod
    def execute_action(cls, objects, user=None, reason="", **kwargs):
        with transaction.atomic():
            for item in objects:
                reject(item, user, reason)
        return len(objects), 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d item rejected.", "%(count)d items rejected.", num_parent_objects
        ) % {"count": num_parent_objects}
