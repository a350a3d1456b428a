"""Moderation of ideas and reactions, and input that staff enter on behalf of residents.

Admin menu "Participation" → "Moderation" holds one listing per kind of input: waiting items
first, filters for status, consultation and source, approve / reject (with a reason) per item or
in bulk, and an edit form to remove personal data from the text. Every step lands in Wagtail's
audit log. What looks like personal data in a text (``home.personal_data_review``) is marked on
these screens, and approval is refused until the moderator removes it or confirms it may be
published. Only users with ``consultations.moderate_<model>`` (group Participatiemedewerkers)
reach these screens; the contact details of a participant only show with
``consultations.view_participant``.

Other participation screens can join the "Participation" menu through the
``register_participation_menu_item`` hook.
"""

from django import forms
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Case, IntegerField, Value, When
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse, reverse_lazy
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.generic import FormView
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.menu import Menu, SubmenuMenuItem
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import Column, StatusTagColumn
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets.button import Button
from wagtail.log_actions import LogFormatter, log
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import (
    CreateView,
    EditView,
    IndexView,
    SnippetViewSet,
    SnippetViewSetGroup,
)

from consultations.admin.read_only_panel import ReadOnlyTemplatePanel
from consultations.models import Idea, ModerationStatus, Reaction, Source
from home.personal_data_review import NOT_CONFIRMED_MESSAGE, PersonalDataNotConfirmed

PRIVACY_FIELDS = {"title", "description", "neighbourhood", "image", "text"}
REJECTION_REASON_MAX = 300

participation_menu = Menu(
    register_hook_name="register_participation_menu_item",
    construct_hook_name="construct_participation_menu",
)


@hooks.register("register_admin_menu_item")
def register_participation_menu():
    """The "Participation" menu; shown only when the user may use one of its items."""
    return SubmenuMenuItem(
        gettext_lazy("Participation"),
        participation_menu,
        name="participation",
        icon_name="group",
        order=250,
    )


# Moderation steps, usable from views, bulk actions and the shell.


def approve_contribution(contribution, user, confirm_personal_data: bool = False) -> None:
    """Publish ``contribution``; reports against it start again from zero.

    Refused (``PersonalDataNotConfirmed``) while the text holds unconfirmed personal data, unless
    ``confirm_personal_data``: then ``user`` is recorded as having confirmed it.
    """
    contribution.check_personal_data_before_publishing(user, confirm=confirm_personal_data)
    contribution.status = ModerationStatus.PUBLISHED
    contribution.rejection_reason = ""
    contribution.moderated_at = timezone.now()
    fields = ["status", "rejection_reason", "moderated_at"]
    if isinstance(contribution, Reaction):
        contribution.report_count = 0
        fields.append("report_count")
    contribution.save(update_fields=fields)
    log(instance=contribution, action="consultations.approve", user=user)


def reject_contribution(contribution, user, reason: str) -> None:
    """Hide ``contribution`` from the site, with the reason staff gave."""
    contribution.status = ModerationStatus.REJECTED
    contribution.rejection_reason = reason
    contribution.moderated_at = timezone.now()
    contribution.save(update_fields=["status", "rejection_reason", "moderated_at"])
    log(
        instance=contribution,
        action="consultations.reject",
        user=user,
        data={"reason": reason},
    )


@hooks.register("register_log_actions")
def register_moderation_log_actions(actions):
    """Audit log entries of moderation; they never copy the resident's text."""
    actions.register_action(
        "consultations.approve", gettext_lazy("Approve"), gettext_lazy("Approved")
    )
    actions.register_action(
        "consultations.hide_after_reports",
        gettext_lazy("Hide after reports"),
        gettext_lazy("Hidden after reports by residents; waiting for review"),
    )

    @actions.register_action("consultations.reject")
    class RejectFormatter(LogFormatter):
        label = gettext_lazy("Reject")

        def format_message(self, log_entry):
            return _("Rejected. Reason: %(reason)s") % {"reason": log_entry.data.get("reason", "")}

    @actions.register_action("consultations.privacy_edit")
    class PrivacyEditFormatter(LogFormatter):
        label = gettext_lazy("Edit for privacy")

        def format_message(self, log_entry):
            return _("Text edited by staff: %(fields)s") % {
                "fields": ", ".join(log_entry.data.get("fields", []))
            }


