"""Meetings and initiatives shown on the area pages are purged from the front caches with them."""

from decimal import Decimal

import pytest
from freezegun import freeze_time

from core import page_cache
from neighbourhoods.models import InitiativeStatus
from tests.neighbourhoods.factories import InitiativeFactory, MeetingFactory

pytestmark = pytest.mark.django_db


@freeze_time("2026-06-01 10:00")
def test_a_new_meeting_purges_the_area_pages_and_their_agendas(
    purged, visitor, village, neighbourhood, django_capture_on_commit_callbacks
):
    visitor.get(village.url)
    purged.clear()

    with django_capture_on_commit_callbacks(execute=True):
        MeetingFactory(area=neighbourhood, topic="Wijktafel over het park")

    for page in (village, neighbourhood):
        assert {f"http://localhost{page.url}", f"http://localhost{page.url}agenda/"} <= set(purged)
    assert visitor.get(village.url)[page_cache.STATUS_HEADER] == "MISS"


def test_a_withdrawn_initiative_purges_its_own_page_on_the_area_page(
    purged, visitor, village, django_capture_on_commit_callbacks
):
    initiative = InitiativeFactory(
        area=village, status=InitiativeStatus.APPROVED, approved_amount=Decimal("100")
    )
    purged.clear()

    with django_capture_on_commit_callbacks(execute=True):
        initiative.status = InitiativeStatus.NOT_APPROVED
        initiative.save()

    assert f"http://localhost{village.url}initiatieven/{initiative.pk}/" in purged
