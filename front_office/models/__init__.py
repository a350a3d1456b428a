"""The front office's data: contacts, requests that need a follow-up, and the teams that handle them."""

from front_office.models.contacts import ContactChannel, ContactMoment, ContactOutcome
from front_office.models.requests import ContactRequest, RequestKind, RequestNote, RequestStatus
from front_office.models.teams import HandlingTeam

__all__ = [
    "ContactChannel",
    "ContactMoment",
    "ContactOutcome",
    "ContactRequest",
    "HandlingTeam",
    "RequestKind",
    "RequestNote",
    "RequestStatus",
]