# Permissions


class ModerationPermissionPolicy(ModelPermissionPolicy):
    """Every moderation screen needs the moderate permission on top of the usual one."""

    def user_has_permission(self, user, action):
        if action != "moderate" and not super().user_has_permission(user, "moderate"):
            return False
        return super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        moderators = super().users_with_any_permission(["moderate"])
        return super().users_with_any_permission(actions).filter(pk__in=moderators)


def can_see_personal_data(user) -> bool:
    """Names and e-mail addresses of participants are for participation staff only."""
    return user.has_perm("consultations.view_participant")


# Forms and panels


class ContributionAdminForm(WagtailAdminModelForm):
    """Staff-entered input comes from somewhere else than the website."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "source" in self.fields:
            self.fields["source"].choices = [
                choice for choice in Source.choices if choice[0] != Source.ONLINE
            ]
            self.fields["source"].initial = Source.PAPER

    def clean(self):
        cleaned_data = super().clean()
        idea = cleaned_data.get("idea")
        consultation = cleaned_data.get("consultation") or getattr(
            self.instance, "consultation", None
        )
        if idea and consultation and idea.consultation_id != consultation.pk:
            self.add_error("idea", _("Choose an idea of the same consultation."))
        if cleaned_data.get("disposition_reason") and not cleaned_data.get("disposition"):
            self.add_error("disposition", _("Choose what we did with it, or leave both empty."))
        return cleaned_data


def participant_panel():
    """Read-only contact details of the participant, for participation staff only."""
    return ReadOnlyTemplatePanel(
        "consultations/admin/moderation_participant_panel.html",
        "participant",
        attribute="participant",
        allowed=can_see_personal_data,
        heading=gettext_lazy("Contact details"),
    )


def personal_data_panel():
    """Read-only check of the public texts for personal data: the findings marked, or "none
    found". Shared with the youth proposals and the residents' initiatives."""
    return ReadOnlyTemplatePanel(
        "consultations/admin/moderation_personal_data_panel.html",
        "contribution",
        heading=gettext_lazy("Personal data check"),
    )


def moderation_status_panel():
    """Read-only moderation state: status, source, who entered it, reports, reason."""
    return ReadOnlyTemplatePanel(
        "consultations/admin/moderation_status_panel.html",
        "contribution",
        heading=gettext_lazy("Moderation"),
    )


DISPOSITION_PANEL = MultiFieldPanel(
    [FieldPanel("disposition"), FieldPanel("disposition_reason")],
    heading=gettext_lazy("What we did with it"),
)


def contribution_panels(content_fields, *, creating: bool) -> ObjectList:
    """The edit form (content, contact, disposition) or the staff entry form (plus origin)."""
    origin = [FieldPanel("consultation"), FieldPanel("source")] if creating else []
    panels = [
        *([MultiFieldPanel(origin, heading=gettext_lazy("Where it comes from"))] if origin else []),
        *([] if creating else [moderation_status_panel(), personal_data_panel()]),
        MultiFieldPanel(
            [FieldPanel(name) for name in content_fields], heading=gettext_lazy("Content")
        ),
        *([] if creating else [participant_panel()]),
        DISPOSITION_PANEL,
    ]
    return ObjectList(panels, base_form_class=ContributionAdminForm)


# Views


class ModerationIndexView(IndexView):
    """The listing: waiting items first, with approve and reject in each row's menu."""

    approve_url_name = None
    reject_url_name = None

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        user = self.request.user
        if not self.permission_policy.user_has_permission(user, "moderate"):
            return buttons
        next_query = f"?next={self.request.get_full_path()}"
        if instance.status != ModerationStatus.PUBLISHED or instance.has_unconfirmed_personal_data:
            buttons.append(
                MenuItem(
                    _("Approve"),
                    url=reverse(self.approve_url_name, args=[instance.pk]) + next_query,
                    icon_name="check",
                    priority=5,
                )
            )
        if instance.status != ModerationStatus.REJECTED:
            buttons.append(
                MenuItem(
                    _("Reject"),
                    url=reverse(self.reject_url_name, args=[instance.pk]) + next_query,
                    icon_name="cross",
                    priority=6,
                )
            )
        return buttons


