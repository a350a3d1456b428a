"""Admin for the youth section: the "Jongeren" menu and the moderation of proposals.

"Jongeren" → "Voorstellen" lists the proposals with the waiting ones first, a status filter,
approve / reject (with a reason) / merge a duplicate, and an edit form to remove personal data
and to add the municipality's cost estimate. Every step lands in Wagtail's audit log. Only users
with ``youth.moderate_youthproposal`` (group Jongerenwerkers) reach these screens; the optional
e-mail address shows only with ``youth.view_youth_personal_data``.

Other youth screens join the menu through the ``register_youth_menu_item`` hook
(see ``youth.admin_voting``).
"""

from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse, reverse_lazy
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
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
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import EditView, IndexView, SnippetViewSet

from consultations.admin.moderation import (
    ApproveForm,
    ModerationPermissionPolicy,
    RejectForm,
    pending_first,
    personal_data_panel,
)
from consultations.admin.read_only_panel import ReadOnlyTemplatePanel
from consultations.image_upload import clean_idea_photo
from consultations.models import ModerationStatus
from home.euro_column import EuroColumn
from home.personal_data_review import NOT_CONFIRMED_MESSAGE, PersonalDataNotConfirmed
from youth import admin_voting  # noqa: F401
from youth.models import YouthProposal
from youth.moderation import (
    approve_proposal,
    can_moderate,
    can_see_personal_data,
    merge_proposal,
    merge_targets,
    reject_proposal,
)

YOUTH_MENU_HOOK = "register_youth_menu_item"
PRIVACY_FIELDS = {"title", "what", "why", "area", "image"}

youth_menu = Menu(register_hook_name=YOUTH_MENU_HOOK, construct_hook_name="construct_youth_menu")


@hooks.register("register_admin_menu_item")
def register_youth_menu():
    """The "Jongeren" menu; shown only when the user may use one of its items."""
    return SubmenuMenuItem(
        gettext_lazy("Young people"), youth_menu, name="youth", icon_name="group", order=260
    )


@hooks.register("register_log_actions")
def register_youth_log_actions(actions):
    """Audit log entries of proposal moderation; they never copy the young person's text."""
    actions.register_action("youth.approve", gettext_lazy("Approve"), gettext_lazy("Approved"))

    @actions.register_action("youth.reject")
    class RejectFormatter(LogFormatter):
        label = gettext_lazy("Reject")

        def format_message(self, log_entry):
            return _("Rejected. Reason: %(reason)s") % {"reason": log_entry.data.get("reason", "")}

    @actions.register_action("youth.merge")
    class MergeFormatter(LogFormatter):
        label = gettext_lazy("Merge")

        def format_message(self, log_entry):
            return _("Merged into proposal %(id)s: %(title)s") % {
                "id": log_entry.data.get("into", ""),
                "title": log_entry.data.get("into_title", ""),
            }

    @actions.register_action("youth.privacy_edit")
    class PrivacyEditFormatter(LogFormatter):
        label = gettext_lazy("Edit for privacy")

        def format_message(self, log_entry):
            return _("Text edited by staff: %(fields)s") % {
                "fields": ", ".join(log_entry.data.get("fields", []))
            }


# Forms and panels


class ProposalAdminForm(WagtailAdminModelForm):
    """A new photo gets the same checks as on the website: real image, no hidden data."""

    def clean_image(self):
        image = self.cleaned_data.get("image")
        if isinstance(image, UploadedFile):
            return clean_idea_photo(image)
        return image


def contact_panel():
    """The optional e-mail address, read-only, for users who may see personal data."""
    return ReadOnlyTemplatePanel(
        "youth/admin/proposal_contact_panel.html",
        "contact",
        attribute="contact",
        allowed=can_see_personal_data,
        heading=gettext_lazy("Contact details"),
    )


