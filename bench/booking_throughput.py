"""Appointments: bookings per second (one by one and in parallel) and the time to list a month
of free slots for a location with 20 appointment types.

Usage: ``.venv/bin/python -m bench.booking_throughput [--threads N]``. Uses a fresh database (a
temporary SQLite file, or ``<name>_bench_bookings`` on the PostgreSQL server of
``DATABASE_URL``, dropped at the end). Every booking goes through ``appointments.booking.hold``
and ``confirm``, as the resident's "Kies deze tijd" and "Afspraak bevestigen" do (without HTTP).
"""

import argparse
import datetime
import threading
import time
from zoneinfo import ZoneInfo

from bench.databases import migrated_django

AMS = ZoneInfo("Europe/Amsterdam")
NOW = datetime.datetime(2027, 3, 1, 8, 0, tzinfo=AMS)


def build_offer():
    """A counter open weekdays 08:00-20:00 with 4 staff, and 20 appointment types."""
    from appointments.models import AppointmentLocation, AppointmentType, OpeningRule

    counter = AppointmentLocation.objects.create(name="Bench-balie", slot_minutes=10)
    for weekday in range(5):
        OpeningRule.objects.create(
            location=counter,
            weekday=weekday,
            start_time=datetime.time(8),
            end_time=datetime.time(20),
            desks=4,
            starts_on=datetime.date(2027, 1, 1),
        )
    kinds = []
    for number in range(20):
        kind = AppointmentType.objects.create(
            name=f"Product {number}",
            duration_minutes=10 + 5 * (number % 4),
            booking_horizon_days=120,
        )
        kind.locations.add(counter)
        kinds.append(kind)
    return counter, kinds


def month_listing(counter, kinds) -> float:
    """Seconds to find the free days of March 2027 and every free time on each of them."""
    from appointments.slots import available_days, day_slots

    start = time.perf_counter()
    days = available_days(
        counter, kinds[:1], datetime.date(2027, 3, 1), datetime.date(2027, 3, 31), NOW
    )
    for day in days:
        day_slots(counter, kinds[:1], day, NOW)
    return time.perf_counter() - start


def starts(counter, kind, count):
    """``count`` bookable start times, spread over the weeks from 2 March 2027."""
    from appointments.slots import day_slots

    found, day = [], datetime.date(2027, 3, 2)
    while len(found) < count:
        for slot in day_slots(counter, [kind], day, NOW):
            found += [slot.starts_at] * slot.free
        day += datetime.timedelta(days=1)
    return found[:count]


def book_all(counter, kind, moments) -> tuple[int, list]:
    """Book each of ``moments``; the number booked, and why the others were not."""
    from appointments.booking import BookingRefused, confirm, hold

    booked, refused = 0, []
    for moment in moments:
        try:
            held = hold(counter, [kind], moment, NOW)
            confirm(held, name="Bench", email="bench@example.org", now=NOW)
            booked += 1
        except BookingRefused as error:
            refused.append(error.reason)
        except Exception as error:  # noqa: BLE001 - SQLite's "database is locked", counted
            refused.append(type(error).__name__)
    return booked, refused


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sequential", type=int, default=300, help="bookings made one by one")
    parser.add_argument("--threads", type=int, default=8, help="parallel residents")
    parser.add_argument("--per-thread", type=int, default=40, help="bookings per resident")
    args = parser.parse_args()

    with migrated_django("bookings"):
        from django.db import connection, connections

        from appointments.models import Booking

        counter, kinds = build_offer()
        print(f"database: {connection.vendor}")
        seconds = month_listing(counter, kinds)
        print(f"month of slots (20 appointment types offered): {seconds * 1000:.0f} ms")
        total = args.sequential + args.threads * args.per_thread
        moments = starts(counter, kinds[0], total)
        begin = time.perf_counter()
        booked, _refused = book_all(counter, kinds[0], moments[: args.sequential])
        print(
            f"sequential: {booked} bookings, {booked / (time.perf_counter() - begin):.0f} bookings/s"
        )

        rest = moments[args.sequential :]
        groups = [rest[index :: args.threads] for index in range(args.threads)]
        results, barrier = [], threading.Barrier(args.threads + 1)

        def resident(group):
            barrier.wait()
            results.append(book_all(counter, kinds[0], group))
            connections.close_all()

        threads = [threading.Thread(target=resident, args=(group,)) for group in groups]
        for thread in threads:
            thread.start()
        barrier.wait()
        begin = time.perf_counter()
        for thread in threads:
            thread.join()
        elapsed = time.perf_counter() - begin
        parallel = sum(count for count, _ in results)
        refusals = sum(len(refused) for _, refused in results)
        print(
            f"parallel:   {args.threads} residents, {parallel} bookings, "
            f"{parallel / elapsed:.0f} bookings/s ({refusals} not booked: "
            f"{sorted({reason for _, refused in results for reason in refused})})"
        )
        print(f"check: {Booking.objects.count()} bookings in the database")


if __name__ == "__main__":
    main()
