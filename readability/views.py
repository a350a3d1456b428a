"""Admin endpoint behind the live "Taalcheck (B1)" panel.

The panel's script posts the editor's unsaved form (debounced); we rebuild the object from the
form exactly as Wagtail's preview does, analyse it and return the rendered panel body plus the
report as JSON. Admin-only (registered through ``register_admin_urls``), CSRF-protected, checked
against the user's edit permission and limited in size.
"""

import logging

from django.apps import apps
from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.admin.panels import get_edit_handler
from wagtail.models import Page

from readability.content_check import check_object
from readability.content_text import is_dutch
from readability.panels import report_context

logger = logging.getLogger(__name__)

MAX_REQUEST_BYTES = 2 * 1024 * 1024


def _error(message: str, status: int) -> JsonResponse:
    return JsonResponse({"error": message}, status=status)


def _object_from_form(request, form_class, **form_kwargs):
    """Apply the posted editor form to an object without saving it.

    Fields the browser did not send keep their saved value, so a partial post (or one from a
    stripped-down client) is still checked; fields that fail validation keep theirs too.
    """
    form = form_class(request.POST, request.FILES, **form_kwargs)
    for name, field in list(form.fields.items()):
        if field.widget.value_omitted_from_data(request.POST, request.FILES, form.add_prefix(name)):
            del form.fields[name]
    form.is_valid()
    return form.instance


def _page_from_form(request, model, object_id, parent_id):
    """The page as the editor currently has it, or PermissionDenied."""
    if object_id:
        page = Page.objects.get(pk=object_id).specific
        if not isinstance(page, model) or not page.permissions_for_user(request.user).can_edit():
            raise PermissionDenied
        parent = page.get_parent()
    else:
        parent = Page.objects.get(pk=parent_id).specific
        if not parent.permissions_for_user(request.user).can_add_subpage():
            raise PermissionDenied
        page = model()
    return _object_from_form(
        request,
        page.get_edit_handler().get_form_class(),
        instance=page,
        for_user=request.user,
        parent_page=parent,
    )


def _snippet_from_form(request, model, object_id):
    """A snippet as the editor currently has it, or PermissionDenied."""
    action = "change" if object_id else "add"
    if not request.user.has_perm(f"{model._meta.app_label}.{action}_{model._meta.model_name}"):
        raise PermissionDenied
    instance = model.objects.get(pk=object_id) if object_id else model()
    return _object_from_form(
        request, get_edit_handler(model).get_form_class(), instance=instance, for_user=request.user
    )


@require_POST
def live_check(request):
    """Analyse the posted editor form and return ``{"html": ..., "report": ...}``."""
    if int(request.META.get("CONTENT_LENGTH") or 0) > MAX_REQUEST_BYTES:
        logger.warning(
            "Readability check refused: request of %s bytes", request.META.get("CONTENT_LENGTH")
        )
        return _error(_("This text is too long to check at once."), 413)
    try:
        model = apps.get_model(request.POST.get("_readability_model", ""))
    except (LookupError, ValueError):
        return _error(_("Unknown content type."), 400)
    if not hasattr(model, "readability_fields"):
        return _error(_("This content type has no language check."), 400)
    object_id = request.POST.get("_readability_object_id") or None
    parent_id = request.POST.get("_readability_parent_id") or None
    try:
        if issubclass(model, Page):
            if not (object_id or parent_id):
                return _error(_("Unknown page."), 400)
            candidate = _page_from_form(request, model, object_id, parent_id)
        else:
            candidate = _snippet_from_form(request, model, object_id)
    except (Page.DoesNotExist, model.DoesNotExist, ValueError):
        return _error(_("Unknown page."), 404)
    except PermissionDenied:
        logger.warning("Readability check refused: no permission for user %s", request.user.pk)
        return _error(_("You may not edit this content."), 403)
    if not is_dutch(candidate):
        return JsonResponse({"html": "", "report": None, "not_dutch": True})
    report = check_object(candidate).to_dict()
    html = render_to_string("readability/report.html", report_context(report), request)
    return JsonResponse({"html": html, "report": report})
