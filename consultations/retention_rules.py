"""How long consultations keep personal data (see ``core.retention``).

The clock is the consultation's own retention date, part of its rules of the game: on and after
that date participants' names and e-mail addresses are blanked, followers are deleted, survey
responses lose their respondent key, and e-mail addresses, phone numbers and the like that people
typed into survey answers, ideas and reactions are removed. The input itself stays. Followers who
never confirmed their address are deleted ``UNCONFIRMED_FOLLOWER_RETENTION_DAYS`` after they
signed up, whatever the retention date.
"""

import datetime

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from consultations.models import (
    ConsultationPage,
    ConsultationSurveyPage,
    Follower,
    Participant,
    SurveyResponse,
)
from core.retention import (
    NULL,
    SCRUB,
    LegalBasis,
    PrivacyNotice,
    RetentionRule,
    declare_not_personal,
    register,
)

CLOCK = "the consultation's retention date"
#: How long, for residents: the date every consultation sets in its rules of the game.
UNTIL_RETENTION_DATE = _("Until the end date in the rules of the game of the consultation.")


def expired_consultations(now: datetime.datetime):
    """Consultations whose retention date is the day of ``now`` or earlier."""
    return ConsultationPage.objects.filter(
        retention_date__isnull=False, retention_date__lte=timezone.localdate(now)
    )


def _past_retention_date(model_name: str):
    """``expired`` for a model with a ``consultation`` foreign key."""

    def expired(now, _days):
        from django.apps import apps

        return apps.get_model("consultations", model_name).objects.filter(
            consultation__in=expired_consultations(now)
        )

    return expired


def _expired_followers(now, days):
    never_confirmed = Q(
        confirmed_at__isnull=True, created_at__lte=now - datetime.timedelta(days=days)
    )
    return Follower.objects.filter(Q(consultation__in=expired_consultations(now)) | never_confirmed)


def _expired_survey_responses(now, _days):
    survey_ids = []
    for consultation in expired_consultations(now):
        survey_ids += ConsultationSurveyPage.objects.child_of(consultation).values_list(
            "pk", flat=True
        )
    return SurveyResponse.objects.filter(page_id__in=survey_ids)


register(
    Participant.contact_retention_rule(expired=_past_retention_date("Participant"), clock=CLOCK),
    notice=PrivacyNotice(
        data=_("Your name and e-mail address when you take part in a consultation"),
        purpose=_("To send you news about the consultation and what we did with your input."),
        legal_basis=LegalBasis.CONSENT,
        term=UNTIL_RETENTION_DATE,
    ),
)
register(
    RetentionRule(
        model="consultations.Follower",
        expired=_expired_followers,
        clock=f"signing up without confirming, or {CLOCK}",
        delete_rows=True,
        days_setting="UNCONFIRMED_FOLLOWER_RETENTION_DAYS",
        default_days=30,
        notice=PrivacyNotice(
            data=_("Your e-mail address when you follow a consultation"),
            purpose=_("To e-mail you when the consultation goes to a new step."),
            legal_basis=LegalBasis.CONSENT,
            term=_(
                "Until the end date in the rules of the game of the consultation. Did you not "
                "confirm your e-mail address? Then we delete it after %(days)s days."
            ),
        ),
    )
)
register(
    RetentionRule(
        model="consultations.SurveyResponse",
        expired=_expired_survey_responses,
        clock=CLOCK,
        fields={"respondent_key": NULL, "form_data": SCRUB},
        notice=PrivacyNotice(
            data=_("Your answers to a survey"),
            purpose=_("To use your opinion in the consultation, and to count each answer once."),
            legal_basis=LegalBasis.PUBLIC_TASK,
            term=UNTIL_RETENTION_DATE,
        ),
    )
)
register(
    RetentionRule(
        model="consultations.Idea",
        expired=_past_retention_date("Idea"),
        clock=CLOCK,
        fields={"title": SCRUB, "description": SCRUB},
        notice=PrivacyNotice(
            data=_("Your idea in a consultation"),
            purpose=_("To show your idea on the website and to use it in the consultation."),
            legal_basis=LegalBasis.PUBLIC_TASK,
            term=UNTIL_RETENTION_DATE,
        ),
    )
)
register(
    RetentionRule(
        model="consultations.Reaction",
        expired=_past_retention_date("Reaction"),
        clock=CLOCK,
        fields={"text": SCRUB},
        notice=PrivacyNotice(
            data=_("Your reaction to an idea"),
            purpose=_("To show your reaction on the website and to use it in the consultation."),
            legal_basis=LegalBasis.PUBLIC_TASK,
            term=UNTIL_RETENTION_DATE,
        ),
    )
)
declare_not_personal(
    "consultations.ConsultationPage",
    ["contact_name", "contact_email", "contact_phone"],
    "the municipality's contact person for the consultation: work contact details, public",
)
declare_not_personal(
    "consultations.SurveyField",
    ["clean_name"],
    "the machine name of a survey question, not a person's name",
)
