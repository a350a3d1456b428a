"""Norms measured from handling: the front office's measures against a raw SQL count."""

import datetime
import random
from decimal import Decimal

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.utils import timezone
from freezegun import freeze_time

import front_office.norm_measures  # noqa: F401  (registers the measures)
from front_office.models import ContactMoment, ContactRequest, HandlingTeam
from service_norms.measures import period_bounds
from service_norms.measuring import measure_norms
from service_norms.models import NormMeasurement, ServiceNorm

pytestmark = pytest.mark.django_db

ZONE = timezone.get_fixed_timezone(120)  # CEST, April
APRIL = datetime.date(2026, 4, 1)  # King's Day: Monday 27 April 2026


def local(day: datetime.date, hour: int = 9) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time(hour), tzinfo=ZONE)


def generate_requests(count: int = 200) -> None:
    """``count`` callback requests due between mid March and mid May, some closed in time,
    some late, some open."""
    team = HandlingTeam.objects.create(group=Group.objects.create(name="Team Burgerzaken"))
    rng = random.Random(17)
    rows = []
    for number in range(count):
        due = local(datetime.date(2026, 3, 15) + datetime.timedelta(days=rng.randrange(60)))
        due += datetime.timedelta(hours=rng.randrange(10), minutes=rng.randrange(60))
        closed = None
        roll = rng.random()
        if roll < 0.6:
            closed = due - datetime.timedelta(hours=rng.randrange(1, 40))
        elif roll < 0.8:
            closed = due + datetime.timedelta(hours=rng.randrange(1, 60))
        rows.append(
            ContactRequest(
                reference=f"TB-{number:05d}",
                kind="callback" if number % 4 else "question",
                source="website",
                subject="Paspoort kwijt",
                question="Wat moet ik doen?",
                team=team,
                created_at=due - datetime.timedelta(days=2),
                due_at=due,
                closed_at=closed,
                status="closed" if closed else "open",
            )
        )
    ContactRequest.objects.bulk_create(rows)


def sql_count(kind: str, now: datetime.datetime) -> tuple[int, int]:
    """The same figure counted with plain SQL."""
    start, end = period_bounds(APRIL, datetime.date(2026, 4, 30))
    table = ContactRequest._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT COUNT(*), SUM(CASE WHEN closed_at IS NOT NULL AND closed_at <= due_at "  # noqa: S608
            f"THEN 1 ELSE 0 END) FROM {table} WHERE kind = %s AND due_at >= %s AND due_at < %s "
            f"AND (closed_at IS NOT NULL OR due_at < %s)",
            [kind, start, end, now],
        )
        cases, met = cursor.fetchone()
    return cases, met or 0


def make_norm(code: str, measured_as: str) -> ServiceNorm:
    return ServiceNorm.objects.create(
        code=code,
        promise="We bellen u binnen 2 werkdagen terug.",
        channel="phone",
        target_value=Decimal(2),
        target_unit="working_days",
        target_share=90,
        measurement_source="gemeten uit de afhandeling",
        measured_as=measured_as,
    )


def test_april_figure_equals_a_sql_count_and_becomes_final():
    generate_requests()
    norm = make_norm("terugbellen", "callback-handled")
    with freeze_time("2026-04-28 12:00:00+02:00"):  # the day after King's Day
        now = timezone.now()
        measure_norms()
        cases, met = sql_count("callback", now)
        april = norm.measurements.get(period_start=APRIL)
        assert cases > 50
        assert april.cases == cases
        assert april.share_achieved == (Decimal(100) * met / cases).quantize(Decimal("0.1"))
        assert april.source == NormMeasurement.Source.MEASURED
        assert april.final is False
    with freeze_time("2026-05-02 08:00:00+02:00"):
        now = timezone.now()
        measure_norms()
        cases_final, met_final = sql_count("callback", now)
        april.refresh_from_db()
        assert april.final is True
        assert april.cases == cases_final >= cases
        assert april.share_achieved == (Decimal(100) * met_final / cases_final).quantize(
            Decimal("0.1")
        )
        assert norm.measurements.get(period_start=datetime.date(2026, 5, 1)).final is False
    # A final month is never recomputed, even if the data change afterwards.
    ContactRequest.objects.filter(due_at__month=4).update(closed_at=None, status="open")
    with freeze_time("2026-05-10 08:00:00+02:00"):
        measure_norms()
    april.refresh_from_db()
    assert april.cases == cases_final


def test_question_measure_counts_only_questions():
    generate_requests()
    norm = make_norm("vraag", "written-answer")
    with freeze_time("2026-05-02 08:00:00+02:00"):
        now = timezone.now()
        measure_norms()
        cases, _met = sql_count("question", now)
    assert norm.measurements.get(period_start=APRIL).cases == cases


def test_month_without_cases_stores_nothing():
    norm = make_norm("leeg", "first-contact-resolution")
    with freeze_time("2026-04-20 12:00:00+02:00"):
        measure_norms()
    assert not norm.measurements.exists()


def test_first_contact_resolution_counts_answered_contacts_of_the_month():
    outcomes = ["answered"] * 7 + ["callback", "passed_on", "answered"]
    ContactMoment.objects.bulk_create(
        ContactMoment(
            registered_at=local(datetime.date(2026, 4, 1 + n)), channel="phone", outcome=outcome
        )
        for n, outcome in enumerate(outcomes)
    )
    ContactMoment.objects.create(
        registered_at=local(datetime.date(2026, 3, 31), 23), channel="phone", outcome="callback"
    )
    norm = make_norm("direct", "first-contact-resolution")
    with freeze_time("2026-05-02 08:00:00+02:00"):
        measure_norms()
    april = norm.measurements.get(period_start=APRIL)
    assert (april.cases, april.share_achieved, april.final) == (10, Decimal(80), True)
