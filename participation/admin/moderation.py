"""One set of moderation screens for every kind of resident input.

An app gives each moderated model (``participation.models.Moderated``) a ``ModerationViewSet``:
a listing with the waiting items first and "Approve" / "Reject" in each row's menu, an edit form
whose changes to the resident's text are logged as an edit for privacy, and confirmation screens
for approve (refused while unconfirmed personal data is in the text) and reject (with a reason).
Bulk approve and reject (``participation.wagtail_hooks``) work on the same listings. Every screen
needs the model's ``moderate_<model>`` permission on top of the usual one; every step lands in
Wagtail's audit log through ``participation.moderation``.

A viewset can add its own steps (youth: merge a duplicate) with ``extra_actions``.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django import forms
from django.core.exceptions import PermissionDenied
from django.core.files.uploadedfile import UploadedFile
from django.db.models import Case, IntegerField, Value, When
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse, reverse_lazy
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView
from wagtail.admin import messages
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets.button import Button
from wagtail.log_actions import log
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views.snippets import EditView, IndexView, SnippetViewSet

from core.personal_data_review import NOT_CONFIRMED_MESSAGE, PersonalDataNotConfirmed
from core.read_only_template_panel import ReadOnlyTemplatePanel
from participation.models import REJECTION_REASON_MAX, ModerationStatus
from participation.moderation import approve, reject
from participation.photo_cleaning import clean_resident_photo

CONFIRM_PERSONAL_DATA_LABEL = gettext_lazy(
    "I checked the marked parts: they are not personal data, or they may be published."
)


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


# Forms and panels


class ResidentPhotoAdminForm(WagtailAdminModelForm):
    """A new photo gets the same checks as on the website: a real image, no hidden data."""

    def clean_image(self):
        image = self.cleaned_data.get("image")
        if isinstance(image, UploadedFile):
            return clean_resident_photo(image)
        return image


def personal_data_panel():
    """Read-only check of the public texts for personal data: the findings marked, or "none
    found". On the edit forms of ideas, reactions, youth proposals and initiatives."""
    return ReadOnlyTemplatePanel(
        "participation/admin/personal_data_panel.html",
        "contribution",
        heading=gettext_lazy("Personal data check"),
    )


def confirm_personal_data_field() -> forms.BooleanField:
    """The moderator's confirmation that the marked parts may be published."""
    return forms.BooleanField(label=CONFIRM_PERSONAL_DATA_LABEL, required=False)


class ApproveForm(forms.Form):
    """Approval; when the text holds personal data, the moderator confirms it may be public."""

    confirm_personal_data = confirm_personal_data_field()


class RejectForm(forms.Form):
    """Why an item stays off the site. Required: the resident may ask."""

    reason = forms.CharField(
        label=gettext_lazy("Reason"),
        max_length=REJECTION_REASON_MAX,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy("For example: it names a person, or it is not about this plan."),
    )


# One moderation step on its own screen


class ModerationActionView(WagtailAdminTemplateMixin, FormView):
    """Approve, reject (or an app's own step) for one item after a confirmation screen."""

    model = None
    permission_policy = None
    index_url_name = None
    summary_template = None
    approve_question = None
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
            item=self.object,
            summary_template=self.summary_template,
            approve_question=self.approve_question,
            next=get_valid_next_url_from_request(self.request),
            cancel_url=self.get_success_url(),
        )
        return context


