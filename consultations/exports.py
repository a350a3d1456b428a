"""Exports of all input of one consultation: survey responses, ideas and reactions.

Online and staff-entered input sit side by side; every row says where it came from (its
source), when, its moderation status and what was done with it (disposition). Names and e-mail
addresses are added only for users who may see personal data (``consultations.view_participant``).
Cells that a spreadsheet would run as a formula are prefixed with an apostrophe
(``participation.exports``).
"""

from django.utils import timezone
from django.utils.translation import gettext as _

from consultations.models import Idea, Reaction, SurveyResponse
from consultations.survey_forms import AGE_BANDS
from consultations.survey_results import survey_of
from participation.exports import Sheet

EXPORT_PERMISSIONS = (
    "consultations.view_idea",
    "consultations.view_reaction",
    "consultations.view_surveyresponse",
)
PERSONAL_DATA_PERMISSION = "consultations.view_participant"
KINDS = ("survey", "ideas", "reactions")


def can_export(user) -> bool:
    """Participation staff and superusers may export a consultation's input."""
    return user.is_active and user.has_perms(EXPORT_PERMISSIONS)


def can_see_personal_data(user) -> bool:
    """Only participation staff and superusers see names and e-mail addresses."""
    return user.is_active and user.has_perm(PERSONAL_DATA_PERMISSION)


def _common_header() -> list[str]:
    return [
        _("No."),
        _("Date"),
        _("Source"),
        _("Entered by"),
        _("Moderation status"),
        _("Disposition"),
        _("Reason"),
    ]


def _staff_name(user) -> str:
    return (user.get_full_name() or user.get_username()) if user else ""


def _common_row(item, status="", disposition="", reason="") -> list:
    return [
        item.pk,
        getattr(item, "created_at", None) or getattr(item, "submit_time", None),
        item.get_source_display(),
        _staff_name(item.entered_by),
        status,
        disposition,
        reason,
    ]


def _personal(participant) -> list[str]:
    if participant is None:
        return ["", ""]
    return [participant.name, participant.email]


def _answer_text(question, value):
    if question.field_type == "age_band":
        return str(dict(AGE_BANDS).get(value, value or ""))
    return value


def survey_sheet(consultation, personal: bool) -> Sheet:
    """One row per survey response, one column per question."""
    sheet = Sheet("survey", _("Survey"), _common_header())
    survey = survey_of(consultation)
    if survey is None:
        return sheet
    questions = list(survey.get_form_fields())
    sheet.header += [question.label for question in questions]
    if personal:
        sheet.header += [_("Name"), _("E-mail")]
    responses = (
        SurveyResponse.objects.filter(page=survey)
        .select_related("participant", "entered_by")
        .order_by("submit_time", "pk")
    )
    for response in responses:
        answers = response.form_data or {}
        row = _common_row(response)
        row += [_answer_text(q, answers.get(q.clean_name)) for q in questions]
        if personal:
            row += _personal(response.participant)
        sheet.rows.append(row)
    return sheet


def ideas_sheet(consultation, personal: bool) -> Sheet:
    """One row per idea, online and entered by staff."""
    header = [*_common_header(), _("Title"), _("Description"), _("Neighbourhood"), _("Photo")]
    if personal:
        header += [_("Name"), _("E-mail")]
    sheet = Sheet("ideas", _("Ideas"), header)
    ideas = (
        Idea.objects.filter(consultation=consultation)
        .select_related("participant", "entered_by")
        .order_by("created_at", "pk")
    )
    for idea in ideas:
        row = _common_row(
            idea,
            idea.get_status_display(),
            idea.get_disposition_display(),
            idea.disposition_reason,
        )
        row += [idea.title, idea.description, idea.neighbourhood, _("yes") if idea.image else ""]
        if personal:
            row += _personal(idea.participant)
        sheet.rows.append(row)
    return sheet


def reactions_sheet(consultation, personal: bool) -> Sheet:
    """One row per reaction, with the idea it reacts to."""
    header = [*_common_header(), _("Reaction"), _("On idea"), _("Times reported")]
    if personal:
        header += [_("Name"), _("E-mail")]
    sheet = Sheet("reactions", _("Reactions"), header)
    reactions = (
        Reaction.objects.filter(consultation=consultation)
        .select_related("participant", "entered_by", "idea")
        .order_by("created_at", "pk")
    )
    for reaction in reactions:
        row = _common_row(
            reaction,
            reaction.get_status_display(),
            reaction.get_disposition_display(),
            reaction.disposition_reason,
        )
        row += [reaction.text, reaction.idea.title if reaction.idea else "", reaction.report_count]
        if personal:
            row += _personal(reaction.participant)
        sheet.rows.append(row)
    return sheet


SHEET_BUILDERS = {"survey": survey_sheet, "ideas": ideas_sheet, "reactions": reactions_sheet}


def export_sheets(consultation, personal: bool) -> list[Sheet]:
    """All input of ``consultation``; ``personal`` adds name and e-mail columns."""
    return [build(consultation, personal) for build in SHEET_BUILDERS.values()]


def export_filename(consultation, kind: str, extension: str) -> str:
    """A file name such as ``inbreng-42-ideas-2026-05-01.csv``."""
    return f"inbreng-{consultation.pk}-{kind}-{timezone.localdate().isoformat()}.{extension}"
