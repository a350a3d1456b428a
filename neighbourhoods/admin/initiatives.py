"""Admin for residents' initiatives and neighbourhood budgets ("Neighbourhoods" menu).

Initiatives: a listing with filters (status, area, year received), search on the title and an
export to CSV/XLSX; an edit form for the content, the resident's photo, staff photos and the
result. The status is not part of the edit form: it changes only through "Change status", which
needs ``decide_initiative`` and calls ``neighbourhoods.initiative_status.change_status`` (budget,
history, audit log and the e-mail to the resident). The history of steps shows read-only on the
edit form. Contact details show, and are exported, only for ``view_initiative_contact``.
What looks like personal data in the public texts is marked on the edit and status screens; an
initiative becomes public (approved) only when staff removed it or confirm it may be published.
Initiatives come in through the website (staff fill in the public form for someone who calls),
so there is no "add" in the admin; an initiative that received money cannot be deleted.

Budgets: amount per area and year, with what has been approved and what is left. The approved
total is never edited by hand, and the amount cannot go below it.
"""

import django_filters
from django import forms
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse, reverse_lazy
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import Column, StatusTagColumn
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets.button import Button
from wagtail.log_actions import LogFormatter
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import EditView, IndexView, SnippetViewSet

from core.euro_column import EuroColumn
from core.personal_data_review import NOT_CONFIRMED_MESSAGE, PersonalDataNotConfirmed
from core.read_only_template_panel import ReadOnlyTemplatePanel
from core.spreadsheet_safety import FormulaSafeExportMixin
from neighbourhoods import budgets
from neighbourhoods.admin.menu import NEIGHBOURHOODS_MENU_HOOK
from neighbourhoods.initiative_forms import amount_field
from neighbourhoods.initiative_status import (
    RECEIVED_ACTION,
    STATUS_ACTION,
    InitiativeStatusError,
    can_decide,
    change_status,
    next_statuses,
)
from neighbourhoods.models import (
    PUBLIC_STATUSES,
    AreaPage,
    Initiative,
    InitiativeStatus,
    InitiativeStatusChange,
    NeighbourhoodBudget,
)
from participation.admin.moderation import (
    ResidentPhotoAdminForm,
    confirm_personal_data_field,
    personal_data_panel,
)

CONTACT_PERMISSION = "neighbourhoods.view_initiative_contact"
CONTACT_FIELDS = list(Initiative.contact_fields)
NOTE_MAX = InitiativeStatusChange._meta.get_field("note").max_length

#: Which field of the "Change status" form an error of ``change_status`` belongs to.
FIELD_FOR_ERROR = {
    "not_allowed": "to_status",
    "amount_required": "amount",
    "amount_invalid": "amount",
    "no_budget": "amount",
    "budget_exceeded": "amount",
    "reason_required": "note",
}


def can_see_contact(user) -> bool:
    """Only staff with ``view_initiative_contact`` (and superusers) see initiators' details."""
    return user.is_active and user.has_perm(CONTACT_PERMISSION)


def cannot_see_contact(user) -> bool:
    """Others see that the contact details are hidden."""
    return not can_see_contact(user)


@hooks.register("register_log_actions")
def register_initiative_log_actions(actions):
    """Audit log entries of initiatives; they never hold contact details or the resident's text."""
    actions.register_action(
        RECEIVED_ACTION,
        gettext_lazy("Initiative received"),
        gettext_lazy("Received through the website"),
    )

    @actions.register_action(STATUS_ACTION)
    class StatusFormatter(LogFormatter):
        label = gettext_lazy("Change status")

        def format_message(self, log_entry):
            labels = dict(InitiativeStatus.choices)
            data = log_entry.data
            message = _("Status changed from “%(from)s” to “%(to)s”") % {
                "from": labels.get(data.get("from"), data.get("from", "")),
                "to": labels.get(data.get("to"), data.get("to", "")),
            }
            if data.get("amount") is not None:
                message += f" ({budgets.format_euro(data['amount'])})"
            return message


# Initiatives: edit form


