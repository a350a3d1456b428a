"""The public survey page: show the form only while the consultation is open, save one response.

``ConsultationSurveyPage.serve`` (``consultations.routes.survey``) calls ``serve_survey``. Outside
the input phase a GET shows a message instead of the form and a POST is refused (nothing saved). A
browser that already responded sees "U hebt deze vragenlijst al ingevuld." instead of the form; so
does a resident who sends the same filled-in form again (consultations/survey_uniqueness.py).
"""

from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from consultations.models.phases import PhaseKind
from consultations.models.survey import SurveyResponse
from consultations.survey_forms import CODE_FIELD
from consultations.survey_responses import (
    AlreadyResponded,
    InvalidInvitationCode,
    record_online_response,
)
from consultations.survey_uniqueness import (
    SUBMISSION_FIELD,
    browser_token,
    new_browser_token,
    respondent_key_for_browser,
    set_browser_cookie,
    signed_form_token,
    submitted_form_token,
)
from participation.spam_protection import within_rate_limit

ALREADY_RESPONDED = _("You have already filled in this survey.")
INVALID_CODE = _("This code is not right or has already been used.")
TOO_MANY = _("You sent the form too often. Please try again in an hour.")


def already_responded(survey, token: str | None) -> bool:
    """True when the browser with ``token`` already has a response to ``survey``."""
    if not token:
        return False
    key = respondent_key_for_browser(survey, token)
    return SurveyResponse.objects.filter(page=survey, respondent_key=key).exists()


def input_phase_start(consultation):
    """The start date of the consultation's input phase, if it has one."""
    for phase in consultation.sorted_phases():
        if phase.kind == PhaseKind.INPUT:
            return phase.starts_on
    return None


def respondent_token(request, survey) -> tuple[str, bool]:
    """This browser's token for ``survey``, and whether its cookie still has to be set.

    The cookie's token; else the one the posted form carries (a resident sending the form again
    after the confirmation, which sets the cookie, was lost); else a new one.
    """
    token = browser_token(request, survey)
    if token:
        return token, False
    if request.method == "POST":
        token = submitted_form_token(request, survey)
    return token or new_browser_token(), True


def serve_survey(survey, request):
    """Handle GET and POST of the survey page."""
    consultation = survey.consultation()
    uses_cookie = not survey.uses_invitation_codes
    token, needs_cookie = respondent_token(request, survey) if uses_cookie else (None, False)
    is_post = request.method == "POST"
    context = survey.get_context(request)
    context.update(consultation=consultation, form=None, state="open")

    if not consultation.is_open_for_input():
        not_yet = consultation.status() == PhaseKind.ANNOUNCED
        context.update(
            state="not_yet" if not_yet else "closed", opens_on=input_phase_start(consultation)
        )
        return _render(survey, request, context, status=403 if is_post else 200)

    def remembered(response):
        """``response`` with the browser's cookie set, if the browser does not have it yet."""
        if needs_cookie:
            set_browser_cookie(response, request, survey, token)
        return response

    if uses_cookie and already_responded(survey, token):
        context.update(state="already", message=ALREADY_RESPONDED)
        return remembered(_render(survey, request, context, status=409 if is_post else 200))

    status = 200
    if is_post:
        form = survey.get_form(request.POST, page=survey, user=request.user)
        if not within_rate_limit(request, f"survey-{survey.pk}"):
            form.is_valid()
            form.add_error(None, TOO_MANY)
            status = 429
        elif form.is_valid():
            try:
                submission = record_online_response(survey, form, token)
            except AlreadyResponded:
                context.update(state="already", message=ALREADY_RESPONDED)
                return remembered(_render(survey, request, context, status=409))
            except InvalidInvitationCode:
                form.add_error(CODE_FIELD, INVALID_CODE)
            else:
                response = survey.render_landing_page(request, submission)
                if uses_cookie:
                    set_browser_cookie(response, request, survey, token)
                return response
    else:
        form = survey.get_form(page=survey, user=request.user)

    context["form"] = form
    if uses_cookie:
        context.update(
            submission_token_field=SUBMISSION_FIELD,
            submission_token=signed_form_token(survey, token),
        )
    return remembered(_render(survey, request, context, status=status))


def _render(survey, request, context, status=200):
    return TemplateResponse(request, survey.get_template(request), context, status=status)
