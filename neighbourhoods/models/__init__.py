"""Models of the neighbourhoods app, one module per concern."""

from neighbourhoods.models.initiatives import (
    PUBLIC_STATUSES,
    Initiative,
    InitiativePhoto,
    InitiativeStatus,
    InitiativeStatusChange,
    NeighbourhoodBudget,
)
from neighbourhoods.models.meetings import (
    Meeting,
    MeetingKind,
    OfficeHoursCancellation,
    RecurringOfficeHours,
    Weekday,
    WeekOfMonth,
)
from neighbourhoods.models.pages import AreaContact, AreaIndexPage, AreaPage, ContactRole
from neighbourhoods.models.postcodes import PostcodeArea

__all__ = [
    "PUBLIC_STATUSES",
    "AreaContact",
    "AreaIndexPage",
    "AreaPage",
    "ContactRole",
    "Initiative",
    "InitiativePhoto",
    "InitiativeStatus",
    "InitiativeStatusChange",
    "Meeting",
    "MeetingKind",
    "NeighbourhoodBudget",
    "OfficeHoursCancellation",
    "PostcodeArea",
    "RecurringOfficeHours",
    "WeekOfMonth",
    "Weekday",
]
