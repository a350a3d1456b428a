"""Hold, confirm, move and cancel an appointment: the only code that changes a slot's load.

Every change of places happens in one transaction: ``take_places`` adds one to each slot an
appointment needs with a conditional UPDATE (``booked < capacity``) and gives up as a whole when
one slot is full; the CHECK constraint on ``SlotLoad`` refuses an overbooked slot even if a
caller skipped that condition. Moving takes the new places before it gives the old ones back, in
the same transaction: the resident never has two appointments, and never none.

A held booking keeps its places for ``APPOINTMENT_HOLD_MINUTES`` (default 15) while the resident
types their details. ``release_expired_holds`` gives the places of held bookings whose time has
run out back (before every new hold, and as a periodic job).

The link to view, move or cancel an appointment carries a random token; only its SHA-256 hash
is stored, so the database (or a backup of it) cannot be used to open someone's appointment.
"""

import datetime
import hashlib
import hmac
import secrets
from collections.abc import Sequence

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from appointments.models import AppointmentLocation, AppointmentType, Booking, BookingStatus
from appointments.models.bookings import SlotLoad
from appointments.slots import (
    booking_limits,
    closed_reason,
    day_slots,
    opening_windows,
    slot_cells,
    slots_needed,
    total_minutes,
)
from core.working_time import office_time_zone

#: The most appointment types (products) one appointment may combine.
MAX_TYPES_PER_BOOKING = 5
REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


class BookingRefused(ValueError):
    """The request cannot become an appointment; ``message`` says why, for residents (Dutch)."""

    def __init__(self, message: str, reason: str):
        super().__init__(reason)
        self.message = message
        self.reason = reason  # English, for logs


class SlotTaken(BookingRefused):
    """Someone else took the last place of a slot first."""

    def __init__(self):
        super().__init__(
            _("This time has just been booked by someone else. Please choose another time."),
            "slot full",
        )


def hold_minutes() -> int:
    return int(getattr(settings, "APPOINTMENT_HOLD_MINUTES", 15))


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def new_reference() -> str:
    while True:
        reference = "AF-" + "".join(secrets.choice(REFERENCE_ALPHABET) for _index in range(6))
        if not Booking.objects.filter(reference=reference).exists():
            return reference


# Checking a request ---------------------------------------------------------------------------


def check_request(
    location: AppointmentLocation,
    types: Sequence[AppointmentType],
    starts_at: datetime.datetime,
    now: datetime.datetime,
) -> datetime.datetime:
    """Refuse what cannot be booked, with the reason; return the end of the appointment."""
    if not types:
        raise BookingRefused(_("Choose what the appointment is for."), "no type")
    if len(types) > MAX_TYPES_PER_BOOKING:
        raise BookingRefused(
            _("You can combine at most %(count)s products in one appointment.")
            % {"count": MAX_TYPES_PER_BOOKING},
            "too many types",
        )
    if not location.is_active:
        raise BookingRefused(_("This location does not take appointments."), "inactive location")
    offered = set(location.appointment_types.filter(is_active=True).values_list("pk", flat=True))
    if any(kind.pk not in offered for kind in types):
        raise BookingRefused(
            _("This appointment cannot be made at this location."), "type not offered here"
        )
    if timezone.is_naive(starts_at):
        raise BookingRefused(_("This time does not exist."), "naive start time")
    if starts_at <= now:
        raise BookingRefused(_("This time has already passed."), "start in the past")
    earliest, last_day = booking_limits(types, now)
    day = starts_at.astimezone(office_time_zone()).date()
    if day > last_day:
        raise BookingRefused(
            _("You can book at most %(days)s days ahead.")
            % {"days": (last_day - now.astimezone(office_time_zone()).date()).days},
            "beyond horizon",
        )
    if starts_at < earliest:
        raise BookingRefused(
            _("This time is too soon. Please choose a later time."), "inside minimum notice"
        )
    reason = closed_reason(location, day)
    if reason is not None:
        raise BookingRefused(
            _("We are closed on this day: %(reason)s") % {"reason": reason}, "closed day"
        )
    if starts_at not in {slot.starts_at for slot in day_slots(location, types, day, now, False)}:
        raise BookingRefused(_("This time is not available."), "not a slot start")
    return starts_at + datetime.timedelta(minutes=total_minutes(types))


# Places ---------------------------------------------------------------------------------------


def capacity_at(windows, cell: datetime.datetime) -> int:
    """The staff of the opening window ``cell`` falls in (0 outside every window)."""
    for window in windows:
        if window.starts_at <= cell < window.ends_at:
            return window.desks
    return 0


def booking_cells(booking: Booking) -> list[datetime.datetime]:
    slots = slots_needed(booking.location, booking.duration_minutes)
    return slot_cells(booking.location, booking.starts_at, slots)


def take_places(location: AppointmentLocation, cells: Sequence[datetime.datetime]) -> None:
    """One place in every slot of ``cells``, or SlotTaken and none (call inside a transaction)."""
    windows = opening_windows(location, cells[0].date()) if cells else []  # one day's, once
    SlotLoad.objects.bulk_create(
        [
            SlotLoad(location=location, starts_at=cell, capacity=capacity_at(windows, cell))
            for cell in cells
        ],
        ignore_conflicts=True,
    )
    for cell in sorted(cells):  # always in time order: two bookings never wait on each other
        taken = SlotLoad.objects.filter(
            location=location, starts_at=cell, booked__lt=F("capacity")
        ).update(booked=F("booked") + 1)
        if not taken:
            raise SlotTaken()