class InitiativeAdminForm(ResidentPhotoAdminForm):
    """A new resident's photo gets the same checks as on the website: real image, no hidden data.

    Contact details that were removed after the retention period cannot be filled in again.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.contact_removed:
            for name in CONTACT_FIELDS:
                if name in self.fields:
                    self.fields[name].disabled = True
                    self.fields[name].required = False


def initiative_panels() -> ObjectList:
    """Status (read-only), content, photos, result, contact details and the history of steps."""
    return ObjectList(
        [
            ReadOnlyTemplatePanel(
                "neighbourhoods/admin/initiative_status_panel.html",
                "initiative",
                heading=gettext_lazy("Status"),
            ),
            personal_data_panel(),
            MultiFieldPanel(
                [
                    FieldPanel("area"),
                    FieldPanel("title"),
                    FieldPanel("description"),
                    FieldPanel("location"),
                    FieldPanel("helpers"),
                    FieldPanel("budget_requested"),
                    FieldPanel("budget_explanation"),
                ],
                heading=gettext_lazy("Initiative"),
            ),
            MultiFieldPanel(
                [FieldPanel("image"), FieldPanel("show_resident_photo")],
                heading=gettext_lazy("Photo from the resident"),
            ),
            InlinePanel(
                "photos", heading=gettext_lazy("Photos by staff"), label=gettext_lazy("Photo")
            ),
            FieldPanel("result"),
            MultiFieldPanel(
                [FieldPanel(name, permission=CONTACT_PERMISSION) for name in CONTACT_FIELDS],
                heading=gettext_lazy("Contact details"),
                permission=CONTACT_PERMISSION,
            ),
            ReadOnlyTemplatePanel(
                "neighbourhoods/admin/initiative_contact_hidden.html",
                "initiative",
                allowed=cannot_see_contact,
                heading=gettext_lazy("Contact details"),
            ),
            ReadOnlyTemplatePanel(
                "neighbourhoods/admin/initiative_history_panel.html",
                "initiative",
                heading=gettext_lazy("Status history"),
            ),
        ],
        base_form_class=InitiativeAdminForm,
    )


# Initiatives: listing and export


def received_years():
    """The years in which initiatives came in, newest first, for the year filter."""
    years = Initiative.objects.dates("created_at", "year", order="DESC")
    return [(str(day.year), str(day.year)) for day in years]


class InitiativeFilterSet(WagtailFilterSet):
    """Filter the listing by status, area and the year the initiative came in."""

    status = django_filters.ChoiceFilter(
        label=gettext_lazy("Status"), choices=InitiativeStatus.choices
    )
    area = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Area"), queryset=AreaPage.objects.order_by("path")
    )
    year = django_filters.ChoiceFilter(
        label=gettext_lazy("Year received"),
        field_name="created_at",
        lookup_expr="year",
        choices=received_years,
    )

    class Meta:
        model = Initiative
        fields = ["status", "area", "year"]


EXPORT_FIELDS = [
    "pk",
    "title",
    "area",
    "get_status_display",
    "location",
    "budget_requested",
    "approved_amount",
    "created_at",
    "status_changed_at",
]


class InitiativeIndexView(FormulaSafeExportMixin, IndexView):
    """The listing; "Change status" per row; contact columns in the export only with permission."""

    change_status_url_name = None
    export_headings = {
        "pk": gettext_lazy("No."),
        "get_status_display": gettext_lazy("Status"),
        "area": gettext_lazy("Area"),
    }

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.list_export = list(EXPORT_FIELDS)
        if can_see_contact(request.user):
            self.list_export += CONTACT_FIELDS

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("area")

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if can_decide(self.request.user) and next_statuses(instance.status):
            buttons.append(
                MenuItem(
                    _("Change status"),
                    url=reverse(self.change_status_url_name, args=[instance.pk]),
                    icon_name="tasks",
                    priority=5,
                )
            )
        return buttons


class InitiativeEditView(EditView):
    """The edit form, with "Change status" in the header for staff who decide.

    A change to a public text undoes an earlier confirmation about personal data.
    """

    change_status_url_name = None

    def save_instance(self):
        changed = set(self.form.changed_data) & set(Initiative.public_text_fields)
        instance = super().save_instance()
        if changed:
            instance.forget_personal_data_confirmation()
        return instance

    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        if can_decide(self.request.user) and next_statuses(self.object.status):
            buttons.append(
                Button(
                    _("Change status"),
                    url=reverse(self.change_status_url_name, args=[self.object.pk]),
                    icon_name="tasks",
                    priority=1,
                )
            )
        return buttons


# Initiatives: changing the status


class ChangeStatusForm(forms.Form):
    """The next step, the approved amount and the message to the resident.

    The rules (which step, amount, reason, budget) live in ``change_status``; its errors are
    shown at the field they belong to.
    """

    to_status = forms.ChoiceField(label=gettext_lazy("New status"), widget=forms.RadioSelect)
    amount = amount_field(
        label=gettext_lazy("Approved amount (euro)"),
        help_text=gettext_lazy("Only when you approve. Fill in 0 when no money is needed."),
        required=False,
    )
    note = forms.CharField(
        label=gettext_lazy("Message to the resident"),
        help_text=gettext_lazy(
            "We put this in the e-mail to the resident. When you do not approve, explain why."
        ),
        required=False,
        max_length=NOTE_MAX,
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    confirm_personal_data = confirm_personal_data_field()

    def __init__(self, *args, initiative, **kwargs):
        super().__init__(*args, **kwargs)
        labels = dict(InitiativeStatus.choices)
        self.fields["to_status"].choices = [
            (status, labels[status]) for status in next_statuses(initiative.status)
        ]
        if initiative.budget_requested is not None:
            self.fields["amount"].initial = initiative.budget_requested


class ChangeStatusView(WagtailAdminTemplateMixin, FormView):
    """Move one initiative to its next status (POST with CSRF); needs ``decide_initiative``."""

    template_name = "neighbourhoods/admin/initiative_change_status.html"
    page_title = gettext_lazy("Change status")
    header_icon = "tasks"
    form_class = ChangeStatusForm
    edit_url_name = None

    def dispatch(self, request, *args, **kwargs):
        if not can_decide(request.user):
            raise PermissionDenied
        self.object = get_object_or_404(Initiative.objects.select_related("area"), pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return str(self.object)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "initiative": self.object}

    def get_success_url(self):
        return reverse(self.edit_url_name, args=[self.object.pk])

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            initiative=self.object,
            budget=budgets.current_budget_for(self.object.area) if self.object.area else None,
            year=timezone.localdate().year,
            can_change=bool(next_statuses(self.object.status)),
            cancel_url=self.get_success_url(),
        )
        return context

    def form_valid(self, form):
        data = form.cleaned_data
        if data["to_status"] in PUBLIC_STATUSES:
            try:
                self.object.check_personal_data_before_publishing(
                    self.request.user, confirm=data["confirm_personal_data"]
                )
            except PersonalDataNotConfirmed:
                form.add_error("confirm_personal_data", NOT_CONFIRMED_MESSAGE)
                return self.form_invalid(form)
        try:
            change_status(
                self.object,
                data["to_status"],
                user=self.request.user,
                amount=data.get("amount"),
                note=data.get("note", ""),
            )
        except InitiativeStatusError as error:
            form.add_error(FIELD_FOR_ERROR.get(error.code), error)
            return self.form_invalid(form)
        messages.success(
            self.request,
            _("Status of “%(title)s” changed to “%(status)s”. The resident gets an e-mail.")
            % {"title": self.object.title, "status": self.object.get_status_display()},
        )
        return redirect(self.get_success_url())


# Initiatives: permissions and deletion


class InitiativePermissionPolicy(ModelPermissionPolicy):
    """The usual model permissions, but nobody adds initiatives in the admin."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([action for action in actions if action != "add"])


