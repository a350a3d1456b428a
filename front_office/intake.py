"""Taking in a callback or contact request: reference number, team, due time, audit log, e-mail.

``create_request`` is the one way a request comes in, from the resident's form on the website
and from a contact the contact centre registers in the Kennisbank.

- The reference number is ``TB-<year>-<number>`` for a callback ("terugbelverzoek") and
  ``CV-<year>-<number>`` for a question ("contactverzoek"); the number is the row's primary key,
  so two requests can never get the same number, also when they come in at the same moment.
- The due time is the receipt time plus the target of the service norm measured as
  ``callback-handled`` (callbacks) or ``written-answer`` (questions), counted in working days
  and office hours (``core.working_time``). Without such a norm the setting
  ``FRONT_OFFICE_DEFAULT_DUE_WORKING_DAYS`` (default 2 for callbacks, 5 for questions) counts.
- A website request without a team goes to the team whose group is named in
  ``FRONT_OFFICE_WEBSITE_TEAM`` (default "KCC-medewerkers", the contact centre's group); nothing is created implicitly.
- The step is in Wagtail's audit log; the confirmation e-mail goes after the commit when the
  resident gave an e-mail address.
"""

import math
import uuid
from datetime import datetime

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log

from core.working_time import add_working_days, add_working_hours
from front_office.emails import send_confirmation_email
from front_office.models import ContactRequest, HandlingTeam, RequestKind
from service_norms.models import ServiceNorm

REFERENCE_PREFIXES = {RequestKind.CALLBACK: "TB", RequestKind.QUESTION: "CV"}
NORM_MEASURES = {RequestKind.CALLBACK: "callback-handled", RequestKind.QUESTION: "written-answer"}
DEFAULT_DUE_WORKING_DAYS = {"callback": 2, "question": 5}
DEFAULT_WEBSITE_TEAM = "KCC-medewerkers"


def website_team() -> HandlingTeam:
    """The team that receives the website's requests; refuses clearly when it does not exist."""
    name = getattr(settings, "FRONT_OFFICE_WEBSITE_TEAM", DEFAULT_WEBSITE_TEAM)
    team = HandlingTeam.objects.filter(group__name=name).select_related("group").first()
    if team is None:
        raise ImproperlyConfigured(
            f"No handling team for the group {name!r} (FRONT_OFFICE_WEBSITE_TEAM): create it in "
            "the admin before residents can send requests."
        )
    return team


def handling_norm(kind: str) -> ServiceNorm | None:
    """The service norm that sets the due time of requests of ``kind``, in the active language
    when it is translated; None when no norm is measured that way."""
    norm = ServiceNorm.objects.filter(measured_as=NORM_MEASURES[kind]).order_by("pk").first()
    return norm.localized if norm is not None else None


def default_due_working_days(kind: str) -> int:
    """The working days a request of ``kind`` gets when no service norm sets them."""
    defaults = getattr(settings, "FRONT_OFFICE_DEFAULT_DUE_WORKING_DAYS", DEFAULT_DUE_WORKING_DAYS)
    return int(defaults[str(kind)])


def form_intro(kind: str) -> dict:
    """What a resident's form says about when we answer: the norm's own promise, or the
    default working days when no norm is measured from these requests."""
    norm = handling_norm(kind)
    return {
        "kind": kind,
        "norm_promise": norm.promise if norm is not None else "",
        "due_working_days": default_due_working_days(kind),
    }


def due_time(kind: str, received_at: datetime) -> datetime:
    """When a request of ``kind`` received at ``received_at`` must be handled."""
    norm = handling_norm(kind)
    if norm is not None:
        value = float(norm.target_value)
        if norm.target_unit == "working_days":
            return add_working_days(received_at, math.ceil(value))
        if norm.target_unit == "hours":
            return add_working_hours(received_at, value)
    return add_working_days(received_at, default_due_working_days(kind))


def reference_for(kind: str, year: int, number: int) -> str:
    return f"{REFERENCE_PREFIXES[kind]}-{year}-{number:05d}"


def create_request(
    *,
    kind,
    source,
    team,
    subject,
    question,
    name="",
    phone="",
    email="",
    preferred_time="any",
    product=None,
    contact=None,
    language="nl",
    now=None,
    user=None,
) -> ContactRequest:
    """Register a request, give it a reference number and a due time, log it, confirm by e-mail.

    ``team`` None means the website team (``website_team()``).
    """
    now = now or timezone.now()
    if team is None:
        team = website_team()
    with transaction.atomic():
        request = ContactRequest.objects.create(
            reference=f"new-{uuid.uuid4().hex[:16]}",
            kind=kind,
            source=source,
            team=team,
            subject=subject,
            question=question,
            name=name,
            phone=phone,
            email=email,
            preferred_time=preferred_time or "any",
            product=product,
            contact=contact,
            language=language,
            created_at=now,
            due_at=due_time(kind, now),
        )
        year = timezone.localtime(now).year
        request.reference = reference_for(kind, year, request.pk)
        ContactRequest.objects.filter(pk=request.pk).update(reference=request.reference)
        log(request, "front_office.request.create", user=user)
        if email:
            transaction.on_commit(lambda: send_confirmation_email(request))
    return request
