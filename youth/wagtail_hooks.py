"""Admin for the youth section: the "Jongeren" menu and the moderation of proposals.

"Jongeren" → "Voorstellen" lists the proposals on the shared moderation screens
(``participation.admin.moderation``): the waiting ones first, a status filter, approve / reject
(with a reason, per item or in bulk) / merge a duplicate, and an edit form to remove personal
data and to add the municipality's cost estimate. Every step lands in Wagtail's audit log. Only
users with ``youth.moderate_youthproposal`` (group Jongerenwerkers) reach these screens; the
optional e-mail address shows only with ``youth.view_youth_personal_data``.

Other youth screens join the menu through the ``register_youth_menu_item`` hook
(see ``youth.admin_voting``).
"""

from django import forms
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.menu import Menu, SubmenuMenuItem
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column, StatusTagColumn
from wagtail.log_actions import LogFormatter
from wagtail.snippets.models import register_snippet

from core.euro_column import EuroColumn
from core.read_only_template_panel import ReadOnlyTemplatePanel
from participation.admin.moderation import (
    APPROVE,
    REJECT,
    ModerationAction,
    ModerationActionView,
    ModerationViewSet,
    ResidentPhotoAdminForm,
    personal_data_panel,
)
from youth import admin_voting  # noqa: F401
from youth.models import YouthProposal
from youth.moderation import can_see_personal_data, merge_proposal, merge_targets

YOUTH_MENU_HOOK = "register_youth_menu_item"

youth_menu = Menu(register_hook_name=YOUTH_MENU_HOOK, construct_hook_name="construct_youth_menu")


@hooks.register("register_admin_menu_item")
def register_youth_menu():
    """The "Jongeren" menu; shown only when the user may use one of its items."""
    return SubmenuMenuItem(
        gettext_lazy("Young people"), youth_menu, name="youth", icon_name="group", order=260
    )


@hooks.register("register_log_actions")
def register_merge_log_action(actions):
    """Merging a duplicate; approve, reject and edit for privacy are registered by
    ``participation.wagtail_hooks``. The entries never copy the young person's text."""

    @actions.register_action("youth.merge")
    class MergeFormatter(LogFormatter):
        label = gettext_lazy("Merge")

        def format_message(self, log_entry):
            return _("Merged into proposal %(id)s: %(title)s") % {
                "id": log_entry.data.get("into", ""),
                "title": log_entry.data.get("into_title", ""),
            }


# Forms and panels


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
    return ObjectList(panels, base_form_class=ResidentPhotoAdminForm)


# Views


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


class MergeView(ModerationActionView):
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


MERGE = ModerationAction(
    "merge",
    gettext_lazy("Merge with another proposal"),
    "link",
    MergeView,
    shown=lambda proposal: not proposal.merged_into_id,
)


# Viewset


def area_label(proposal: YouthProposal) -> str:
    """The place of a proposal for the listing: its area page, or the whole municipality."""
    return proposal.area.title if proposal.area else _("Whole municipality")


class YouthProposalViewSet(ModerationViewSet):
    """ "Jongeren" → "Voorstellen": listing, moderation, edit for privacy and cost, staff entry."""

    model = YouthProposal
    icon = "pick"
    menu_label = gettext_lazy("Proposals")
    menu_name = "youth_proposals"
    menu_hook = YOUTH_MENU_HOOK
    add_to_admin_menu = False
    actions = (APPROVE, REJECT, MERGE)
    summary_template = "youth/admin/proposal_summary.html"
    approve_question = gettext_lazy("Publish this proposal on the youth page?")
    privacy_fields = frozenset(CONTENT_FIELDS)
    list_select_related = ("area",)
    list_display = [
        "title",
        Column(
            "area",
            label=gettext_lazy("village or neighbourhood"),
            accessor=area_label,
            sort_key="area__name",
        ),
        StatusTagColumn("get_status_display", label=gettext_lazy("status"), sort_key="status"),
        EuroColumn("cost_estimate", label=gettext_lazy("cost estimate"), sort_key="cost_estimate"),
        Column("created_at", label=gettext_lazy("created at"), sort_key="created_at"),
    ]
    list_filter = ["status"]
    search_fields = ["title", "what", "why"]

    def get_edit_handler(self):
        return proposal_panels(creating=False).bind_to_model(self.model)

    def get_add_view_kwargs(self, **kwargs):
        create_handler = proposal_panels(creating=True).bind_to_model(self.model)
        return super().get_add_view_kwargs(
            panel=create_handler, form_class=create_handler.get_form_class(), **kwargs
        )


register_snippet(YouthProposalViewSet)