class StaffEntryCreateView(CreateView):
    """Input from paper forms, meetings, office hours or home visits: published at once."""

    def save_instance(self):
        instance = self.form.save(commit=False)
        instance.entered_by = self.request.user
        instance.status = ModerationStatus.PUBLISHED
        instance.moderated_at = timezone.now()
        instance.save()
        self.form.save_m2m()
        log(instance=instance, action="wagtail.create", content_changed=True)
        return instance


class PrivacyEditView(EditView):
    """The edit form; a change to the resident's text is logged as an edit for privacy."""

    approve_url_name = None
    reject_url_name = None

    def save_instance(self):
        changed = [name for name in self.form.changed_data if name in PRIVACY_FIELDS]
        instance = super().save_instance()
        if changed:
            instance.forget_personal_data_confirmation()
            log(
                instance=instance,
                action="consultations.privacy_edit",
                data={
                    "fields": [str(instance._meta.get_field(name).verbose_name) for name in changed]
                },
            )
        return instance

    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        next_query = f"?next={self.request.path}"
        for label, url_name, icon, priority in (
            (_("Approve"), self.approve_url_name, "check", 1),
            (_("Reject"), self.reject_url_name, "cross", 2),
        ):
            buttons.append(
                Button(
                    label,
                    url=reverse(url_name, args=[self.object.pk]) + next_query,
                    icon_name=icon,
                    priority=priority,
                )
            )
        return buttons


class RejectForm(forms.Form):
    """Why a contribution stays off the site. Required: the resident may ask."""

    reason = forms.CharField(
        label=gettext_lazy("Reason"),
        max_length=REJECTION_REASON_MAX,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy("For example: it names a person, or it is not about this plan."),
    )


class ModerationActionView(WagtailAdminTemplateMixin, FormView):
    """Approve or reject one contribution after a confirmation screen (POST with CSRF)."""

    model = None
    permission_policy = None
    index_url_name = None
    header_icon = "tasks"
    form_class = forms.Form

    def dispatch(self, request, *args, **kwargs):
        if not self.permission_policy.user_has_permission(request.user, "moderate"):
            raise PermissionDenied
        self.object = get_object_or_404(self.model, pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return str(self.object)

    def get_success_url(self):
        return get_valid_next_url_from_request(self.request) or reverse(self.index_url_name)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            contribution=self.object,
            next=get_valid_next_url_from_request(self.request),
            cancel_url=self.get_success_url(),
        )
        return context


class ApproveForm(forms.Form):
    """Approval; when the text holds personal data, the moderator confirms it may be public."""

    confirm_personal_data = forms.BooleanField(
        label=gettext_lazy(
            "I checked the marked parts: they are not personal data, or they may be published."
        ),
        required=False,
    )


class ApproveView(ModerationActionView):
    """Publish one contribution; refused while it holds unconfirmed personal data."""

    template_name = "consultations/admin/moderation_approve.html"
    page_title = gettext_lazy("Approve")
    form_class = ApproveForm

    def form_valid(self, form):
        try:
            approve_contribution(
                self.object,
                self.request.user,
                confirm_personal_data=form.cleaned_data["confirm_personal_data"],
            )
        except PersonalDataNotConfirmed:
            form.add_error("confirm_personal_data", NOT_CONFIRMED_MESSAGE)
            messages.error(self.request, _("Not approved yet."))
            return self.form_invalid(form)
        messages.success(self.request, _("Approved: %(item)s") % {"item": self.object})
        return redirect(self.get_success_url())


class RejectView(ModerationActionView):
    """Keep one contribution off the site, with a reason."""

    template_name = "consultations/admin/moderation_reject.html"
    page_title = gettext_lazy("Reject")
    form_class = RejectForm

    def form_valid(self, form):
        reject_contribution(self.object, self.request.user, form.cleaned_data["reason"])
        messages.success(self.request, _("Rejected: %(item)s") % {"item": self.object})
        return redirect(self.get_success_url())


# Viewsets


def pending_first(queryset):
    """Waiting items first, then the newest."""
    return queryset.annotate(
        waiting=Case(
            When(status=ModerationStatus.PENDING, then=Value(0)),
            default=Value(1),
            output_field=IntegerField(),
        )
    ).order_by("waiting", "-created_at")


