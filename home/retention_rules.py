"""How long the site's own feedback keeps what residents typed (see ``core.retention``).

The comment after a "no" to "was this page helpful?" is scrubbed when it is stored, but it is
free text: ``PAGE_FEEDBACK_COMMENT_RETENTION_DAYS`` (default 365) days after the answer it is
blanked; the yes/no answer stays for the statistics. The municipality's own contact details in
the site settings are public and not personal data.
"""

import datetime

from django.utils.translation import gettext_lazy as _

from core.retention import (
    BLANK,
    LegalBasis,
    PrivacyNotice,
    RetentionRule,
    declare_not_personal,
    register,
)
from home.models.feedback import PageFeedback


def _expired_feedback_comments(now, days):
    return PageFeedback.objects.filter(created_at__lte=now - datetime.timedelta(days=days))


register(
    RetentionRule(
        model="home.PageFeedback",
        expired=_expired_feedback_comments,
        clock="the answer was given",
        fields={"comment": BLANK},
        days_setting="PAGE_FEEDBACK_COMMENT_RETENTION_DAYS",
        default_days=365,
        notice=PrivacyNotice(
            data=_('What you type after "no" to the question "Did this page help you?"'),
            purpose=_("To make the page better. We do not ask who you are."),
            legal_basis=LegalBasis.PUBLIC_TASK,
            term=_("%(days)s days after you sent it. We keep your yes or no."),
        ),
    )
)
declare_not_personal(
    "home.ContactSettings",
    [
        "organisation_name",
        "visiting_address",
        "postal_address",
        "phone",
        "international_phone",
        "opening_hours",
        "opening_hours_en",
        "email",
    ],
    "the municipality's own public contact details",
)
