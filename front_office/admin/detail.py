"""A request's screen (question, contact details, notes, audit history) and its step forms."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import ModelLogEntry

from front_office import handling
from front_office.admin.access import can_handle, can_use_queue, visible_requests
from front_office.admin.step_forms import CloseForm, HandOverForm, NoteForm

URL_NAMESPACE = "front_office_requests"


def _visible(request, pk: int):
    if not can_use_queue(request.user):
        raise PermissionDenied
    return get_object_or_404(visible_requests(request.user), pk=pk)


def _render(request, request_obj, status=200, **bound_forms):
    handles = can_handle(request.user, request_obj)
    forms = {
        "note_form": NoteForm(),
        "hand_over_form": HandOverForm(current_team=request_obj.team),
        "close_form": CloseForm(),
        **bound_forms,
    }
    return TemplateResponse(
        request,
        "front_office/admin/detail.html",
        {
            "item": request_obj,
            "overdue": request_obj.is_overdue(timezone.now()),
            "can_handle": handles and not request_obj.is_closed,
            "show_contact": handles,
            "notes": request_obj.notes.select_related("author"),
            "history": ModelLogEntry.objects.for_instance(request_obj)
            .select_related("user")
            .order_by("-timestamp", "-pk"),
            **forms,
        },
        status=status,
    )


def detail(request, pk: int):
    """The request's screen."""
    return _render(request, _visible(request, pk))


def _handled(request, pk: int):
    request_obj = _visible(request, pk)
    if not can_handle(request.user, request_obj):
        raise PermissionDenied
    return request_obj


def _back(pk: int):
    return redirect(f"{URL_NAMESPACE}:detail", pk=pk)


def _refused(request, pk: int, error: ValidationError):
    for message in error.messages:
        messages.error(request, message)
    return _back(pk)


@require_POST
def claim(request, pk: int):
    request_obj = _handled(request, pk)
    try:
        handling.claim(request_obj, request.user)
    except ValidationError as error:
        return _refused(request, pk, error)
    messages.success(request, _("You handle request %(ref)s now.") % {"ref": request_obj})
    return _back(pk)


@require_POST
def add_note(request, pk: int):
    request_obj = _handled(request, pk)
    form = NoteForm(request.POST)
    if not form.is_valid():
        return _render(request, request_obj, status=400, note_form=form)
    try:
        handling.add_note(request_obj, request.user, form.cleaned_data["text"])
    except ValidationError as error:
        return _refused(request, pk, error)
    messages.success(request, _("The note has been added."))
    return _back(pk)


@require_POST
def hand_over(request, pk: int):
    request_obj = _handled(request, pk)
    form = HandOverForm(request.POST, current_team=request_obj.team)
    if not form.is_valid():
        return _render(request, request_obj, status=400, hand_over_form=form)
    try:
        handling.hand_over(
            request_obj, request.user, form.cleaned_data["team"], form.cleaned_data["reason"]
        )
    except ValidationError as error:
        return _refused(request, pk, error)
    messages.success(
        request,
        _("Request %(ref)s has been handed over to %(team)s.")
        % {"ref": request_obj, "team": form.cleaned_data["team"]},
    )
    # The request may be out of the user's sight now: back to the queue.
    return redirect(f"{URL_NAMESPACE}:index")


@require_POST
def close(request, pk: int):
    request_obj = _handled(request, pk)
    form = CloseForm(request.POST)
    if not form.is_valid():
        return _render(request, request_obj, status=400, close_form=form)
    try:
        handling.close(
            request_obj, request.user, form.cleaned_data["outcome"], form.cleaned_data["note"]
        )
    except ValidationError as error:
        return _refused(request, pk, error)
    messages.success(request, _("Request %(ref)s has been closed.") % {"ref": request_obj})
    return _back(pk)
