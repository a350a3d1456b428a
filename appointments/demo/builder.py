"""The appointments demo: the Gemeentewinkel with realistic opening hours, appointments by phone
and at home, eight appointment types linked to their product pages, and a week of bookings, all
from ``data/appointments.yaml``. The three neighbourhood office hours become bookable in the
neighbourhoods demo, from their own schedules.

Bookings go through ``appointments.booking`` like a resident's, so the slots' load is right. Days
are offsets from the build day; a booking that falls on a weekend, a holiday or outside the hours
is skipped, so every build gives a realistic week.
"""

import datetime
from pathlib import Path

import yaml
from django.utils import timezone

from appointments import booking
from appointments.booking import BookingRefused
from appointments.models import AppointmentLocation, AppointmentType, OpeningRule
from core.working_time import office_time_zone
from kcc_content.models import ProductPage
from places.models import Area

DATA = yaml.safe_load((Path(__file__).parent / "data" / "appointments.yaml").read_text("utf-8"))


def clock(value: str) -> datetime.time:
    return datetime.time.fromisoformat(value)


class AppointmentsDemo:
    def __init__(self, site):
        self.site = site
        self.now = timezone.now()
        self.today = self.now.astimezone(office_time_zone()).date()

    def build(self) -> None:
        if AppointmentLocation.objects.exists():
            return  # idempotent: the demo's appointments exist already
        locations = {entry["name"]: self.location(entry) for entry in DATA["locations"]}
        types = {entry["name"]: self.appointment_type(entry, locations) for entry in DATA["types"]}
        for days, time, location, kind, name in DATA["bookings"]:
            day = self.today + datetime.timedelta(days=days)
            start = datetime.datetime.combine(day, clock(time), tzinfo=office_time_zone())
            try:
                held = booking.hold(locations[location], [types[kind]], start, self.now)
            except BookingRefused:
                continue
            number = name.rsplit(" ", 1)[-1]
            booking.confirm(
                held,
                name=name,
                email=f"inwoner{number}@example.org",
                phone="",
                now=self.now,
            )

    def location(self, entry: dict) -> AppointmentLocation:
        area = Area.objects.filter(name=entry["area"]).first() if entry.get("area") else None
        location = AppointmentLocation.objects.create(
            name=entry["name"],
            kind=entry["kind"],
            address=entry.get("address", ""),
            area=area,
            slot_minutes=entry["slot_minutes"],
            directions=entry.get("directions", ""),
        )
        first = self.today - datetime.timedelta(days=365)
        for hours in entry["hours"]:
            for weekday in hours["days"]:
                OpeningRule.objects.create(
                    location=location,
                    weekday=weekday,
                    start_time=clock(hours["from"]),
                    end_time=clock(hours["until"]),
                    desks=hours["staff"],
                    starts_on=first,
                )
        return location

    def appointment_type(self, entry: dict, locations: dict) -> AppointmentType:
        product = None
        if entry.get("product"):
            product = ProductPage.objects.filter(
                slug=entry["product"], locale__language_code="nl"
            ).first()
        kind = AppointmentType.objects.create(
            name=entry["name"],
            product=product,
            duration_minutes=entry["minutes"],
            what_to_bring=entry.get("bring", ""),
            minimum_notice_hours=entry.get("notice_hours", 2),
            booking_horizon_days=entry.get("horizon_days", 42),
        )
        kind.locations.set([locations[name] for name in entry["locations"]])
        return kind
