"""The appointment models: what can be booked where, when it can be booked, and the bookings."""

from appointments.models.bookings import Booking, BookingStatus, SlotLoad
from appointments.models.offer import AppointmentLocation, AppointmentType, LocationKind
from appointments.models.schedule import Closure, OpeningRule, Weekday

__all__ = [
    "AppointmentLocation",
    "AppointmentType",
    "Booking",
    "BookingStatus",
    "Closure",
    "LocationKind",
    "OpeningRule",
    "SlotLoad",
    "Weekday",
]
