"""Moderation of ideas and reactions, and input that staff enter on behalf of residents.

Admin menu "Participation" → "Moderation" holds one listing per kind of input, built on the
shared moderation screens (``participation.admin.moderation``): waiting items first, filters for
status, consultation and source, approve / reject (with a reason) per item or in bulk, and an
edit form to remove personal data from the text. Every step lands in Wagtail's audit log. What
looks like personal data in a text (``core.personal_data_review``) is marked on these screens,
and approval is refused until the moderator removes it or confirms it may be published. Only
users with ``consultations.moderate_<model>`` (group Participatiemedewerkers) reach these
screens; the contact details of a participant only show with ``consultations.view_participant``.

Other participation screens can join the "Participation" menu through the
``register_participation_menu_item`` hook.
"""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import Menu, SubmenuMenuItem
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column, StatusTagColumn
from wagtail.log_actions import log
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import CreateView, SnippetViewSetGroup

from consultations.models import Idea, Reaction, Source
from core.read_only_template_panel import ReadOnlyTemplatePanel
from participation.admin.moderation import (
    ModerationViewSet,
    ResidentPhotoAdminForm,
    personal_data_panel,
)
from participation.moderation import mark_published

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


@hooks.register("register_log_actions")
def register_report_log_action(actions):
    """Approve, reject and edit for privacy are registered by ``participation.wagtail_hooks``."""
    actions.register_action(
        "consultations.hide_after_reports",
        gettext_lazy("Hide after reports"),
        gettext_lazy("Hidden after reports by residents; waiting for review"),
    )


def can_see_personal_data(user) -> bool:
    """Names and e-mail addresses of participants are for participation staff only."""
    return user.has_perm("consultations.view_participant")


# Forms and panels


class ContributionAdminForm(ResidentPhotoAdminForm):
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


class StaffEntryCreateView(CreateView):
    """Input from paper forms, meetings, office hours or home visits: published at once."""

    def save_instance(self):
        instance = self.form.save(commit=False)
        instance.entered_by = self.request.user
        mark_published(instance, self.request.user)
        instance.save()
        self.form.save_m2m()
        log(instance=instance, action="wagtail.create", content_changed=True)
        return instance


class ContributionViewSet(ModerationViewSet):
    """Shared listing, staff entry and moderation of ideas and reactions."""

    add_view_class = StaffEntryCreateView
    list_filter = ["status", "consultation", "source"]
    list_select_related = ("consultation",)
    summary_template = "consultations/admin/moderation_contribution.html"
    content_fields: list = []

    def get_edit_handler(self):
        return contribution_panels(self.content_fields, creating=False).bind_to_model(self.model)

    def get_add_view_kwargs(self, **kwargs):
        create_handler = contribution_panels(self.content_fields, creating=True).bind_to_model(
            self.model
        )
        return super().get_add_view_kwargs(
            panel=create_handler, form_class=create_handler.get_form_class(), **kwargs
        )


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
    privacy_fields = frozenset(content_fields)


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
    privacy_fields = frozenset({"text"})


class ModerationViewSetGroup(SnippetViewSetGroup):
    """ "Participation" → "Moderation": ideas and reactions."""

    items = (IdeaViewSet, ReactionViewSet)
    menu_label = gettext_lazy("Moderation")
    menu_name = "moderation"
    menu_icon = "tasks"
    menu_hook = "register_participation_menu_item"
    add_to_admin_menu = False


register_snippet(ModerationViewSetGroup)