def give_back_places(location: AppointmentLocation, cells: Sequence[datetime.datetime]) -> None:
    SlotLoad.objects.filter(location=location, starts_at__in=cells, booked__gt=0).update(
        booked=F("booked") - 1
    )


# The steps of a booking -------------------------------------------------------------------------


def hold(
    location: AppointmentLocation,
    types: Sequence[AppointmentType],
    starts_at: datetime.datetime,
    now: datetime.datetime | None = None,
    booked_by=None,
) -> Booking:
    """Take the places for an appointment and keep them for the resident for a short time."""
    now = now or timezone.now()
    types = list(types)
    ends_at = check_request(location, types, starts_at, now)
    release_expired_holds(now)
    with transaction.atomic():
        slots = slots_needed(location, total_minutes(types))
        take_places(location, slot_cells(location, starts_at, slots))
        booking = Booking.objects.create(
            reference=new_reference(),
            location=location,
            starts_at=starts_at,
            ends_at=ends_at,
            status=BookingStatus.HELD,
            hold_expires_at=now + datetime.timedelta(minutes=hold_minutes()),
            booked_by=booked_by,
        )
        booking.types.set(types)
    return booking


def confirm(
    booking: Booking,
    *,
    name: str,
    email: str,
    phone: str = "",
    address: str = "",
    remarks: str = "",
    now: datetime.datetime | None = None,
) -> str:
    """Make a held booking an appointment; return the token of the resident's link."""
    now = now or timezone.now()
    token = secrets.token_urlsafe(24)
    with transaction.atomic():
        locked = Booking.objects.select_for_update().get(pk=booking.pk)
        if locked.status != BookingStatus.HELD:
            raise BookingRefused(
                _(
                    "You took too long to finish; the time was given to others. Please choose again."
                ),
                f"confirm on a {locked.status} booking",
            )
        Booking.objects.filter(pk=booking.pk).update(
            status=BookingStatus.CONFIRMED,
            hold_expires_at=None,
            name=name,
            email=email,
            phone=phone,
            address=address,
            remarks=remarks,
            token_hash=token_digest(token),
            confirmed_at=now,
        )
    booking.refresh_from_db()
    return token


def cancel(booking: Booking, now: datetime.datetime | None = None) -> bool:
    """Cancel an appointment and free its places; False if it was no longer active."""
    now = now or timezone.now()
    with transaction.atomic():
        locked = Booking.objects.select_for_update().select_related("location").get(pk=booking.pk)
        if not locked.is_active:
            return False
        give_back_places(locked.location, booking_cells(locked))
        Booking.objects.filter(pk=booking.pk).update(
            status=BookingStatus.CANCELLED,
            cancelled_at=now,
            hold_expires_at=None,
            sequence=F("sequence") + 1,
        )
    booking.refresh_from_db()
    return True


def move(
    booking: Booking, starts_at: datetime.datetime, now: datetime.datetime | None = None
) -> Booking:
    """Move an appointment to another start at the same location, as one step: the new places
    are taken first, then the old ones are given back (BookingRefused leaves it as it was)."""
    now = now or timezone.now()
    with transaction.atomic():
        locked = Booking.objects.select_for_update().select_related("location").get(pk=booking.pk)
        if not locked.is_active:
            raise BookingRefused(_("This appointment can no longer be changed."), "not active")
        types = list(locked.types.all())
        ends_at = check_request(locked.location, types, starts_at, now)
        old_cells = booking_cells(locked)
        new_cells = slot_cells(locked.location, starts_at, len(old_cells))
        take_places(locked.location, [cell for cell in new_cells if cell not in old_cells])
        give_back_places(locked.location, [cell for cell in old_cells if cell not in new_cells])
        Booking.objects.filter(pk=booking.pk).update(
            starts_at=starts_at, ends_at=ends_at, sequence=F("sequence") + 1
        )
    booking.refresh_from_db()
    return booking


def release_expired_holds(now: datetime.datetime | None = None) -> int:
    """Give back the places of held bookings whose time ran out; how many were released.

    A booking being confirmed at this moment is locked and skipped (``skip_locked``).
    """
    now = now or timezone.now()
    released = 0
    with transaction.atomic():
        expired = (
            Booking.objects.select_for_update(skip_locked=True)
            .select_related("location")
            .filter(status=BookingStatus.HELD, hold_expires_at__lte=now)
        )
        for booking in expired:
            give_back_places(booking.location, booking_cells(booking))
            Booking.objects.filter(pk=booking.pk).update(
                status=BookingStatus.EXPIRED, hold_expires_at=None
            )
            released += 1
    return released


def find_by_token(reference: str, token: str) -> Booking | None:
    """The booking a resident's link opens, or None (the same answer for every wrong part)."""
    booking = Booking.objects.filter(reference=reference).exclude(token_hash="").first()
    if booking is None or not hmac.compare_digest(booking.token_hash, token_digest(token)):
        return None
    return booking