class ApproveView(ModerationActionView):
    """Publish one item; refused while it holds unconfirmed personal data."""

    template_name = "participation/admin/moderation_approve.html"
    page_title = gettext_lazy("Approve")
    form_class = ApproveForm

    def form_valid(self, form):
        try:
            approve(
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
    """Keep one item off the site, with a reason."""

    template_name = "participation/admin/moderation_reject.html"
    page_title = gettext_lazy("Reject")
    form_class = RejectForm

    def form_valid(self, form):
        reject(self.object, self.request.user, form.cleaned_data["reason"])
        messages.success(self.request, _("Rejected: %(item)s") % {"item": self.object})
        return redirect(self.get_success_url())


def _always(item) -> bool:
    return True


@dataclass(frozen=True)
class ModerationAction:
    """A step in the row menu of the listing and in the edit form's header menu.

    ``shown(item)`` says whether the step makes sense for the item; the listing hides the others.
    """

    name: str
    label: str
    icon: str
    view_class: type[ModerationActionView]
    shown: Callable[[Any], bool] = _always


APPROVE = ModerationAction(
    "approve",
    gettext_lazy("Approve"),
    "check",
    ApproveView,
    shown=lambda item: (
        item.status != ModerationStatus.PUBLISHED or item.has_unconfirmed_personal_data
    ),
)
REJECT = ModerationAction(
    "reject",
    gettext_lazy("Reject"),
    "cross",
    RejectView,
    shown=lambda item: item.status != ModerationStatus.REJECTED,
)


# Listing and edit form


class ModerationIndexView(IndexView):
    """The listing: waiting items first, with the moderation steps in each row's menu."""

    actions: tuple = ()
    action_url_names: dict = {}

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if not self.permission_policy.user_has_permission(self.request.user, "moderate"):
            return buttons
        next_query = f"?next={self.request.get_full_path()}"
        for priority, action in enumerate(self.actions, start=5):
            if action.shown(instance):
                url = reverse(self.action_url_names[action.name], args=[instance.pk])
                buttons.append(
                    MenuItem(
                        action.label, url=url + next_query, icon_name=action.icon, priority=priority
                    )
                )
        return buttons


class ModerationEditView(EditView):
    """The edit form; a change to the resident's text is logged as an edit for privacy and
    undoes an earlier confirmation about personal data."""

    actions: tuple = ()
    action_url_names: dict = {}
    privacy_fields: frozenset = frozenset()

    def save_instance(self):
        changed = [name for name in self.form.changed_data if name in self.privacy_fields]
        instance = super().save_instance()
        if changed:
            instance.forget_personal_data_confirmation()
            log(
                instance=instance,
                action=f"{instance.moderation_log_prefix}.privacy_edit",
                data={
                    "fields": [str(instance._meta.get_field(name).verbose_name) for name in changed]
                },
            )
        return instance

    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        next_query = f"?next={self.request.path}"
        for priority, action in enumerate(self.actions, start=1):
            url = reverse(self.action_url_names[action.name], args=[self.object.pk])
            buttons.append(
                Button(action.label, url=url + next_query, icon_name=action.icon, priority=priority)
            )
        return buttons


def pending_first(queryset):
    """Waiting items first, then the newest."""
    return queryset.annotate(
        waiting=Case(
            When(status=ModerationStatus.PENDING, then=Value(0)),
            default=Value(1),
            output_field=IntegerField(),
        )
    ).order_by("waiting", "-created_at")


class ModerationViewSet(SnippetViewSet):
    """Listing, edit form and moderation steps of one moderated model.

    ``summary_template`` shows the item (as ``item``) on the confirmation screens;
    ``privacy_fields`` are the fields whose change is logged as an edit for privacy;
    ``list_select_related`` is passed to ``select_related`` for the listing.
    """

    index_view_class = ModerationIndexView
    edit_view_class = ModerationEditView
    actions: tuple[ModerationAction, ...] = (APPROVE, REJECT)
    summary_template = None
    approve_question = gettext_lazy("Publish this on the website?")
    privacy_fields: frozenset = frozenset()
    list_select_related: tuple = ()
    search_backend_name = None
    copy_view_enabled = False
    inspect_view_enabled = False

    @property
    def permission_policy(self):
        return ModerationPermissionPolicy(self.model)

    def get_queryset(self, request):
        return pending_first(self.model.objects.select_related(*self.list_select_related))

    def _action_kwargs(self):
        return {
            "actions": self.actions,
            "action_url_names": {
                action.name: self.get_url_name(action.name) for action in self.actions
            },
        }

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(**self._action_kwargs(), **kwargs)

    def get_edit_view_kwargs(self, **kwargs):
        return super().get_edit_view_kwargs(
            privacy_fields=self.privacy_fields, **self._action_kwargs(), **kwargs
        )

    def _action_view(self, view_class):
        return view_class.as_view(
            model=self.model,
            permission_policy=self.permission_policy,
            index_url_name=self.get_url_name("list"),
            summary_template=self.summary_template,
            approve_question=self.approve_question,
            breadcrumbs_items=[
                *self.breadcrumbs_items,
                {"url": reverse_lazy(self.get_url_name("list")), "label": self.menu_label},
            ],
        )

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            *(
                path(
                    f"{action.name}/<int:pk>/",
                    self._action_view(action.view_class),
                    name=action.name,
                )
                for action in self.actions
            ),
        ]
