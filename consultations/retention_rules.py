"""How long consultations keep personal data (see ``home.retention``).

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

from consultations.models import ConsultationPage, ConsultationSurveyPage
from home.retention import BLANK, NULL, SCRUB, RetentionRule, declare_not_personal, register

CLOCK = "the consultation's retention date"


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
    from consultations.models import Follower

    never_confirmed = Q(
        confirmed_at__isnull=True, created_at__lte=now - datetime.timedelta(days=days)
    )
    return Follower.objects.filter(Q(consultation__in=expired_consultations(now)) | never_confirmed)


def _expired_survey_responses(now, _days):
    from consultations.models import SurveyResponse

    survey_ids = []
    for consultation in expired_consultations(now):
        survey_ids += ConsultationSurveyPage.objects.child_of(consultation).values_list(
            "pk", flat=True
        )
    return SurveyResponse.objects.filter(page_id__in=survey_ids)


register(
    RetentionRule(
        model="consultations.Participant",
        expired=_past_retention_date("Participant"),
        clock=CLOCK,
        fields={"name": BLANK, "email": BLANK},
    )
)
register(
    RetentionRule(
        model="consultations.Follower",
        expired=_expired_followers,
        clock=f"signing up without confirming, or {CLOCK}",
        delete_rows=True,
        days_setting="UNCONFIRMED_FOLLOWER_RETENTION_DAYS",
        default_days=30,
    )
)
register(
    RetentionRule(
        model="consultations.SurveyResponse",
        expired=_expired_survey_responses,
        clock=CLOCK,
        fields={"respondent_key": NULL, "form_data": SCRUB},
    )
)
register(
    RetentionRule(
        model="consultations.Idea",
        expired=_past_retention_date("Idea"),
        clock=CLOCK,
        fields={"title": SCRUB, "description": SCRUB},
    )
)
register(
    RetentionRule(
        model="consultations.Reaction",
        expired=_past_retention_date("Reaction"),
        clock=CLOCK,
        fields={"text": SCRUB},
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
