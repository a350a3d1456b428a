"""A reviewer's decision in the publishing workflow goes through Wagtail's TaskState API, never
approves what cannot be published, and lands the reviewer on a screen they may open."""

import json

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.urls import reverse
from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    PageLogEntry,
    Task,
    TaskState,
    Workflow,
    WorkflowState,
    WorkflowTask,
)
from wagtail.signals import workflow_approved

from consultations.models import ConsultationPage
from tests.consultations.factories import (
    ConsultationIndexPageFactory,
    ConsultationPageFactory,
    add_phases,
)
from tests.consultations.test_rules import form_data
from tests.factories import ContentPageFactory
from tests.readability.conftest import OFFICIALESE, PLAIN

pytestmark = pytest.mark.django_db

REASON = "Juridische tekst; de vakafdeling houdt deze formulering aan."


def person(django_user_model, username, group):
    user = django_user_model.objects.create_user(username, f"{username}@example.org", "pw-123456")
    user.groups.add(group)
    return user


@pytest.fixture
def participation(home, django_user_model):
    """A consultation overview kept by a team of two (anna writes, bram approves) and a
    language coach (tess) from the group the data migrations created."""
    index = ConsultationIndexPageFactory(parent=home)
    team = Group.objects.create(name="Team Participatie")
    team.permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in ("add_page", "change_page"):
        GroupPagePermission.objects.create(
            group=team, page=index, permission=Permission.objects.get(codename=codename)
        )
    return {
        "index": index,
        "team": team,
        "anna": person(django_user_model, "anna", team),
        "bram": person(django_user_model, "bram", team),
        "tess": person(django_user_model, "tess", Group.objects.get(name="Taalcoaches")),
        "workflow": Workflow.objects.get(name="Inhoud publiceren"),
    }


@pytest.fixture
def waiting_for_the_b1_check(participation):
    """A consultation with officialese: anna submitted it, bram approved, the B1 check waits."""
    page = add_phases(
        ConsultationPageFactory(
            parent=participation["index"],
            slug="plan-voor-het-plein",
            title="Plan voor het plein",
            live=False,
            owning_team=participation["team"],
            intro=OFFICIALESE,
        )
    )
    page.save_revision(user=participation["anna"])
    state = participation["workflow"].start(page, participation["anna"])
    team_step = state.current_task_state.specific
    team_step.task.specific.on_action(team_step, participation["bram"], "approve")
    state.refresh_from_db()
    assert state.current_task_state.task.name == "B1-taalcheck"
    mail.outbox.clear()
    return page, state


@pytest.fixture
def approvals():
    """Every "workflow approved" signal sent during the test."""
    sent = []

    def receiver(sender, instance, **kwargs):
        sent.append(instance)

    workflow_approved.connect(receiver)
    yield sent
    workflow_approved.disconnect(receiver)


def messages_on(html: str) -> list[str]:
    return [
        item.get_text(" ", strip=True)
        for item in BeautifulSoup(html, "html.parser").select(".messages li")
    ]


# Item 12: never "approved" for content that cannot be published ---------------------------------
def test_a_consultation_that_lost_its_rules_in_the_workflow_is_sent_back_not_approved(
    participation, waiting_for_the_b1_check, approvals
):
    page, state = waiting_for_the_b1_check
    page.use_of_input = ""  # anna saved a draft without a rule while it waited
    page.save_revision(user=participation["anna"])
    b1_step = TaskState.objects.get(pk=state.current_task_state_id).specific

    b1_step.task.specific.on_action(b1_step, participation["tess"], "approve", comment=REASON)

    b1_step.refresh_from_db()
    state.refresh_from_db()
    assert b1_step.status == TaskState.STATUS_REJECTED
    assert "inbreng" in b1_step.comment  # the missing rule, in Dutch
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert approvals == []
    assert not any("goedgekeurd" in message.subject for message in mail.outbox)
    assert not ConsultationPage.objects.get(pk=page.pk).live


def test_the_b1_check_does_not_approve_itself_when_the_page_cannot_be_published(
    participation, approvals
):
    page = add_phases(
        ConsultationPageFactory(
            parent=participation["index"],
            live=False,
            owning_team=participation["team"],
            intro=PLAIN,
        )
    )
    page.save_revision(user=participation["anna"])
    state = participation["workflow"].start(page, participation["anna"])
    page.decision_maker = ""
    page.save_revision(user=participation["anna"])
    team_step = state.current_task_state.specific

    team_step.task.specific.on_action(team_step, participation["bram"], "approve")

    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert approvals == []
    assert not ConsultationPage.objects.get(pk=page.pk).live


# Item 17: Wagtail's TaskState API, a real next step and a landing the reviewer may open -------
def test_the_b1_check_that_approves_itself_logs_the_real_next_step(home, admin_user):
    final = GroupApprovalTask.objects.create(name="Eindredactie")
    workflow = Workflow.objects.create(name="Taalcheck en eindredactie")
    WorkflowTask.objects.create(
        workflow=workflow, task=Task.objects.get(name="B1-taalcheck"), sort_order=0
    )
    WorkflowTask.objects.create(workflow=workflow, task=final, sort_order=1)
    page = ContentPageFactory(parent=home, slug="paspoort", title="Paspoort", live=False)
    page.intro = PLAIN
    page.save_revision(user=admin_user)

    state = workflow.start(page, admin_user)

    entry = PageLogEntry.objects.get(page=page, action="wagtail.workflow.approve")
    assert entry.data["workflow"]["task"]["title"] == "B1-taalcheck"
    assert entry.data["workflow"]["next"] == {"id": final.pk, "title": "Eindredactie"}
    state.refresh_from_db()
    assert state.current_task_state.task_id == final.pk
    page.refresh_from_db()
    assert not page.live


def test_a_language_coach_who_approves_last_in_the_editor_lands_on_a_screen_they_may_open(
    client, participation, waiting_for_the_b1_check
):
    page, state = waiting_for_the_b1_check
    client.force_login(participation["tess"])
    data = form_data(action="action-workflow-action", intro=OFFICIALESE)
    data["workflow-action-name"] = "approve"
    data["workflow-action-extra-data"] = json.dumps({"comment": REASON})

    response = client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)

    assert response.status_code == 302
    landing = client.get(response.url)
    assert landing.status_code == 200
    shown = messages_on(landing.content.decode())
    assert any("goedgekeurd" in text and "gepubliceerd" in text for text in shown), shown
    assert not any("gewijzigd" in text or "geen toegang" in text for text in shown), shown
    assert ConsultationPage.objects.get(pk=page.pk).live
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED


def test_a_language_coach_who_approves_from_the_dashboard_lands_on_a_screen_they_may_open(
    client, participation, waiting_for_the_b1_check
):
    page, state = waiting_for_the_b1_check
    client.force_login(participation["tess"])
    url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[page.pk, "approve", state.current_task_state_id],
    )

    response = client.post(url, {"comment": REASON})

    assert response.status_code == 302
    assert client.get(response.url).status_code == 200
    assert ConsultationPage.objects.get(pk=page.pk).live
