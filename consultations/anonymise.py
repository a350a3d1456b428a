"""Remove personal data of consultations whose retention date has come; keep all the input.

On and after a consultation's ``retention_date``: participants' names and e-mail addresses are
blanked (``anonymised_at`` is set), followers are deleted, survey responses lose their respondent
key, and e-mail addresses, phone numbers and similar details that people typed into free-text
survey answers are replaced. Ideas, reactions and answers themselves stay. Running it again
changes nothing (idempotent); every run is logged in English.
"""

import datetime
import logging
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from consultations.models import (
    ConsultationPage,
    ConsultationSurveyPage,
    Follower,
    Participant,
    SurveyResponse,
)
from consultations.survey_forms import TEXT_TYPES
from home.feedback_scrubbing import scrub_personal_data

logger = logging.getLogger(__name__)


@dataclass
class AnonymiseReport:
    """What one run removed."""

    consultations: int = 0
    participants: int = 0
    followers: int = 0
    survey_responses: int = 0


def expired_consultations(today: datetime.date):
    """Consultations whose retention date is today or earlier."""
    return ConsultationPage.objects.filter(retention_date__isnull=False, retention_date__lte=today)


def _scrub_answers(response, text_names: set[str]) -> bool:
    """Remove the respondent key and personal details typed into free text; True if changed."""
    changed = response.respondent_key is not None
    response.respondent_key = None
    data = dict(response.form_data or {})
    for name in text_names:
        value = data.get(name)
        if isinstance(value, str) and value:
            scrubbed = scrub_personal_data(value)
            if scrubbed != value:
                data[name] = scrubbed
                changed = True
    response.form_data = data
    return changed


def anonymise_consultation(consultation, now) -> AnonymiseReport:
    """Remove the personal data of one consultation."""
    report = AnonymiseReport(consultations=1)
    report.participants = Participant.objects.filter(
        consultation=consultation, anonymised_at__isnull=True
    ).update(name="", email="", anonymised_at=now)
    report.followers, _ = Follower.objects.filter(consultation=consultation).delete()
    for survey in ConsultationSurveyPage.objects.child_of(consultation):
        text_names = {
            question.clean_name
            for question in survey.get_form_fields()
            if question.field_type in (*TEXT_TYPES, "email")
        }
        for response in SurveyResponse.objects.filter(page=survey):
            if _scrub_answers(response, text_names):
                response.save(update_fields=["respondent_key", "form_data"])
                report.survey_responses += 1
    return report


def anonymise_expired(today: datetime.date | None = None) -> AnonymiseReport:
    """Anonymise every consultation whose retention date has come; returns the totals."""
    today = today or timezone.localdate()
    now = timezone.now()
    total = AnonymiseReport()
    for consultation in expired_consultations(today):
        with transaction.atomic():
            report = anonymise_consultation(consultation, now)
        total.consultations += 1
        total.participants += report.participants
        total.followers += report.followers
        total.survey_responses += report.survey_responses
        if report.participants or report.followers or report.survey_responses:
            logger.info(
                "Consultation %s anonymised: %d participants, %d followers, %d survey responses",
                consultation.pk,
                report.participants,
                report.followers,
                report.survey_responses,
            )
    logger.info(
        "Anonymiser run for %s: %d consultations past retention date; %d participants, "
        "%d followers, %d survey responses anonymised",
        today.isoformat(),
        total.consultations,
        total.participants,
        total.followers,
        total.survey_responses,
    )
    return total