@hooks.register("before_delete_snippet")
def keep_initiatives_with_money(request, instances):
    """An initiative that received money stays: deleting it would hide where the money went."""
    if not instances or not isinstance(instances[0], Initiative):
        return None
    funded = [item for item in instances if item.budget_id is not None]
    if not funded:
        return None
    messages.error(
        request,
        _(
            "You cannot delete an initiative that received money from a neighbourhood budget: "
            "%(titles)s"
        )
        % {"titles": ", ".join(str(item) for item in funded)},
    )
    return redirect(reverse("wagtailsnippets_neighbourhoods_initiative:list"))


class InitiativeViewSet(SnippetViewSet):
    """ "Neighbourhoods" → "Residents' initiatives"."""

    model = Initiative
    icon = "pick"
    menu_label = gettext_lazy("Residents' initiatives")
    menu_name = "initiatives"
    menu_order = 300
    menu_hook = NEIGHBOURHOODS_MENU_HOOK
    add_to_admin_menu = True
    index_view_class = InitiativeIndexView
    edit_view_class = InitiativeEditView
    filterset_class = InitiativeFilterSet
    list_display = [
        "title",
        Column("area", label=gettext_lazy("Area")),
        StatusTagColumn("get_status_display", label=gettext_lazy("Status"), sort_key="status"),
        EuroColumn(
            "budget_requested",
            label=gettext_lazy("Requested (euro)"),
            sort_key="budget_requested",
        ),
        EuroColumn(
            "approved_amount", label=gettext_lazy("Approved (euro)"), sort_key="approved_amount"
        ),
        Column("created_at", label=gettext_lazy("Received at"), sort_key="created_at"),
    ]
    list_export = EXPORT_FIELDS
    export_filename = "buurtinitiatieven"
    search_fields = ["title"]
    search_backend_name = None
    copy_view_enabled = False
    inspect_view_enabled = False

    @property
    def permission_policy(self):
        return InitiativePermissionPolicy(self.model)

    def get_edit_handler(self):
        return initiative_panels().bind_to_model(self.model)

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(
            change_status_url_name=self.get_url_name("change_status"), **kwargs
        )

    def get_edit_view_kwargs(self, **kwargs):
        return super().get_edit_view_kwargs(
            change_status_url_name=self.get_url_name("change_status"), **kwargs
        )

    def get_urlpatterns(self):
        change_status_view = ChangeStatusView.as_view(
            edit_url_name=self.get_url_name("edit"),
            breadcrumbs_items=[
                *self.breadcrumbs_items,
                {"url": reverse_lazy(self.get_url_name("list")), "label": self.menu_label},
            ],
        )
        return [
            *super().get_urlpatterns(),
            path("status/<int:pk>/", change_status_view, name="change_status"),
        ]


