"""Admin views for surveys and exports: enter a paper response, create codes, export input.

Thin views: the forms validate, ``survey_responses``, ``survey_uniqueness`` and ``exports`` do the
work. Every action that touches input or codes is written to Wagtail's audit log.
"""

import csv
import io

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.log_actions import log

from consultations.exports import (
    KINDS,
    SHEET_BUILDERS,
    can_export,
    can_see_personal_data,
    export_filename,
    export_sheets,
)
from consultations.models import ConsultationPage, ConsultationSurveyPage, PhaseKind
from consultations.survey_forms import StaffSurveyForm, build_form_class
from consultations.survey_responses import record_staff_response
from consultations.survey_uniqueness import create_invitation_codes
from core.spreadsheet_safety import defused_row
from participation.exports import sheet_as_csv, sheets_as_xlsx

EXPORT_ACTION = "consultations.input_exported"
INVITATIONS_ACTION = "consultations.invitations_created"
STAFF_ENTRY_PHASES = (PhaseKind.INPUT, PhaseKind.PROCESSING)
MAX_CODES_PER_REQUEST = 5000
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def enter_survey_response(request, survey_id: int):
    """Participation staff type in a survey response from paper, a meeting or a home visit."""
    if not request.user.has_perm("consultations.add_surveyresponse"):
        raise PermissionDenied
    survey = get_object_or_404(ConsultationSurveyPage, pk=survey_id)
    consultation = survey.consultation()
    form_class = build_form_class(survey, StaffSurveyForm)
    is_open = consultation.status() in STAFF_ENTRY_PHASES
    if request.method == "POST" and is_open:
        form = form_class(request.POST, page=survey, user=request.user)
        if form.is_valid():
            record_staff_response(survey, form, request.user)
            messages.success(request, _("The response has been saved. You can enter the next one."))
            return redirect("consultations_survey_enter", survey_id=survey.pk)
    else:
        form = form_class(page=survey, user=request.user)
    return TemplateResponse(
        request,
        "consultations/admin/survey_enter_response.html",
        {
            "title": _("Enter a survey response"),
            "survey": survey,
            "consultation": consultation,
            "form": form,
            "is_open": is_open,
            "response_count": survey.get_submissions().count(),
        },
    )


class InvitationCodesForm(forms.Form):
    """How many codes to create, and a label to recognise the batch by."""

    count = forms.IntegerField(
        label=gettext_lazy("Number of codes"), min_value=1, max_value=MAX_CODES_PER_REQUEST
    )
    batch = forms.CharField(
        label=gettext_lazy("Batch"),
        max_length=100,
        required=False,
        help_text=gettext_lazy("For example a street, a school or a meeting."),
    )


def create_invitations(request, survey_id: int):
    """Create single-use invitation codes and download them once as CSV."""
    if not request.user.has_perm("consultations.add_invitationcode"):
        raise PermissionDenied
    survey = get_object_or_404(ConsultationSurveyPage, pk=survey_id)
    form = InvitationCodesForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        batch = form.cleaned_data["batch"]
        codes = create_invitation_codes(survey, form.cleaned_data["count"], batch)
        log(
            instance=survey,
            action=INVITATIONS_ACTION,
            user=request.user,
            data={"count": len(codes), "batch": batch},
        )
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(["code", "batch", "survey"])
        for code in codes:
            writer.writerow(defused_row([code, batch, survey.title]))
        response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="codes-{survey.pk}.csv"'
        response["Cache-Control"] = "no-store"
        return response
    return TemplateResponse(
        request,
        "consultations/admin/survey_invitations.html",
        {
            "title": _("Create invitation codes"),
            "survey": survey,
            "form": form,
            "issued": survey.invitation_codes.count(),
            "used": survey.invitation_codes.filter(used_at__isnull=False).count(),
        },
    )


def export_input(request, consultation_id: int):
    """The export page of a consultation, and the CSV/XLSX downloads (``?format=``)."""
    if not can_export(request.user):
        raise PermissionDenied
    consultation = get_object_or_404(ConsultationPage, pk=consultation_id)
    personal = can_see_personal_data(request.user)
    file_format = request.GET.get("format")
    kind = request.GET.get("kind", "all")
    if file_format == "xlsx":
        content = sheets_as_xlsx(export_sheets(consultation, personal))
        return _download(request, consultation, content, XLSX_TYPE, "all", "xlsx", personal)
    if file_format == "csv" and kind in KINDS:
        content = sheet_as_csv(SHEET_BUILDERS[kind](consultation, personal))
        return _download(
            request, consultation, content, "text/csv; charset=utf-8", kind, "csv", personal
        )
    export_url = reverse("consultations_export", args=[consultation.pk])
    return TemplateResponse(
        request,
        "consultations/admin/survey_export.html",
        {
            "title": _("Export input"),
            "consultation": consultation,
            "personal": personal,
            "xlsx_url": f"{export_url}?format=xlsx",
            "csv_links": [
                (sheet.title, f"{export_url}?format=csv&kind={sheet.kind}", len(sheet.rows))
                for sheet in export_sheets(consultation, personal=False)
            ],
        },
    )


def _download(request, consultation, content, content_type, kind, extension, personal):
    log(
        instance=consultation,
        action=EXPORT_ACTION,
        user=request.user,
        data={"format": extension, "kind": kind, "personal_data": personal},
    )
    response = HttpResponse(content, content_type=content_type)
    filename = export_filename(consultation, kind, extension)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "no-store"
    return response
