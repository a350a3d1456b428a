"""The steps a team takes on a callback or contact request: claim, note, hand over, close.

Each step locks the request (``select_for_update``) in one transaction, refuses a closed request,
writes one entry in Wagtail's audit log (``front_office.request.<step>``) and sends at most one
e-mail, after the transaction has been committed: the closing message to the resident
(``send_closed_email``) and the hand-over message to the new team (``send_handover_email``).
Whether the user may take the step is checked by the caller (``front_office.admin.access``).
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

from front_office.emails import send_closed_email, send_handover_email
from front_office.models import ContactRequest, HandlingTeam, RequestNote, RequestStatus
from front_office.models.requests import NOTE_MAX_LENGTH, ClosingOutcome

ACTION_PREFIX = "front_office.request."


class RequestClosedError(ValidationError):
    """The request is closed: nothing about it can change any more."""

    def __init__(self):
        super().__init__(_("This request is closed and cannot be changed."), code="closed")


def _locked(request_obj: ContactRequest) -> ContactRequest:
    """The request, locked for the rest of the transaction; refused when it is closed."""
    locked = ContactRequest.objects.select_for_update().get(pk=request_obj.pk)
    if locked.is_closed:
        raise RequestClosedError
    return locked


def _note_text(text: str, *, required: bool) -> str:
    text = (text or "").strip()
    if required and not text:
        raise ValidationError(_("Write a note."), code="required")
    if len(text) > NOTE_MAX_LENGTH:
        raise ValidationError(
            _("Write at most %(max)d characters.") % {"max": NOTE_MAX_LENGTH}, code="max_length"
        )
    return text


def _log(request_obj: ContactRequest, step: str, user, **data) -> None:
    log(
        request_obj,
        ACTION_PREFIX + step,
        user=user,
        data={"reference": request_obj.reference, **data},
    )


def claim(request_obj: ContactRequest, user) -> ContactRequest:
    """Assign the request to ``user`` and mark it in progress."""
    with transaction.atomic():
        locked = _locked(request_obj)
        previous = locked.assigned_to_id
        locked.assigned_to = user
        locked.status = RequestStatus.IN_PROGRESS
        locked.save(update_fields=["assigned_to", "status"])
        _log(locked, "claim", user, previous_handler=previous)
    return locked


def add_note(request_obj: ContactRequest, user, text: str, *, now=None) -> RequestNote:
    """Add a note by ``user`` to the request."""
    text = _note_text(text, required=True)
    with transaction.atomic():
        locked = _locked(request_obj)
        note = RequestNote.objects.create(
            request=locked, author=user, text=text, created_at=now or timezone.now()
        )
        _log(locked, "note", user, note=note.pk)
    return note


def hand_over(
    request_obj: ContactRequest, user, to_team: HandlingTeam, reason: str, *, now=None
) -> ContactRequest:
    """Pass the request to another team with a reason: a note, the new team, nobody assigned.

    The new team's mailbox gets one e-mail.
    """
    reason = _note_text(reason, required=True)
    with transaction.atomic():
        locked = _locked(request_obj)
        if to_team.pk == locked.team_id:
            raise ValidationError(_("Choose another team."), code="same_team")
        if not to_team.takes_requests:
            raise ValidationError(_("This team does not take requests."), code="team")
        from_team = locked.team
        RequestNote.objects.create(
            request=locked, author=user, text=reason, created_at=now or timezone.now()
        )
        locked.team = to_team
        locked.assigned_to = None
        locked.status = RequestStatus.OPEN
        locked.save(update_fields=["team", "assigned_to", "status"])
        _log(locked, "hand_over", user, from_team=from_team.pk, to_team=to_team.pk)
        transaction.on_commit(lambda: send_handover_email(locked, from_team, reason))
    return locked


def close(request_obj: ContactRequest, user, outcome: str, note: str = "", *, now=None):
    """Close the request with an outcome (and an optional note); the resident gets one e-mail."""
    if outcome not in ClosingOutcome.values:
        raise ValidationError(_("Choose an outcome."), code="outcome")
    note = _note_text(note, required=False)
    now = now or timezone.now()
    with transaction.atomic():
        locked = _locked(request_obj)
        if note:
            RequestNote.objects.create(request=locked, author=user, text=note, created_at=now)
        locked.status = RequestStatus.CLOSED
        locked.outcome = outcome
        locked.closed_at = now
        if locked.assigned_to_id is None:
            locked.assigned_to = user
        locked.save(update_fields=["status", "outcome", "closed_at", "assigned_to"])
        _log(locked, "close", user, outcome=outcome, in_time=locked.handled_in_time())
        transaction.on_commit(lambda: send_closed_email(locked))
    return locked
