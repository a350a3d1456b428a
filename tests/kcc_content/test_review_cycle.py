"""Review dates over time, "Gecontroleerd, nog actueel" and publication as a review."""

import datetime

import pytest
from freezegun import freeze_time
from wagtail.models import PageLogEntry

from core.ownership import ReviewStatus
from governance.models import ReviewSchedule
from governance.review import REVIEWED_ACTION, mark_reviewed
from tests.kcc_content.conftest import owned_page

pytestmark = pytest.mark.django_db


def test_an_item_becomes_due_soon_and_then_overdue_on_the_right_days(teams):
    page = owned_page(teams["a"]["section"], teams["a"]["team"], datetime.date(2025, 12, 31), "x")
    schedule = ReviewSchedule.objects.get(object_id=str(page.pk))

    assert schedule.next_review_date == datetime.date(2026, 12, 31)
    with freeze_time("2026-11-30"):
        assert schedule.status() == ReviewStatus.CURRENT
        assert not ReviewSchedule.objects.needing_review().exists()
    with freeze_time("2026-12-01"):
        assert schedule.status() == ReviewStatus.DUE_SOON
        assert list(ReviewSchedule.objects.due_soon()) == [schedule]
    with freeze_time("2026-12-31"):
        assert schedule.status() == ReviewStatus.DUE_SOON
    with freeze_time("2027-01-01"):
        assert schedule.status() == ReviewStatus.OVERDUE
        assert list(ReviewSchedule.objects.overdue()) == [schedule]


@freeze_time("2026-11-29")
def test_marking_as_reviewed_moves_the_date_and_appears_in_history(dated_pages, teams, client):
    page = dated_pages["overdue"]
    anna = teams["a"]["members"][0]
    revisions_before = page.revisions.count()

    schedule = mark_reviewed(page, anna)

    page.refresh_from_db()
    assert page.last_reviewed_at == datetime.date(2026, 11, 29)
    assert page.last_reviewed_by == anna
    assert schedule.next_review_date == datetime.date(2027, 11, 29)
    assert schedule.status() == ReviewStatus.CURRENT
    assert page.revisions.count() == revisions_before  # no content change
    entry = PageLogEntry.objects.get(page=page, action=REVIEWED_ACTION)
    assert entry.user == anna
    client.force_login(anna)
    history = client.get(f"/admin/pages/{page.pk}/history/").content.decode()
    assert "Gecontroleerd, nog actueel" in history


@freeze_time("2026-11-29")
def test_publishing_a_new_revision_counts_as_a_review(dated_pages, teams):
    page = dated_pages["overdue"]
    bram = teams["a"]["members"][1]
    page.intro = "Nieuwe tekst."

    page.save_revision(user=bram).publish(user=bram, skip_permission_checks=True)

    page.refresh_from_db()
    assert page.last_reviewed_at == datetime.date(2026, 11, 29)
    assert page.last_reviewed_by == bram
    assert ReviewSchedule.objects.get(object_id=str(page.pk)).status() == ReviewStatus.CURRENT


def test_unpublishing_removes_the_item_from_the_schedule(dated_pages):
    page = dated_pages["overdue"]

    page.unpublish()

    assert not ReviewSchedule.objects.filter(object_id=str(page.pk)).exists()


@freeze_time("2026-11-29")
def test_the_public_page_shows_the_review_date_not_the_publish_date(dated_pages, teams, client):
    page = dated_pages["overdue"]
    mark_reviewed(page, teams["a"]["members"][0])

    html = client.get(page.url).content.decode()

    assert "Laatst gecontroleerd op 29 november 2026" in html
