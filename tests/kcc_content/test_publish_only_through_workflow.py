"""Four eyes everywhere: no staff group of the demo publishes a page without the workflow."""

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import DraftStateMixin, Page, WorkflowState

from consultations.models import ConsultationIndexPage, ConsultationPage
from tests.consultations.factories import ConsultationPageFactory, add_phases
from tests.consultations.test_rules import form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(demo_site):
    """The demo site with its staff groups and people."""
    return demo_site


def member_of(group: Group):
    """A fresh staff member whose only group is ``group``."""
    user = get_user_model().objects.create_user(f"lid-{group.pk}", f"lid-{group.pk}@example.org")
    user.groups.add(group)
    return user


def test_no_group_of_the_demo_may_publish_a_page_it_can_edit(demo):
    groups = list(Group.objects.order_by("name"))
    pages = list(Page.objects.live().filter(depth__gt=1))
    editable = {}

    for group in groups:
        user = member_of(group)
        for page in pages:
            permissions = page.permissions_for_user(user)
            if permissions.can_edit():
                editable.setdefault(group.name, 0)
                editable[group.name] += 1
                assert not permissions.can_publish(), f"{group.name} may publish {page.url_path}"

    assert {"Participatiemedewerkers", "Jongerenwerkers", "Contentcoördinatoren"} <= set(editable)


def test_no_group_may_publish_snippets_directly(demo):
    models = [
        model
        for model in apps.get_models()
        if issubclass(model, DraftStateMixin) and not issubclass(model, Page)
    ]

    for group in Group.objects.all():
        user = member_of(group)
        for model in models:
            codename = f"{model._meta.app_label}.publish_{model._meta.model_name}"
            assert not user.has_perm(codename), f"{group.name} may publish {model.__name__}"


def test_every_public_page_is_covered_by_the_publishing_workflow(demo):
    uncovered = [
        page.url_path
        for page in Page.objects.live().filter(depth__gt=1)
        if page.get_workflow() is None or not page.get_workflow().active
    ]

    assert uncovered == []


def test_a_participation_officer_who_presses_publish_sends_the_page_to_the_workflow(demo, client):
    officer = get_user_model().objects.get(username="participatie")
    index = ConsultationIndexPage.objects.get()
    draft = add_phases(
        ConsultationPageFactory(
            parent=index, slug="plan-voor-het-plein", live=False, owning_team=index.owning_team
        )
    )
    client.force_login(officer)

    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[draft.pk]), form_data(action="action-publish")
    )

    assert response.status_code == 302
    draft = ConsultationPage.objects.get(pk=draft.pk)
    assert not draft.live
    assert draft.get_latest_revision().user == officer  # saved as a draft, not published
    assert not WorkflowState.objects.filter(
        object_id=str(draft.pk), status=WorkflowState.STATUS_APPROVED
    ).exists()
