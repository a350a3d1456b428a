"""Deprecated: consultations' personal data is now removed by ``python manage.py apply_retention``.

The rules (what is removed, and when) live in ``consultations/retention_rules.py`` with every
other retention rule in the register of ``core.retention``. ``anonymise_expired`` runs only the
consultation rules, for old schedules, the ``anonymise_consultations`` command and the background
task; every run is logged in English, with counts only.
"""

import datetime
import logging
from dataclasses import dataclass

from django.utils import timezone

from consultations.retention_rules import expired_consultations
from core.retention import apply_rules, end_of_day

logger = logging.getLogger(__name__)


@dataclass
class AnonymiseReport:
    """What one run removed."""

    consultations: int = 0
    participants: int = 0
    followers: int = 0
    survey_responses: int = 0


def anonymise_expired(today: datetime.date | None = None) -> AnonymiseReport:
    """Apply the consultation rules as on ``today`` (default: now); returns the totals."""
    now = end_of_day(today) if today else timezone.now()
    rows = {
        outcome.rule.label: outcome.rows for outcome in apply_rules(now, app_label="consultations")
    }
    report = AnonymiseReport(
        consultations=expired_consultations(now).count(),
        participants=rows.get("consultations.participant", 0),
        followers=rows.get("consultations.follower", 0),
        survey_responses=rows.get("consultations.surveyresponse", 0),
    )
    logger.info(
        "Anonymiser run for %s: %d consultations past retention date; %d participants, "
        "%d followers, %d survey responses anonymised",
        timezone.localdate(now).isoformat(),
        report.consultations,
        report.participants,
        report.followers,
        report.survey_responses,
    )
    return report
