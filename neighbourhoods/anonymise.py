"""Deprecated: initiators' contact details are now removed by ``python manage.py apply_retention``.

The rule lives in ``neighbourhoods/retention_rules.py`` with every other retention rule in the
register of ``core.retention``. ``anonymise_expired`` runs only that rule, for old schedules and
the ``anonymise_initiatives`` command; every run is logged in English, with counts only.
"""

import datetime
import logging

from django.utils import timezone

from core.retention import apply_rules
from neighbourhoods.retention_rules import ANONYMISED_EMAIL, INITIATIVE_CONTACT

__all__ = ["ANONYMISED_EMAIL", "anonymise_expired", "retention_days"]

logger = logging.getLogger(__name__)


def retention_days() -> int:
    """Days we keep contact details after an initiative's final status."""
    return INITIATIVE_CONTACT.retention_days()


def anonymise_expired(now: datetime.datetime | None = None) -> int:
    """Blank the contact details of every expired initiative; returns how many were changed."""
    now = now or timezone.now()
    outcomes = apply_rules(now, app_label="neighbourhoods")
    count = sum(outcome.rows for outcome in outcomes if outcome.rule is INITIATIVE_CONTACT)
    logger.info(
        "Initiative anonymiser run at %s (retention %d days): %d initiatives anonymised",
        now.isoformat(timespec="seconds"),
        retention_days(),
        count,
    )
    return count
