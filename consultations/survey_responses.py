"""Saving survey responses, online and entered by staff, in one place.

Both paths store the same answers the same way, so staff-entered responses count in the results
and exports exactly like online ones. An e-mail address goes into a separate ``Participant``.
"""

import logging

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

from consultations.emails import send_consultation_email
from consultations.models.contributions import Participant, Source
from consultations.models.survey import SurveyResponse
from consultations.survey_uniqueness import (
    redeem_invitation_code,
    respondent_key_for_browser,
    respondent_key_for_code,
)

logger = logging.getLogger(__name__)

STAFF_ENTRY_ACTION = "consultations.survey_response_entered"


class AlreadyResponded(Exception):
    """This browser or invitation code already gave a response."""


class InvalidInvitationCode(Exception):
    """The invitation code is unknown, belongs to another survey or has been used."""


def _participant_for(survey, email: str) -> Participant | None:
    if not email:
        return None
    return Participant.objects.create(consultation=survey.consultation(), email=email)


def record_online_response(survey, form, browser_token: str | None) -> SurveyResponse:
    """Save a resident's response; one per browser token or invitation code.

    Raises ``AlreadyResponded`` or ``InvalidInvitationCode``; nothing is saved then.
    """
    try:
        with transaction.atomic():
            if survey.uses_invitation_codes:
                code = form.invitation_code()
                if not redeem_invitation_code(survey, code, timezone.now()):
                    raise InvalidInvitationCode
                key = respondent_key_for_code(survey, code)
            else:
                key = respondent_key_for_browser(survey, browser_token)
                if SurveyResponse.objects.filter(page=survey, respondent_key=key).exists():
                    raise AlreadyResponded
            response = SurveyResponse.objects.create(
                page=survey,
                form_data=form.answers(),
                source=Source.ONLINE,
                respondent_key=key,
                participant=_participant_for(survey, form.email()),
            )
    except IntegrityError as error:
        logger.info("Second survey response refused for survey %s", survey.pk)
        raise AlreadyResponded from error
    logger.info("Survey response %s saved for survey %s", response.pk, survey.pk)
    _confirm(survey, response)
    return response


def record_staff_response(survey, form, user) -> SurveyResponse:
    """Save a response that staff typed in from paper or a meeting; logged in the audit log."""
    with transaction.atomic():
        response = SurveyResponse.objects.create(
            page=survey,
            form_data=form.answers(),
            source=form.source(),
            respondent_key=None,
            participant=_participant_for(survey, form.email()),
            entered_by=user,
        )
        log(instance=response, action=STAFF_ENTRY_ACTION, user=user)
    logger.info(
        "Survey response %s entered by staff for survey %s (%s)",
        response.pk,
        survey.pk,
        response.source,
    )
    _confirm(survey, response)
    return response


def _confirm(survey, response: SurveyResponse) -> None:
    """E-mail a confirmation when the respondent left an address."""
    participant = response.participant
    if participant is None or not participant.email:
        return
    try:
        send_consultation_email(
            participant.email,
            survey.consultation(),
            _("Thank you for filling in the survey"),
            "consultations/email/survey_received.txt",
            {"survey": survey},
        )
    except OSError:
        # The response counts even when the mail server is down; the e-mail is a courtesy.
        logger.exception("Survey confirmation e-mail failed for survey %s", survey.pk)
