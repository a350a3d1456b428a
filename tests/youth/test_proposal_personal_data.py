"""Youth proposals: personal data is marked for the youth worker and blocks approval until it is
removed or confirmed; every moderation step records when it happened."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.urls import reverse
from freezegun import freeze_time

from participation.models import ModerationStatus
from participation.moderation import approve, reject
from tests.youth.factories import ProposalFactory
from youth.moderation import merge_proposal

pytestmark = pytest.mark.django_db

PHONE = "06-12345678"


def admin_url(view, *args):
    return reverse(f"wagtailsnippets_youth_youthproposal:{view}", args=args)


def page_text(response):
    return BeautifulSoup(response.content, "html.parser").get_text(" ")


@pytest.fixture
def youth_worker(client, django_user_model):
    user = django_user_model.objects.create_user(username="jongerenwerker", password="pw")
    user.groups.add(Group.objects.get(name="Jongerenwerkers"))
    client.force_login(user)
    return user


@pytest.fixture
def proposal_with_phone(youth_home):
    return ProposalFactory(
        youth_home=youth_home,
        title="Een pannakooi",
        what=f"App me op {PHONE} als je mee wilt doen.",
        status=ModerationStatus.PENDING,
    )


def test_a_proposal_with_a_phone_number_cannot_be_approved_without_confirmation(
    client, youth_worker, proposal_with_phone
):
    page = client.get(admin_url("approve", proposal_with_phone.pk))
    response = client.post(admin_url("approve", proposal_with_phone.pk))

    marks = BeautifulSoup(page.content, "html.parser").find_all("mark")
    assert PHONE in [mark.get_text() for mark in marks]
    assert response.status_code == 200
    proposal_with_phone.refresh_from_db()
    assert proposal_with_phone.status == ModerationStatus.PENDING


def test_after_editing_the_proposal_can_be_approved(client, youth_worker, proposal_with_phone):
    proposal_with_phone.what = "Doe mee via het jongerenwerk."
    proposal_with_phone.save()

    response = client.post(admin_url("approve", proposal_with_phone.pk))

    assert response.status_code == 302
    proposal_with_phone.refresh_from_db()
    assert proposal_with_phone.status == ModerationStatus.PUBLISHED


def test_a_confirmed_proposal_is_approved_and_the_youth_worker_is_recorded(
    client, youth_worker, proposal_with_phone
):
    client.post(admin_url("approve", proposal_with_phone.pk), {"confirm_personal_data": "on"})

    proposal_with_phone.refresh_from_db()
    assert proposal_with_phone.status == ModerationStatus.PUBLISHED
    assert proposal_with_phone.personal_data_confirmed_by == youth_worker
    assert proposal_with_phone.personal_data_confirmed_at is not None


def test_a_published_proposal_nobody_checked_shows_the_phone_number_removed(
    client, youth_home, proposal_with_phone
):
    proposal_with_phone.status = ModerationStatus.PUBLISHED  # e.g. published before this check
    proposal_with_phone.save()

    text = page_text(client.get(f"{youth_home.url}voorstel/{proposal_with_phone.pk}/"))

    assert PHONE not in text
    assert "[telefoonnummer verwijderd]" in text


@freeze_time("2026-05-04 09:30:00+00:00")
def test_approve_reject_and_merge_record_when_the_proposal_was_moderated(
    youth_home, django_user_model
):
    worker = django_user_model.objects.create_user(username="werker", password="pw")
    approved, rejected, duplicate = ProposalFactory.create_batch(
        3, youth_home=youth_home, status=ModerationStatus.PENDING
    )

    approve(approved, worker)
    reject(rejected, worker, "Geen plan voor onze gemeente")
    merge_proposal(duplicate, approved, worker)

    for proposal in (approved, rejected, duplicate):
        proposal.refresh_from_db()
        assert proposal.moderated_at.isoformat() == "2026-05-04T09:30:00+00:00"