def proposal_status_panel():
    """Read-only moderation state: status, reason, merged into, age band, own cost estimate."""
    return ReadOnlyTemplatePanel(
        "youth/admin/proposal_status_panel.html", "proposal", heading=gettext_lazy("Moderation")
    )


CONTENT_FIELDS = ["title", "what", "why", "area", "image"]


def proposal_panels(*, creating: bool) -> ObjectList:
    """The edit form (status, content, cost, contact) or the staff entry form for a proposal."""
    content = [FieldPanel(name) for name in CONTENT_FIELDS]
    if creating:
        content = [FieldPanel("youth_home"), *content, FieldPanel("age_band")]
    panels = [
        *([] if creating else [proposal_status_panel(), personal_data_panel()]),
        MultiFieldPanel(content, heading=gettext_lazy("Content")),
        MultiFieldPanel(
            [
                *([FieldPanel("proposer_cost")] if creating else []),
                FieldPanel("cost_estimate"),
            ],
            heading=gettext_lazy("Costs"),
        ),
        *([] if creating else [contact_panel()]),
    ]
    return ObjectList(panels, base_form_class=ProposalAdminForm)


# Views


class ProposalIndexView(IndexView):
    """The listing: waiting proposals first, with approve, reject and merge in each row."""

    action_url_names: dict = {}

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if not can_moderate(self.request.user):
            return buttons
        next_query = f"?next={self.request.get_full_path()}"
        for label, action, icon, shown in (
            (
                _("Approve"),
                "approve",
                "check",
                instance.status != ModerationStatus.PUBLISHED
                or instance.has_unconfirmed_personal_data,
            ),
            (_("Reject"), "reject", "cross", instance.status != ModerationStatus.REJECTED),
            (_("Merge with another proposal"), "merge", "link", not instance.merged_into_id),
        ):
            if shown:
                buttons.append(
                    MenuItem(
                        label,
                        url=reverse(self.action_url_names[action], args=[instance.pk]) + next_query,
                        icon_name=icon,
                        priority=5,
                    )
                )
        return buttons


class ProposalEditView(EditView):
    """The edit form; a change to the young person's text is logged as an edit for privacy."""

    action_url_names: dict = {}

    def save_instance(self):
        changed = [name for name in self.form.changed_data if name in PRIVACY_FIELDS]
        instance = super().save_instance()
        if changed:
            instance.forget_personal_data_confirmation()
            log(
                instance=instance,
                action="youth.privacy_edit",
                data={
                    "fields": [str(instance._meta.get_field(name).verbose_name) for name in changed]
                },
            )
        return instance

    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        next_query = f"?next={self.request.path}"
        for priority, (label, action, icon) in enumerate(
            (
                (_("Approve"), "approve", "check"),
                (_("Reject"), "reject", "cross"),
                (_("Merge with another proposal"), "merge", "link"),
            ),
            start=1,
        ):
            buttons.append(
                Button(
                    label,
                    url=reverse(self.action_url_names[action], args=[self.object.pk]) + next_query,
                    icon_name=icon,
                    priority=priority,
                )
            )
        return buttons


