"""The "B1-taalcheck" workflow step approves plain text itself and asks a reason otherwise."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import PageLogEntry, TaskState, Workflow, WorkflowTask

from readability.models import PlainLanguageTask
from readability.workflow import ReasonForm
from tests.factories import ContentPageFactory
from tests.readability.conftest import OFFICIALESE, PLAIN

pytestmark = pytest.mark.django_db


@pytest.fixture
def workflow():
    reviewers, _ = Group.objects.get_or_create(name="Taalcoaches")
    task = PlainLanguageTask.objects.create(name="B1-taalcheck")
    task.groups.add(reviewers)
    flow = Workflow.objects.create(name="Taalcheck")
    WorkflowTask.objects.create(workflow=flow, task=task, sort_order=0)
    return flow


def submit(page, text, workflow, user):
    page.intro = text
    page.save_revision(user=user)
    return workflow.start(page, user)


def test_plain_text_passes_the_task_automatically_and_is_published(home, workflow, admin_user):
    page = ContentPageFactory(parent=home, slug="plain", title="Paspoort", live=False)

    state = submit(page, PLAIN, workflow, admin_user)

    task_state = TaskState.objects.get(workflow_state=state)
    assert task_state.status == TaskState.STATUS_APPROVED
    assert "B1" in task_state.comment
    page.refresh_from_db()
    assert page.live
    assert PageLogEntry.objects.filter(page=page, action="wagtail.workflow.approve").exists()


def test_officialese_waits_for_a_reviewer(home, workflow, admin_user):
    page = ContentPageFactory(parent=home, slug="hard", title="Aanvraag", live=False)

    state = submit(page, OFFICIALESE, workflow, admin_user)

    state.refresh_from_db()
    assert state.current_task_state.status == TaskState.STATUS_IN_PROGRESS
    page.refresh_from_db()
    assert not page.live


def test_a_reviewer_must_give_a_reason_which_is_kept_in_the_history(home, workflow, admin_user):
    page = ContentPageFactory(parent=home, slug="hard", title="Aanvraag", live=False)
    state = submit(page, OFFICIALESE, workflow, admin_user)
    task_state = state.current_task_state.specific
    task = task_state.task.specific

    assert [name for name, _, needs_form in task.get_actions(page, admin_user)] == [
        "reject",
        "approve",
    ]
    assert not ReasonForm({"comment": ""}).is_valid()
    task.on_action(
        task_state,
        admin_user,
        "approve",
        comment="Juridische tekst; de vakafdeling houdt deze formulering aan.",
    )

    entry = PageLogEntry.objects.filter(page=page, action="wagtail.workflow.approve").latest(
        "timestamp"
    )
    assert "Juridische tekst" in entry.data["comment"]
    page.refresh_from_db()
    assert page.live


def test_only_members_of_the_task_groups_may_decide(home, workflow, editor):
    page = ContentPageFactory(parent=home, slug="hard", title="Aanvraag")
    task = workflow.tasks.get().specific

    assert task.get_actions(page, editor) == []


def test_an_english_translation_is_not_held_to_dutch_rules(home, workflow, admin_user, locales):
    english_home = home.copy_for_translation(locales[1])
    english_home.save_revision().publish()
    page = ContentPageFactory(
        parent=english_home, slug="apply", title="Apply", live=False, locale=locales[1]
    )

    state = submit(
        page,
        "Notwithstanding the foregoing, applications shall be submitted.",
        workflow,
        admin_user,
    )

    task_state = TaskState.objects.get(workflow_state=state)
    assert task_state.status == TaskState.STATUS_APPROVED
    assert "geen Nederlandse tekst" in task_state.comment
