"""The default workflow "Inhoud publiceren": team approval with four eyes, then the B1 check."""

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied
from wagtail.models import TaskState, Workflow

from tests.factories import ContentPageFactory
from tests.readability.conftest import OFFICIALESE, PLAIN

pytestmark = pytest.mark.django_db


@pytest.fixture
def workflow():
    return Workflow.objects.get(name="Inhoud publiceren")


def submit(page, user, workflow, intro):
    page.intro = intro
    page.save_revision(user=user)
    return workflow.start(page, user)


@pytest.fixture
def draft(teams):
    return ContentPageFactory(
        parent=teams["a"]["section"],
        slug="nieuw",
        title="Nieuw",
        owning_team=teams["a"]["team"],
        live=False,
    )


def test_the_default_workflow_is_on_the_whole_tree_with_two_steps(workflow, teams):
    assert [task.specific.__class__.__name__ for task in workflow.tasks.all()] == [
        "OwningTeamApprovalTask",
        "PlainLanguageTask",
    ]
    assert teams["a"]["section"].get_workflow() == workflow


def test_editors_cannot_publish_directly_but_administrators_can(teams, draft, admin_user):
    anna = teams["a"]["members"][0]

    assert draft.permissions_for_user(anna).can_edit()
    assert not draft.permissions_for_user(anna).can_publish()
    assert draft.permissions_for_user(admin_user).can_publish()


def test_a_second_team_member_approves_and_the_b1_check_publishes_a_plain_page(
    teams, draft, workflow
):
    anna, bram = teams["a"]["members"]
    state = submit(draft, anna, workflow, PLAIN)
    team_step = state.current_task_state.specific

    assert team_step.task.specific.get_actions(draft, anna) == []  # four eyes
    assert [m.to for m in mail.outbox] == [["bram@example.org"]]
    team_step.task.specific.on_action(team_step, bram, "approve")

    state.refresh_from_db()
    draft.refresh_from_db()
    assert state.status == state.STATUS_APPROVED
    assert draft.live


def test_the_b1_check_stops_a_page_with_officialese(teams, draft, workflow):
    anna, bram = teams["a"]["members"]
    state = submit(draft, anna, workflow, OFFICIALESE)
    team_step = state.current_task_state.specific
    team_step.task.specific.on_action(team_step, bram, "approve")

    state.refresh_from_db()
    assert state.current_task_state.task.name == "B1-taalcheck"
    assert state.current_task_state.status == TaskState.STATUS_IN_PROGRESS
    draft.refresh_from_db()
    assert not draft.live


def test_a_member_of_team_b_cannot_approve_team_a_content(teams, draft, workflow):
    anna = teams["a"]["members"][0]
    vera = teams["b"]["members"][0]
    state = submit(draft, anna, workflow, PLAIN)
    team_step = state.current_task_state.specific
    task = team_step.task.specific

    assert task.get_actions(draft, vera) == []
    assert not task.get_task_states_user_can_moderate(vera).exists()
    with pytest.raises(PermissionDenied):
        task.on_action(team_step, vera, "approve")
    team_step.refresh_from_db()
    assert team_step.status == TaskState.STATUS_IN_PROGRESS


def test_the_last_editor_cannot_approve_even_via_a_crafted_request(teams, draft, workflow):
    anna = teams["a"]["members"][0]
    state = submit(draft, anna, workflow, PLAIN)
    team_step = state.current_task_state.specific

    with pytest.raises(PermissionDenied):
        team_step.task.specific.on_action(team_step, anna, "approve")