class ContributionViewSet(SnippetViewSet):
    """Shared listing, permissions and moderation routes of ideas and reactions."""

    index_view_class = ModerationIndexView
    add_view_class = StaffEntryCreateView
    edit_view_class = PrivacyEditView
    list_filter = ["status", "consultation", "source"]
    search_backend_name = None
    copy_view_enabled = False
    inspect_view_enabled = False
    content_fields: list = []

    @property
    def permission_policy(self):
        return ModerationPermissionPolicy(self.model)

    def get_queryset(self, request):
        return pending_first(self.model.objects.select_related("consultation"))

    def get_edit_handler(self):
        return contribution_panels(self.content_fields, creating=False).bind_to_model(self.model)

    def get_add_view_kwargs(self, **kwargs):
        create_handler = contribution_panels(self.content_fields, creating=True).bind_to_model(
            self.model
        )
        return super().get_add_view_kwargs(
            panel=create_handler, form_class=create_handler.get_form_class(), **kwargs
        )

    def _moderation_urls(self):
        return {
            "approve_url_name": self.get_url_name("approve"),
            "reject_url_name": self.get_url_name("reject"),
        }

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(**self._moderation_urls(), **kwargs)

    def get_edit_view_kwargs(self, **kwargs):
        return super().get_edit_view_kwargs(**self._moderation_urls(), **kwargs)

    def _action_view(self, view_class):
        return view_class.as_view(
            model=self.model,
            permission_policy=self.permission_policy,
            index_url_name=self.get_url_name("list"),
            breadcrumbs_items=[
                *self.breadcrumbs_items,
                {"url": reverse_lazy(self.get_url_name("list")), "label": self.menu_label},
            ],
        )

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("approve/<int:pk>/", self._action_view(ApproveView), name="approve"),
            path("reject/<int:pk>/", self._action_view(RejectView), name="reject"),
        ]


class IdeaViewSet(ContributionViewSet):
    """Ideas: listing, moderation, edit for privacy, staff entry."""

    model = Idea
    icon = "pick"
    menu_label = gettext_lazy("Ideas")
    list_display = [
        "title",
        "consultation",
        StatusTagColumn("get_status_display", label=gettext_lazy("status"), sort_key="status"),
        Column("get_source_display", label=gettext_lazy("source"), sort_key="source"),
        Column("created_at", label=gettext_lazy("created at"), sort_key="created_at"),
    ]
    search_fields = ["title", "description"]
    content_fields = ["title", "description", "neighbourhood", "image"]


class ReactionViewSet(ContributionViewSet):
    """Reactions: listing (with reports), moderation, edit for privacy, staff entry."""

    model = Reaction
    icon = "comment"
    menu_label = gettext_lazy("Reactions")
    list_display = [
        "__str__",
        "consultation",
        StatusTagColumn("get_status_display", label=gettext_lazy("status"), sort_key="status"),
        Column("get_source_display", label=gettext_lazy("source"), sort_key="source"),
        Column("report_count", label=gettext_lazy("times reported"), sort_key="report_count"),
        Column("created_at", label=gettext_lazy("created at"), sort_key="created_at"),
    ]
    search_fields = ["text"]
    content_fields = ["idea", "text"]


class ModerationViewSetGroup(SnippetViewSetGroup):
    """ "Participation" → "Moderation": ideas and reactions."""

    items = (IdeaViewSet, ReactionViewSet)
    menu_label = gettext_lazy("Moderation")
    menu_name = "moderation"
    menu_icon = "tasks"
    menu_hook = "register_participation_menu_item"
    add_to_admin_menu = False


register_snippet(ModerationViewSetGroup)


# Bulk actions from the listings


class ModerationBulkAction(SnippetBulkAction):
    """Shared by bulk approve and bulk reject: moderators only, one log entry per item."""

    models = [Idea, Reaction]

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
    template_name = "consultations/admin/moderation_bulk_approve.html"
    action_priority = 10

    @classmethod
    def execute_action(cls, objects, user=None, **kwargs):
        with transaction.atomic():
            for contribution in objects:
                approve_contribution(contribution, user)
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
    template_name = "consultations/admin/moderation_bulk_reject.html"
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
            for contribution in objects:
                reject_contribution(contribution, user, reason)
        return len(objects), 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d item rejected.", "%(count)d items rejected.", num_parent_objects
        ) % {"count": num_parent_objects}
