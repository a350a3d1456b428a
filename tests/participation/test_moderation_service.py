"""One moderation service for ideas, reactions and youth proposals: what approve and reject record."""

import pytest
from django.apps import apps
from django.utils import timezone
from freezegun import freeze_time
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from core.personal_data_review import PersonalDataNotConfirmed
from participation.models import ModerationStatus, moderated_models
from participation.moderation import approve, can_moderate, mark_published, reject
from participation.moderator_backfill import fill_moderated_by

pytestmark = pytest.mark.django_db

ALL_KINDS = ["idea", "reaction", "proposal"]
LOG_PREFIX = {"idea": "consultations", "reaction": "consultations", "proposal": "youth"}


def test_ideas_reactions_and_youth_proposals_are_the_moderated_kinds():
    labels = {model._meta.label for model in moderated_models()}

    assert labels == {"consultations.Idea", "consultations.Reaction", "youth.YouthProposal"}


@pytest.mark.parametrize("kind", ALL_KINDS)
@freeze_time("2026-03-02 10:00")
def test_approval_records_when_and_by_whom_and_logs_it(kind, make_item, moderator_of):
    item = make_item(kind, rejection_reason="eerder afgewezen")
    moderator = moderator_of(kind)

    approve(item, moderator)

    item.refresh_from_db()
    assert item.status == ModerationStatus.PUBLISHED
    assert item.rejection_reason == ""
    assert item.moderated_at == timezone.now()
    assert item.moderated_by == moderator
    entry = ModelLogEntry.objects.get(action=f"{LOG_PREFIX[kind]}.approve")
    assert (entry.user, entry.object_id) == (moderator, str(item.pk))


@pytest.mark.parametrize("kind", ALL_KINDS)
@freeze_time("2026-03-02 10:00")
def test_rejection_records_when_by_whom_and_why_and_logs_it(kind, make_item, moderator_of):
    item = make_item(kind)
    moderator = moderator_of(kind)

    reject(item, moderator, "Noemt een buurman bij naam")

    item.refresh_from_db()
    assert item.status == ModerationStatus.REJECTED
    assert item.rejection_reason == "Noemt een buurman bij naam"
    assert item.moderated_at == timezone.now()
    assert item.moderated_by == moderator
    entry = ModelLogEntry.objects.get(action=f"{LOG_PREFIX[kind]}.reject")
    assert entry.data == {"reason": "Noemt een buurman bij naam"}


PERSONAL_TEXT = {
    "idea": {"description": "Bel mij op 06 12345678"},
    "reaction": {"text": "Mail mij: jan@example.org"},
    "proposal": {"what": "Bel mij op 06 12345678"},
}


@pytest.mark.parametrize("kind", ALL_KINDS)
def test_approval_waits_for_a_check_of_personal_data(kind, make_item, moderator_of):
    item = make_item(kind, **PERSONAL_TEXT[kind])
    moderator = moderator_of(kind)

    with pytest.raises(PersonalDataNotConfirmed):
        approve(item, moderator)
    item.refresh_from_db()
    assert item.status == ModerationStatus.PENDING
    assert item.moderated_by is None

    approve(item, moderator, confirm_personal_data=True)
    item.refresh_from_db()
    assert item.status == ModerationStatus.PUBLISHED
    assert item.personal_data_confirmed_by == moderator


def test_approving_a_reported_reaction_starts_its_reports_from_zero(make_item, moderator_of):
    reaction = make_item("reaction", report_count=3)

    approve(reaction, moderator_of("reaction"))

    reaction.refresh_from_db()
    assert reaction.report_count == 0


def test_approving_a_merged_proposal_lets_it_stand_on_its_own(make_item, moderator_of):
    target = make_item("proposal", status=ModerationStatus.PUBLISHED)
    duplicate = make_item("proposal", status=ModerationStatus.REJECTED, merged_into=target)

    approve(duplicate, moderator_of("proposal"))

    duplicate.refresh_from_db()
    assert duplicate.merged_into is None


def test_published_at_once_has_a_moderation_moment_but_no_moderator(make_item):
    idea = make_item("idea")

    mark_published(idea)

    assert idea.status == ModerationStatus.PUBLISHED
    assert idea.moderated_at is not None
    assert idea.moderated_by is None


@pytest.mark.parametrize("kind", ALL_KINDS)
def test_only_the_group_of_a_kind_may_moderate_it(kind, make_item, moderator_of, editor):
    model = type(make_item(kind))

    assert can_moderate(moderator_of(kind), model)
    assert not can_moderate(editor, model)


def test_moderators_of_earlier_steps_are_taken_from_the_audit_log(make_item, moderator_of):
    """What the migrations that add ``moderated_by`` do for items moderated before."""
    moderator = moderator_of("proposal")
    proposal = make_item("proposal", moderated_at=timezone.now())
    untouched = make_item("proposal")
    log(instance=proposal, action="youth.approve", user=moderator)

    fill_moderated_by(apps, "youth", "YouthProposal", ["youth.approve", "youth.reject"])

    proposal.refresh_from_db()
    untouched.refresh_from_db()
    assert proposal.moderated_by == moderator
    assert untouched.moderated_by is None
