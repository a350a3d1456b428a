"""How long the site's own feedback keeps what residents typed (see ``home.retention``).

The comment after a "no" to "was this page helpful?" is scrubbed when it is stored, but it is
free text: ``PAGE_FEEDBACK_COMMENT_RETENTION_DAYS`` (default 365) days after the answer it is
blanked; the yes/no answer stays for the statistics. The municipality's own contact details in
the site settings are public and not personal data.
"""

import datetime

from home.retention import BLANK, RetentionRule, declare_not_personal, register


def _expired_feedback_comments(now, days):
    from home.models import PageFeedback

    return PageFeedback.objects.filter(created_at__lte=now - datetime.timedelta(days=days))


register(
    RetentionRule(
        model="home.PageFeedback",
        expired=_expired_feedback_comments,
        clock="the answer was given",
        fields={"comment": BLANK},
        days_setting="PAGE_FEEDBACK_COMMENT_RETENTION_DAYS",
        default_days=365,
    )
)
declare_not_personal(
    "home.ContactSettings",
    ["organisation_name", "visiting_address", "postal_address", "phone", "email"],
    "the municipality's own public contact details",
)
