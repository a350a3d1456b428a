"""Initiators' contact details are removed a year after the final status; the initiative stays."""

import datetime
import logging
from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import timezone

from neighbourhoods.anonymise import ANONYMISED_EMAIL, anonymise_expired
from neighbourhoods.models import Initiative, InitiativeStatus
from tests.neighbourhoods.factories import InitiativeFactory

pytestmark = pytest.mark.django_db

S = InitiativeStatus


def initiative_with(status, days_ago, **fields):
    extra = {"approved_amount": Decimal("100")} if status in (S.APPROVED, S.CARRIED_OUT) else {}
    return InitiativeFactory(
        status=status,
        status_changed_at=timezone.now() - datetime.timedelta(days=days_ago),
        contact_name="Fatima de Vries",
        contact_phone="06 12345678",
        **extra,
        **fields,
    )


def run_command(*args) -> str:
    output = StringIO()
    call_command("anonymise_initiatives", *args, stdout=output)
    return output.getvalue()


def test_contact_details_go_a_year_after_the_final_status_and_twice_changes_nothing(village):
    refused = initiative_with(S.NOT_APPROVED, 400, area=village)
    finished = initiative_with(S.CARRIED_OUT, 366, area=village)
    recent = initiative_with(S.CARRIED_OUT, 300, area=village)
    still_running = initiative_with(S.APPROVED, 800, area=village)
    received_long_ago = initiative_with(S.RECEIVED, 800, area=village)

    first = run_command()
    refused.refresh_from_db()
    removed_at = refused.contact_anonymised_at
    second = run_command()

    assert "2 initiatives anonymised" in first
    assert "0 initiatives anonymised" in second
    for initiative in (refused, finished):
        initiative.refresh_from_db()
        assert initiative.contact_name == ""
        assert initiative.contact_phone == ""
        assert initiative.contact_email == ANONYMISED_EMAIL
        assert initiative.contact_anonymised_at == removed_at
        assert initiative.title.startswith("Bankje")
    for initiative in (recent, still_running, received_long_ago):
        initiative.refresh_from_db()
        assert initiative.contact_name == "Fatima de Vries"
        assert initiative.contact_anonymised_at is None


def test_the_placeholder_is_a_valid_address_that_can_never_receive_mail():
    from django.core.validators import validate_email

    validate_email(ANONYMISED_EMAIL)
    assert ANONYMISED_EMAIL.endswith(".invalid")  # RFC 2606: never a real domain


def test_the_retention_period_comes_from_the_settings(settings, village):
    settings.INITIATIVE_CONTACT_RETENTION_DAYS = 30
    initiative = initiative_with(S.NOT_APPROVED, 31, area=village)

    assert anonymise_expired() == 1
    initiative.refresh_from_db()
    assert initiative.contact_email == ANONYMISED_EMAIL


def test_the_date_option_pretends_today_is_another_day(village):
    initiative = initiative_with(S.NOT_APPROVED, 10, area=village)
    next_year = (timezone.localdate() + datetime.timedelta(days=365)).isoformat()

    assert "0 initiatives anonymised" in run_command("--date", timezone.localdate().isoformat())
    assert "1 initiatives anonymised" in run_command("--date", next_year)
    initiative.refresh_from_db()
    assert initiative.contact_anonymised_at is not None


def test_a_wrong_date_is_refused():
    with pytest.raises(CommandError):
        run_command("--date", "31-12-2026")


def test_the_run_is_logged_with_counts_only(village, caplog):
    initiative_with(S.NOT_APPROVED, 400, area=village, contact_email="fatima@example.org")

    with caplog.at_level(logging.INFO, logger="neighbourhoods.anonymise"):
        anonymise_expired()

    assert "1 initiatives anonymised" in caplog.text
    assert "fatima" not in caplog.text.lower()
    assert "06 12345678" not in caplog.text


def test_staff_can_still_edit_an_anonymised_initiative(client, django_user_model, village):
    initiative = initiative_with(S.NOT_APPROVED, 400, area=village)
    anonymise_expired()
    initiative.refresh_from_db()
    client.force_login(django_user_model.objects.create_superuser("admin", "a@example.org", "x"))

    response = client.post(
        reverse("wagtailsnippets_neighbourhoods_initiative:edit", args=[initiative.pk]),
        {
            "area": village.pk,
            "title": "Nieuwe titel",
            "description": initiative.description,
            "location": initiative.location,
            "helpers": initiative.helpers,
            "show_resident_photo": "on",
            "contact_name": "Teruggezet",
            "contact_email": "terug@example.org",
            "photos-TOTAL_FORMS": "0",
            "photos-INITIAL_FORMS": "0",
            "photos-MIN_NUM_FORMS": "0",
            "photos-MAX_NUM_FORMS": "1000",
        },
    )

    assert response.status_code == 302
    initiative = Initiative.objects.get(pk=initiative.pk)
    assert initiative.title == "Nieuwe titel"
    assert initiative.contact_email == ANONYMISED_EMAIL
    assert initiative.contact_name == ""
