"""Booking an appointment, for residents, without JavaScript: what and where → day and time →
your details → confirmed; then view, move or cancel through the link in the e-mail.

The choices of the first step travel in the query string (GET), so every step can be bookmarked
and the browser's back button works. Choosing a time (POST) holds the places; the held booking
travels in a signed token that expires with the hold, so nobody can fill in someone else's
booking. Every POST is rate-limited per client (``APPOINTMENT_RATE_LIMIT``, default 20 per hour)
and CSRF-protected; a refusal re-renders the step with the resident's input and a Dutch message.
"""

import datetime
import logging

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.views.decorators.http import require_http_methods

from appointments import booking as booking_steps
from appointments.booking import BookingRefused
from appointments.calendar_file import appointment_calendar
from appointments.emails import manage_url, send_appointment_email
from appointments.forms import ChoiceForm, DetailsForm, TimeForm, month_start
from appointments.models import AppointmentType, Booking, BookingStatus
from appointments.slots import available_days, day_slots
from core import rate_limit
from core.working_time import office_time_zone

logger = logging.getLogger(__name__)

HOLD_SALT = "appointments.hold"
DEFAULT_RATE_LIMIT = (20, 60 * 60)


def too_many(request):
    limit, window = getattr(settings, "APPOINTMENT_RATE_LIMIT", DEFAULT_RATE_LIMIT)
    return rate_limit.check(request, "appointment", limit, window)


def submit_time(request, take):
    """Check the posted time (and the rate limit) and hand it to ``take``.

    Returns the form, the status for the page, the rate-limit refusal and what ``take`` returned
    (None unless the time was taken); a refusal puts its Dutch message on the form.
    """
    form = TimeForm(request.POST)
    refused = too_many(request)
    if refused is not None:
        return form, 429, refused, None
    if not form.is_valid():
        return form, 400, None, None
    try:
        return form, 200, None, take(form.cleaned_data["tijd"])
    except BookingRefused as refused_booking:
        logger.info("Appointment time refused: %s", refused_booking.reason)
        form.add_error("tijd", refused_booking.message)
        return form, 409, None, None


def booking_for_resident_by(user):
    """The staff member who books for a resident on the phone or at the counter (with the "add
    booking" permission, on these same pages), recorded on the booking; None for residents."""
    if user.is_authenticated and user.has_perm("appointments.add_booking"):
        return user
    return None


def today() -> datetime.date:
    return timezone.now().astimezone(office_time_zone()).date()


def next_month_start(month: datetime.date) -> datetime.date:
    return (month.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)


def month_days(location, kinds, month: datetime.date) -> list[datetime.date]:
    last = next_month_start(month) - datetime.timedelta(days=1)
    return available_days(location, kinds, max(month, today()), last)


def chosen_day(value: str | None, days: list[datetime.date]) -> datetime.date | None:
    try:
        day = datetime.date.fromisoformat(value or "")
    except ValueError:
        return days[0] if days else None
    return day if day in days else (days[0] if days else None)


def time_context(request, location, kinds) -> dict:
    """The days of the month shown and the free times on the chosen day."""
    month = month_start(request.GET.get("maand"), today())
    days = month_days(location, kinds, month)
    day = chosen_day(request.GET.get("dag"), days)
    slots = day_slots(location, kinds, day) if day else []
    next_month = next_month_start(month)
    previous = (month - datetime.timedelta(days=1)).replace(day=1)
    return {
        "location": location,
        "kinds": kinds,
        "choice_query": urlencode(
            {"type": [kind.pk for kind in kinds], "locatie": location.pk}, doseq=True
        ),
        "month": month,
        "month_param": month.isoformat()[:7],
        "days": days,
        "day": day,
        "slots": slots,
        "next_month": next_month.isoformat()[:7],
        "previous_month": previous.isoformat()[:7] if previous >= today().replace(day=1) else None,
    }


# Step 1: what and where ------------------------------------------------------------------------


@require_http_methods(["GET"])
def start(request):
    """What the appointment is for and where. A link from a product page preselects its
    appointment (``?product=<page id>``), one from an area page its office hours
    (``?locatie=<id>``); the form's own submit carries ``stap=1``."""
    if request.GET.get("stap"):
        form = ChoiceForm(request.GET)
        if form.is_valid():
            query = urlencode(
                {
                    "type": [kind.pk for kind in form.cleaned_data["type"]],
                    "locatie": form.cleaned_data["locatie"].pk,
                },
                doseq=True,
            )
            return redirect(f"{reverse('appointments:times')}?{query}")
    else:
        product, location = request.GET.get("product", ""), request.GET.get("locatie", "")
        initial = {}
        if product.isdigit():
            initial["type"] = list(
                AppointmentType.objects.filter(is_active=True, product_id=int(product))
            )
        if location.isdigit():
            initial["locatie"] = int(location)
            if "type" not in initial:  # office hours offer one thing: choose it as well
                offered = list(
                    AppointmentType.objects.filter(is_active=True, locations=int(location))[:2]
                )
                if len(offered) == 1:
                    initial["type"] = offered
        form = ChoiceForm(initial=initial)
    return render(request, "appointments/start.html", {"form": form})


