"""The day agenda per location: who comes when and for what; mark arrived or no-show, block or
free a slot, cancel a whole day (illness, closure) and tell every resident, export the day.

Seeing the agenda needs the "view booking" permission; changing anything needs "change booking".
Every change goes through ``appointments.booking`` (places) or a conditional update (status), and
is recorded in Wagtail's audit log.
"""

import csv
import datetime

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import F
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.log_actions import log

from appointments.cancelling import cancel_session
from appointments.models import AppointmentLocation, Booking, BookingStatus
from appointments.models.bookings import SlotLoad
from appointments.slots import local, opening_windows, slot_starts
from core.spreadsheet_safety import defused_row
from core.working_time import office_time_zone

URL_NAMESPACE = "appointments_agenda"
CANCEL_REASON_MAX_LENGTH = 200


def may_view(user) -> bool:
    return user.has_perm("appointments.view_booking")


def may_change(user) -> bool:
    return user.has_perm("appointments.change_booking")


def chosen(request) -> tuple[AppointmentLocation | None, datetime.date]:
    locations = AppointmentLocation.objects.filter(is_active=True)
    source = request.POST if request.method == "POST" else request.GET
    location_id = source.get("locatie", "")
    location = locations.filter(pk=int(location_id)).first() if location_id.isdigit() else None
    try:
        day = datetime.date.fromisoformat(source.get("dag", ""))
    except ValueError:
        day = timezone.now().astimezone(office_time_zone()).date()
    return location or locations.first(), day


def day_bookings(location, day):
    start = local(day, datetime.time.min)
    return (
        Booking.objects.filter(
            location=location,
            starts_at__gte=start,
            starts_at__lt=start + datetime.timedelta(days=1),
        )
        .exclude(status__in=[BookingStatus.EXPIRED])
        .prefetch_related("types")
        .order_by("starts_at", "pk")
    )


def slot_rows(location, day) -> list[dict]:
    """Every slot of the day with its load, for blocking and freeing."""
    rows = []
    for window in opening_windows(location, day):
        loads = {
            load.starts_at: load
            for load in SlotLoad.objects.filter(
                location=location, starts_at__gte=window.starts_at, starts_at__lt=window.ends_at
            )
        }
        for start in slot_starts(location, window, 1):
            load = loads.get(start)
            capacity = window.desks if load is None else load.capacity
            booked = 0 if load is None else load.booked
            rows.append(
                {"start": start, "booked": booked, "capacity": capacity, "desks": window.desks}
            )
    return rows


def agenda_url(location, day) -> str:
    query = urlencode({"locatie": location.pk, "dag": day.isoformat()})
    return f"{reverse(URL_NAMESPACE + ':index')}?{query}"


def agenda(request):
    if not may_view(request.user):
        raise PermissionDenied
    location, day = chosen(request)
    bookings = list(day_bookings(location, day)) if location else []
    if request.GET.get("export") == "csv" and location:
        return export_day(location, day, bookings)
    context = {
        "locations": AppointmentLocation.objects.filter(is_active=True),
        "location": location,
        "day": day,
        "previous_day": (day - datetime.timedelta(days=1)).isoformat(),
        "next_day": (day + datetime.timedelta(days=1)).isoformat(),
        "bookings": bookings,
        "slots": slot_rows(location, day) if location else [],
        "may_change": may_change(request.user),
        "statuses": BookingStatus,
    }
    return TemplateResponse(request, "appointments/admin/agenda.html", context)


def export_day(location, day, bookings) -> HttpResponse:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="agenda-{day.isoformat()}.csv"'
    writer = csv.writer(response)
    writer.writerow([_("Time"), _("Reference"), _("What for"), _("Name"), _("Phone"), _("Status")])
    for item in bookings:
        writer.writerow(
            defused_row(
                [
                    item.starts_at.astimezone(office_time_zone()).strftime("%H:%M"),
                    item.reference,
                    ", ".join(kind.name for kind in item.types.all()),
                    item.name,
                    item.phone,
                    item.get_status_display(),
                ]
            )
        )
    return response


def change_allowed(request):
    if not may_change(request.user):
        raise PermissionDenied


@require_POST
def mark(request, pk: int, status: str):
    """Mark a confirmed appointment of today or earlier as arrived or no-show."""
    change_allowed(request)
    if status not in (BookingStatus.ARRIVED, BookingStatus.NO_SHOW):
        raise PermissionDenied
    item = get_object_or_404(Booking.objects.select_related("location"), pk=pk)
    changed = Booking.objects.filter(
        pk=pk, status__in=[BookingStatus.CONFIRMED, BookingStatus.ARRIVED, BookingStatus.NO_SHOW]
    ).update(status=status)
    if changed:
        log(instance=item, action=f"appointments.{status}", user=request.user)
    day = item.starts_at.astimezone(office_time_zone()).date()
    return redirect(agenda_url(item.location, day))


@require_POST
def block(request):
    """Block a free slot (no more bookings) or free it again (``vrijgeven``)."""
    change_allowed(request)
    location, day = chosen(request)
    try:
        start = datetime.datetime.fromisoformat(request.POST.get("tijd", ""))
    except ValueError:
        messages.error(request, _("This time does not exist."))
        return redirect(agenda_url(location, day))
    rows = {row["start"]: row for row in slot_rows(location, day)}
    row = rows.get(start)
    if row is None:
        messages.error(request, _("This time is not available."))
        return redirect(agenda_url(location, day))
    with transaction.atomic():
        SlotLoad.objects.get_or_create(
            location=location, starts_at=start, defaults={"capacity": row["desks"]}
        )
        loads = SlotLoad.objects.filter(location=location, starts_at=start)
        if request.POST.get("vrijgeven"):
            loads.update(capacity=row["desks"])
        else:
            loads.update(capacity=F("booked"))
    log(instance=location, action="appointments.slot_blocked", user=request.user)
    return redirect(agenda_url(location, day))


@require_POST
def cancel_day(request):
    """Cancel every appointment of the day at this location; each resident gets one e-mail
    with the reason and a link to book again."""
    change_allowed(request)
    location, day = chosen(request)
    reason = " ".join(request.POST.get("reden", "").split())[:CANCEL_REASON_MAX_LENGTH]
    if not reason:
        messages.error(request, _("Give the reason residents will read."))
        return redirect(agenda_url(location, day))
    start = local(day, datetime.time.min)
    cancelled = cancel_session(
        location, start, start + datetime.timedelta(days=1), reason, user=request.user
    )
    messages.success(
        request,
        _("%(count)s appointments were cancelled; the residents get an e-mail.")
        % {"count": len(cancelled)},
    )
    return redirect(agenda_url(location, day))
