"""Remove the contact details of initiatives some time after their final status.

``INITIATIVE_CONTACT_RETENTION_DAYS`` (default 365) days after an initiative was not approved or
was carried out, the name and phone number of its contact person are blanked and the e-mail
address is replaced by ``ANONYMISED_EMAIL`` (the field must hold a valid address; ``.invalid``
can never receive mail). The initiative itself stays. Running it again changes nothing
(idempotent); every run is logged in English, with counts only.
"""

import datetime
import logging

from django.conf import settings
from django.utils import timezone

from neighbourhoods.initiative_status import FINAL_STATUSES
from neighbourhoods.models import Initiative

logger = logging.getLogger(__name__)

ANONYMISED_EMAIL = "verwijderd@anoniem.invalid"
DEFAULT_RETENTION_DAYS = 365


def retention_days() -> int:
    """Days we keep contact details after an initiative's final status."""
    return getattr(settings, "INITIATIVE_CONTACT_RETENTION_DAYS", DEFAULT_RETENTION_DAYS)


def expired_initiatives(now: datetime.datetime):
    """Initiatives whose final status is older than the retention period, not yet anonymised."""
    cutoff = now - datetime.timedelta(days=retention_days())
    return Initiative.objects.filter(
        status__in=FINAL_STATUSES,
        status_changed_at__lte=cutoff,
        contact_anonymised_at__isnull=True,
    )


def anonymise_expired(now: datetime.datetime | None = None) -> int:
    """Blank the contact details of every expired initiative; returns how many were changed."""
    now = now or timezone.now()
    count = expired_initiatives(now).update(
        contact_name="", contact_phone="", contact_email=ANONYMISED_EMAIL, contact_anonymised_at=now
    )
    logger.info(
        "Initiative anonymiser run at %s (retention %d days): %d initiatives anonymised",
        now.isoformat(timespec="seconds"),
        retention_days(),
        count,
    )
    return count