# Budgets


def below_allocated_message(allocated) -> str:
    """Why a budget cannot be lowered to below what has been approved from it."""
    return _("The budget cannot be lower than what has been approved already (%(allocated)s).") % {
        "allocated": budgets.format_euro(allocated)
    }


class BudgetAdminForm(WagtailAdminModelForm):
    """The amount may not go below what has been approved; area and year stay once it is used."""

    def clean(self):
        cleaned_data = super().clean()
        budget = self.instance
        if not budget.pk:
            return cleaned_data
        allocated = NeighbourhoodBudget.objects.get(pk=budget.pk).allocated
        amount = cleaned_data.get("amount")
        if amount is not None and amount < allocated:
            self.add_error(
                "amount",
                below_allocated_message(allocated),
            )
        if allocated and (
            cleaned_data.get("area") != budget.area or cleaned_data.get("year") != budget.year
        ):
            self.add_error(
                None,
                _("Money from this budget has been approved already: keep the area and the year."),
            )
        return cleaned_data


class BudgetEditView(EditView):
    """Saves only area, year and amount, so an approval at the same moment is never overwritten."""

    def save_instance(self):
        instance = self.form.save(commit=False)
        instance.save(update_fields=["area", "year", "amount"])
        instance.refresh_from_db(fields=["allocated"])
        return instance

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except IntegrityError:
            allocated = NeighbourhoodBudget.objects.get(pk=self.object.pk).allocated
            form.add_error(
                "amount",
                below_allocated_message(allocated),
            )
            return self.form_invalid(form)


@hooks.register("before_delete_snippet")
def keep_budgets_in_use(request, instances):
    """A budget from which money was approved, or that initiatives point at, stays."""
    if not instances or not isinstance(instances[0], NeighbourhoodBudget):
        return None
    in_use = [item for item in instances if item.allocated or item.initiatives.exists()]
    if not in_use:
        return None
    messages.error(
        request,
        _("You cannot delete a budget from which money has been approved: %(budgets)s")
        % {"budgets": ", ".join(str(item) for item in in_use)},
    )
    return redirect(reverse("wagtailsnippets_neighbourhoods_neighbourhoodbudget:list"))


class NeighbourhoodBudgetViewSet(SnippetViewSet):
    """ "Neighbourhoods" → "Neighbourhood budgets": amount per area and year, what is left."""

    model = NeighbourhoodBudget
    icon = "doc-full"
    menu_label = gettext_lazy("Neighbourhood budgets")
    menu_name = "neighbourhood_budgets"
    menu_order = 310
    menu_hook = NEIGHBOURHOODS_MENU_HOOK
    add_to_admin_menu = True
    edit_view_class = BudgetEditView
    list_display = [
        Column("area", label=gettext_lazy("Area")),
        Column("year", label=gettext_lazy("Year"), sort_key="year"),
        EuroColumn("amount", label=gettext_lazy("Budget (euro)"), sort_key="amount"),
        EuroColumn("allocated", label=gettext_lazy("Approved (euro)"), sort_key="allocated"),
        EuroColumn("remaining", label=gettext_lazy("Left (euro)")),
    ]
    list_filter = ["year"]
    copy_view_enabled = False
    inspect_view_enabled = False
    panels = [FieldPanel("area"), FieldPanel("year"), FieldPanel("amount")]

    def get_edit_handler(self):
        return ObjectList(self.panels, base_form_class=BudgetAdminForm).bind_to_model(self.model)


register_snippet(InitiativeViewSet)
register_snippet(NeighbourhoodBudgetViewSet)
