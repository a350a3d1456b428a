"""How long the background tasks keep what they carried (see ``core.retention``).

A queued e-mail (``core.task_email``) holds the recipient's address and the message until the
worker has sent it; the finished task result keeps a copy. Finished task results (sent,
failed or given up) are deleted ``TASK_RESULT_RETENTION_DAYS`` (default 2) days after they
finished: long enough to look into a failure, not longer. Tasks still waiting are never deleted.
"""

import datetime

from django.utils.translation import gettext_lazy as _
from django_tasks_db.models import DBTaskResult

from core.retention import LegalBasis, PrivacyNotice, RetentionRule, register


def _finished_task_results(now, days):
    return DBTaskResult.objects.filter(
        finished_at__isnull=False, finished_at__lte=now - datetime.timedelta(days=days)
    )


register(
    RetentionRule(
        model="django_tasks_database.DBTaskResult",
        expired=_finished_task_results,
        clock="the background task finished",
        delete_rows=True,
        days_setting="TASK_RESULT_RETENTION_DAYS",
        default_days=2,
    ),
    notice=PrivacyNotice(
        data=_("The e-mails we send you, while they wait to be sent"),
        purpose=_("To send the e-mail and to look into it when sending fails."),
        legal_basis=LegalBasis.PUBLIC_TASK,
        term=_("%(days)s days after sending."),
    ),
)
