"""A consultation cannot go live without complete rules of the game, by any publishing path."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.models import (
    GroupApprovalTask,
    TaskState,
    Workflow,
    WorkflowPage,
    WorkflowState,
    WorkflowTask,
)
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from consultations.models import ConsultationPage, PhaseKind
from consultations.rules import REQUIRED_RULES, ParticipationLevel, rule_problems
from tests.consultations.factories import ConsultationPageFactory, add_phases

pytestmark = pytest.mark.django_db

COMPLETE_RULES = {
    "participation_level": ParticipationLevel.ADVISE,
    "fixed_points": "De plek en het budget liggen vast.",
    "open_points": "De inrichting van het plein.",
    "decision_maker": "De gemeenteraad",
    "decision_moment": "Juni 2027",
    "use_of_input": "We maken met uw ideeën twee ontwerpen.",
    "feedback_date": datetime.date(2027, 6, 1),
    "retention_date": datetime.date(2027, 12, 1),
}


def consultation(**rules) -> ConsultationPage:
    """An unsaved consultation with complete rules, changed by ``rules``."""
    return ConsultationPage(title="Plan", topic="Openbare ruimte", **{**COMPLETE_RULES, **rules})


# rule_problems --------------------------------------------------------------------------------
def test_complete_rules_have_no_problems():
    assert rule_problems(consultation()) == {}


@pytest.mark.parametrize("field_name", list(REQUIRED_RULES))
def test_each_missing_rule_is_named_with_its_message(field_name):
    problems = rule_problems(consultation(**{field_name: None}))

    assert problems == {field_name: REQUIRED_RULES[field_name]}


@pytest.mark.parametrize("field_name", ["fixed_points", "decision_maker", "use_of_input"])
def test_a_rule_of_only_spaces_counts_as_missing(field_name):
    assert field_name in rule_problems(consultation(**{field_name: "   \n "}))


def test_personal_data_must_be_kept_until_the_feedback_date():
    problems = rule_problems(consultation(retention_date=datetime.date(2027, 5, 31)))

    assert list(problems) == ["retention_date"]
    assert "terugkoppeling" in str(problems["retention_date"])


def test_personal_data_may_be_deleted_on_the_feedback_date_itself():
    same_day = COMPLETE_RULES["feedback_date"]

    assert rule_problems(consultation(retention_date=same_day)) == {}


# The editor form in the Wagtail admin -----------------------------------------------------------
@pytest.fixture
def editor(client, admin_user):
    client.force_login(admin_user)
    return client


def form_data(slug="plan-voor-het-plein", action=None, **changes) -> dict:
    """The consultation editor form as the browser posts it; ``None`` leaves a field empty."""
    rules = {
        **COMPLETE_RULES,
        "feedback_date": "2027-06-01",
        "retention_date": "2027-12-01",
    }
    fields = {
        "title": "Plan voor het plein",
        "slug": slug,
        "intro": "Denk mee over het plein.",
        "topic": "Openbare ruimte",
        "area": "",  # the whole municipality
        "body": streamfield([]),
        "documents": streamfield([]),
        **rules,
        "moderation": "pre",
        "report_threshold": "3",
        "show_survey_results": "on",
        "show_feedback": "on",
        "feedback_summary": rich_text(""),
        "phases": inline_formset(
            [
                {
                    "kind": PhaseKind.INPUT,
                    "starts_on": "2027-01-01",
                    "ends_on": "",
                    "description": "",
                }
            ],
            min=1,
        ),
        "comments": inline_formset([]),
    }
    for name, value in changes.items():
        fields[name] = "" if value is None else value
    data = nested_form_data(fields)
    if action:
        data[action] = action
    return data


def add_url(parent) -> str:
    return reverse("wagtailadmin_pages:add", args=["consultations", "consultationpage", parent.pk])


def field_errors(response) -> dict:
    form = response.context["form"]
    return {name: [str(error) for error in errors] for name, errors in form.errors.items()}


def test_publishing_a_new_consultation_without_rules_is_refused_with_field_errors(
    editor, consultation_index
):
    response = editor.post(
        add_url(consultation_index),
        form_data(action="action-publish", fixed_points=None, feedback_date=None),
    )

    assert response.status_code == 200
    errors = field_errors(response)
    assert errors["fixed_points"] == [str(REQUIRED_RULES["fixed_points"])]
    assert errors["feedback_date"] == [str(REQUIRED_RULES["feedback_date"])]
    assert not ConsultationPage.objects.exists()


@pytest.fixture
def draft(consultation_index):
    """A consultation saved as a draft, without any rules of the game."""
    page = ConsultationPageFactory(
        parent=consultation_index,
        slug="plan-voor-het-plein",
        live=False,
        **{name: None if "date" in name else "" for name in REQUIRED_RULES},
    )
    return add_phases(page, PhaseKind.INPUT)


def edit_url(page) -> str:
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def test_publishing_an_existing_draft_without_a_rule_is_refused(editor, draft):
    response = editor.post(edit_url(draft), form_data(action="action-publish", decision_maker=None))

    assert response.status_code == 200
    assert list(field_errors(response)) == ["decision_maker"]
    draft.refresh_from_db()
    assert not draft.live


def test_publishing_with_personal_data_deleted_before_the_feedback_date_is_refused(editor, draft):
    response = editor.post(
        edit_url(draft), form_data(action="action-publish", retention_date="2027-05-01")
    )

    assert response.status_code == 200
    assert "retention_date" in field_errors(response)
    draft.refresh_from_db()
    assert not draft.live


def test_submitting_to_the_workflow_without_rules_is_refused(editor, draft):
    response = editor.post(
        edit_url(draft), form_data(action="action-submit", use_of_input=None, open_points=None)
    )

    assert response.status_code == 200
    assert set(field_errors(response)) == {"use_of_input", "open_points"}
    assert not WorkflowState.objects.filter(object_id=str(draft.pk)).exists()


def test_a_draft_without_rules_can_be_saved(editor, consultation_index):
    empty_rules = dict.fromkeys(REQUIRED_RULES)

    response = editor.post(add_url(consultation_index), form_data(**empty_rules))

    assert response.status_code == 302
    page = ConsultationPage.objects.get(slug="plan-voor-het-plein")
    assert not page.live
    assert rule_problems(page)


def test_a_consultation_with_complete_rules_can_be_published(editor, draft):
    response = editor.post(edit_url(draft), form_data(action="action-publish"))

    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.live
    assert draft.participation_level == ParticipationLevel.ADVISE


def test_the_editor_links_a_consultation_to_an_area(editor, draft, areas):
    response = editor.post(
        edit_url(draft), form_data(action="action-publish", area=areas["centrum"].area.pk)
    )

    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.area == areas["centrum"].area


def test_the_editor_refuses_an_area_that_does_not_exist(editor, draft, areas):
    unknown = max(page.area.pk for page in areas.values()) + 1

    response = editor.post(edit_url(draft), form_data(action="action-publish", area=unknown))

    assert response.status_code == 200
    assert "area" in field_errors(response)
    draft.refresh_from_db()
    assert draft.area is None and not draft.live


def test_a_consultation_with_complete_rules_can_be_submitted_to_the_workflow(editor, draft):
    response = editor.post(edit_url(draft), form_data(action="action-submit"))

    assert response.status_code == 302
    state = WorkflowState.objects.get(object_id=str(draft.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS


# Every other publishing path -------------------------------------------------------------------
def test_saving_a_live_consultation_without_rules_raises(consultation_index):
    page = ConsultationPageFactory(parent=consultation_index)
    page.use_of_input = ""

    with pytest.raises(ValidationError) as raised:
        page.save()

    assert "use_of_input" in raised.value.message_dict
    page.refresh_from_db()
    assert page.use_of_input


def test_publishing_a_revision_of_an_incomplete_draft_raises_and_keeps_it_offline(draft):
    revision = draft.save_revision()

    with pytest.raises(ValidationError):
        revision.publish()

    draft.refresh_from_db()
    assert not draft.live
    assert draft.live_revision is None


@pytest.fixture
def approval_workflow(consultation_index):
    """A one-step workflow on the consultations: any superuser may approve."""
    workflow = Workflow.objects.create(name="Raadpleging goedkeuren")
    task = GroupApprovalTask.objects.create(name="Goedkeuren")
    task.groups.set([Group.objects.get_or_create(name="Moderators")[0]])
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.create(workflow=workflow, page=consultation_index)
    return workflow


def submitted_incomplete(draft, workflow, user):
    """A draft submitted with complete rules whose latest revision then lost them."""
    for name, value in COMPLETE_RULES.items():
        setattr(draft, name, value)
    draft.save_revision(user=user)
    state = workflow.start(draft, user)
    draft.use_of_input = ""  # an editor saved a draft while it was in moderation
    draft.save_revision(user=user)
    return state


def test_the_workflow_does_not_publish_an_incomplete_consultation(
    draft, approval_workflow, admin_user
):
    state = submitted_incomplete(draft, approval_workflow, admin_user)
    task_state = TaskState.objects.get(
        pk=state.current_task_state_id
    ).specific  # as a request would

    task_state.task.specific.on_action(task_state, admin_user, "approve")

    draft.refresh_from_db()
    state.refresh_from_db()
    assert not draft.live
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES


def test_approving_an_incomplete_consultation_in_the_admin_is_no_server_error(
    editor, draft, approval_workflow, admin_user
):
    state = submitted_incomplete(draft, approval_workflow, admin_user)
    url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[draft.pk, "approve", state.current_task_state.pk],
    )

    response = editor.post(url, {"comment": ""})

    assert response.status_code == 302
    draft.refresh_from_db()
    state.refresh_from_db()
    assert not draft.live
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES


def test_the_workflow_still_publishes_a_complete_consultation(draft, approval_workflow, admin_user):
    for name, value in COMPLETE_RULES.items():
        setattr(draft, name, value)
    draft.save_revision(user=admin_user)
    state = approval_workflow.start(draft, admin_user)
    task_state = state.current_task_state.specific

    task_state.task.specific.on_action(task_state, admin_user, "approve")

    draft.refresh_from_db()
    assert draft.live
    assert draft.feedback_date == COMPLETE_RULES["feedback_date"]