class MergeForm(forms.Form):
    """Which proposal the duplicate joins."""

    target = forms.ModelChoiceField(
        label=gettext_lazy("Merge into"),
        queryset=YouthProposal.objects.none(),
        help_text=gettext_lazy(
            "This proposal goes off the site. Its page sends visitors to the proposal you choose."
        ),
    )

    def __init__(self, *args, proposal=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["target"].queryset = merge_targets(proposal)


class ProposalActionView(WagtailAdminTemplateMixin, FormView):
    """Approve, reject or merge one proposal after a confirmation screen (POST with CSRF)."""

    index_url_name = None
    header_icon = "tasks"
    form_class = forms.Form

    def dispatch(self, request, *args, **kwargs):
        if not can_moderate(request.user):
            raise PermissionDenied
        self.object = get_object_or_404(YouthProposal, pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return str(self.object)

    def get_success_url(self):
        return get_valid_next_url_from_request(self.request) or reverse(self.index_url_name)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(proposal=self.object, cancel_url=self.get_success_url())
        return context


class ApproveView(ProposalActionView):
    """Publish one proposal; refused while it holds unconfirmed personal data."""

    template_name = "youth/admin/proposal_approve.html"
    page_title = gettext_lazy("Approve")
    form_class = ApproveForm

    def form_valid(self, form):
        try:
            approve_proposal(
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


class RejectView(ProposalActionView):
    """Keep one proposal off the site, with a reason."""

    template_name = "youth/admin/proposal_reject.html"
    page_title = gettext_lazy("Reject")
    form_class = RejectForm

    def form_valid(self, form):
        reject_proposal(self.object, self.request.user, form.cleaned_data["reason"])
        messages.success(self.request, _("Rejected: %(item)s") % {"item": self.object})
        return redirect(self.get_success_url())


class MergeView(ProposalActionView):
    """Merge a duplicate into another proposal of the same youth section."""

    template_name = "youth/admin/proposal_merge.html"
    page_title = gettext_lazy("Merge with another proposal")
    form_class = MergeForm

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "proposal": self.object}

    def form_valid(self, form):
        try:
            merge_proposal(self.object, form.cleaned_data["target"], self.request.user)
        except ValidationError as error:
            form.add_error("target", error)
            return self.form_invalid(form)
        messages.success(
            self.request,
            _("Merged: %(item)s → %(target)s")
            % {"item": self.object, "target": form.cleaned_data["target"]},
        )
        return redirect(self.get_success_url())


# Viewset


def area_label(proposal: YouthProposal) -> str:
    """The place of a proposal for the listing: its area page, or the whole municipality."""
    return proposal.area.title if proposal.area else _("Whole municipality")


class YouthProposalViewSet(SnippetViewSet):
    """ "Jongeren" → "Voorstellen": listing, moderation, edit for privacy and cost, staff entry."""

    model = YouthProposal
    icon = "pick"
    menu_label = gettext_lazy("Proposals")
    menu_name = "youth_proposals"
    menu_hook = YOUTH_MENU_HOOK
    add_to_admin_menu = False
    index_view_class = ProposalIndexView
    edit_view_class = ProposalEditView
    list_display = [
        "title",
        Column(
            "area",
            label=gettext_lazy("village or neighbourhood"),
            accessor=area_label,
            sort_key="area__title",
        ),
        StatusTagColumn("get_status_display", label=gettext_lazy("status"), sort_key="status"),
        EuroColumn("cost_estimate", label=gettext_lazy("cost estimate"), sort_key="cost_estimate"),
        Column("created_at", label=gettext_lazy("created at"), sort_key="created_at"),
    ]
    list_filter = ["status"]
    search_fields = ["title", "what", "why"]
    search_backend_name = None
    copy_view_enabled = False
    inspect_view_enabled = False

    @property
    def permission_policy(self):
        return ModerationPermissionPolicy(self.model)

    def get_queryset(self, request):
        return pending_first(YouthProposal.objects.select_related("area"))

    def get_edit_handler(self):
        return proposal_panels(creating=False).bind_to_model(self.model)

    def get_add_view_kwargs(self, **kwargs):
        create_handler = proposal_panels(creating=True).bind_to_model(self.model)
        return super().get_add_view_kwargs(
            panel=create_handler, form_class=create_handler.get_form_class(), **kwargs
        )

    def _action_url_names(self):
        return {action: self.get_url_name(action) for action in ("approve", "reject", "merge")}

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(action_url_names=self._action_url_names(), **kwargs)

    def get_edit_view_kwargs(self, **kwargs):
        return super().get_edit_view_kwargs(action_url_names=self._action_url_names(), **kwargs)

    def _action_view(self, view_class):
        return view_class.as_view(
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
            path("merge/<int:pk>/", self._action_view(MergeView), name="merge"),
        ]


register_snippet(YouthProposalViewSet)