# Step 2: day and time --------------------------------------------------------------------------


@require_http_methods(["GET", "POST"])
def times(request):
    choice = ChoiceForm(request.GET)
    if not choice.is_valid():
        return render(request, "appointments/start.html", {"form": choice}, status=400)
    location, kinds = choice.cleaned_data["locatie"], list(choice.cleaned_data["type"])
    status, refusal, form = 200, None, TimeForm()
    if request.method == "POST":
        form, status, refusal, held = submit_time(
            request,
            lambda start: booking_steps.hold(
                location, kinds, start, booked_by=booking_for_resident_by(request.user)
            ),
        )
        if held is not None:
            return redirect("appointments:details", token=signing.dumps(held.pk, salt=HOLD_SALT))
    context = {**time_context(request, location, kinds), "form": form, "too_many": refusal}
    return render(request, "appointments/times.html", context, status=status)


# Step 3: the resident's details -----------------------------------------------------------------


def held_booking(token: str) -> Booking | None:
    max_age = (booking_steps.hold_minutes() + 5) * 60
    try:
        pk = signing.loads(token, salt=HOLD_SALT, max_age=max_age)
    except signing.BadSignature:
        return None
    return Booking.objects.select_related("location").filter(pk=pk).first()


@require_http_methods(["GET", "POST"])
def details(request, token: str):
    held = held_booking(token)
    if held is None or held.status != BookingStatus.HELD:
        return render(request, "appointments/expired.html", status=410)
    form = DetailsForm(needs_address=held.location.needs_address)
    status, refusal = 200, None
    if request.method == "POST":
        form = DetailsForm(request.POST, needs_address=held.location.needs_address)
        refused = too_many(request)
        if refused is not None:
            status, refusal = 429, refused
        elif form.is_valid():
            data = form.cleaned_data
            try:
                manage_token = booking_steps.confirm(
                    held,
                    name=data["name"],
                    email=data["email"],
                    phone=data["phone"],
                    address=data.get("address", ""),
                    remarks=data["remarks"],
                )
            except BookingRefused:
                return render(request, "appointments/expired.html", status=410)
            transaction.on_commit(lambda: send_appointment_email(held, manage_token, "confirmed"))
            return redirect("appointments:manage", reference=held.reference, token=manage_token)
        else:
            status = 400
    context = {"booking": held, "kinds": list(held.types.all()), "form": form, "too_many": refusal}
    return render(request, "appointments/details.html", context, status=status)


# View, move, cancel ----------------------------------------------------------------------------


def resident_booking(reference: str, token: str) -> Booking:
    found = booking_steps.find_by_token(reference, token)
    if found is None:
        raise Http404
    return found


@require_http_methods(["GET"])
def manage(request, reference: str, token: str):
    appointment = resident_booking(reference, token)
    context = {
        "booking": appointment,
        "kinds": list(appointment.types.all()),
        "token": token,
        "changeable": appointment.status == BookingStatus.CONFIRMED
        and appointment.starts_at > timezone.now(),
    }
    return render(request, "appointments/manage.html", context)


@require_http_methods(["GET", "POST"])
def cancel(request, reference: str, token: str):
    appointment = resident_booking(reference, token)
    if request.method == "POST":
        if booking_steps.cancel(appointment):
            transaction.on_commit(lambda: send_appointment_email(appointment, None, "cancelled"))
        return redirect("appointments:manage", reference=reference, token=token)
    context = {"booking": appointment, "kinds": list(appointment.types.all()), "token": token}
    return render(request, "appointments/cancel.html", context)


@require_http_methods(["GET", "POST"])
def move(request, reference: str, token: str):
    appointment = resident_booking(reference, token)
    if appointment.status != BookingStatus.CONFIRMED:
        return redirect("appointments:manage", reference=reference, token=token)
    kinds = list(appointment.types.all())
    status, refusal, form = 200, None, TimeForm()
    if request.method == "POST":
        form, status, refusal, moved = submit_time(
            request, lambda start: booking_steps.move(appointment, start)
        )
        if moved is not None:
            transaction.on_commit(lambda: send_appointment_email(appointment, token, "moved"))
            return redirect("appointments:manage", reference=reference, token=token)
    context = {
        **time_context(request, appointment.location, kinds),
        "form": form,
        "too_many": refusal,
        "moving": appointment,
        "token": token,
    }
    return render(request, "appointments/times.html", context, status=status)


@require_http_methods(["GET"])
def calendar_file(request, reference: str, token: str):
    appointment = resident_booking(reference, token)
    host = request.get_host().split(":")[0]
    content = appointment_calendar(appointment, manage_url(appointment, token), host)
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="afspraak.ics"'
    return response
