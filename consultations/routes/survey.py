"""How a consultation's survey page answers: the resident's form and staff's submissions screen.

Mixed into ``ConsultationSurveyPage``. Residents get ``consultations.survey_view`` (one response
per person, only while the consultation is open for input) with the form of
``consultations.survey_forms``; staff get Wagtail's submissions screen with formula-safe
downloads (who may see it: ``consultations.admin.submissions``).
"""

from wagtail.contrib.forms.views import SubmissionsListView

from consultations.survey_forms import OnlineSurveyForm, build_form_class
from consultations.survey_view import serve_survey
from core.spreadsheet_safety import FormulaSafeExportMixin


class SurveySubmissionsListView(FormulaSafeExportMixin, SubmissionsListView):
    """Wagtail's submissions listing of a survey; its downloads are formula-safe."""


class SurveyRoutes:
    """Mixed into ``ConsultationSurveyPage`` (a Wagtail form page)."""

    def get_submissions_list_view_class(self):
        """Wagtail's submissions screen with formula-safe downloads."""
        return SurveySubmissionsListView

    def get_form_class(self):
        """The resident's form: the questions, an optional e-mail address and a honeypot."""
        return build_form_class(self, OnlineSurveyForm)

    def serve(self, request, *args, **kwargs):
        """Accept one response per person, and only while the consultation is open for input."""
        return serve_survey(self, request)
