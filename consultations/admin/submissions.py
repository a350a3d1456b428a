"""Wagtail's form-submissions screens for surveys: the same permission as our export.

Wagtail lets everyone who may edit a form page list, download and delete its submissions
(``/admin/forms/submissions/<id>/``). Survey responses are input like any other: only users who
may export a consultation's input (``consultations.exports.can_export``) see them there. The
screen itself, with formula-safe CSV/XLSX, is ``consultations.routes.survey``.
"""

from wagtail import hooks

from consultations.exports import can_export
from consultations.models import ConsultationSurveyPage


@hooks.register("filter_form_submissions_for_user")
def surveys_only_for_exporters(user, editable_forms):
    """Hide survey pages from the forms screens (list, download, delete) for users who may not
    export input; Wagtail then refuses those screens with 403."""
    if can_export(user):
        return editable_forms
    return editable_forms.not_type(ConsultationSurveyPage)
