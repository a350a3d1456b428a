"""The shared moderation screens: the same steps and permissions for every moderated kind."""

import pytest
from django.urls import reverse

from participation.models import ModerationStatus
from tests.participation.conftest import KINDS

pytestmark = pytest.mark.django_db

ALL_KINDS = list(KINDS)


def action_url(kind, action, item):
    return reverse(f"{KINDS[kind][1]}:{action}", args=[item.pk])


def bulk_url(item, action, *items):
    meta = type(item)._meta
    ids = "&".join(f"id={each.pk}" for each in (item, *items))
    return f"{reverse('wagtail_bulk_action', args=(meta.app_label, meta.model_name, action))}?{ids}"


@pytest.mark.parametrize("kind", ALL_KINDS)
def test_moderator_approves_on_the_confirmation_screen(client, kind, make_item, moderator_of):
    item = make_item(kind)
    moderator = moderator_of(kind)
    client.force_login(moderator)

    assert client.get(action_url(kind, "approve", item)).status_code == 200
    response = client.post(action_url(kind, "approve", item))

    assert response.status_code == 302
    item.refresh_from_db()
    assert item.status == ModerationStatus.PUBLISHED
    assert item.moderated_by == moderator


@pytest.mark.parametrize("kind", ALL_KINDS)
def test_moderator_rejects_with_a_reason(client, kind, make_item, moderator_of):
    item = make_item(kind)
    moderator = moderator_of(kind)
    client.force_login(moderator)

    client.post(action_url(kind, "reject", item), {"reason": "Gaat niet over dit plan"})

    item.refresh_from_db()
    assert item.status == ModerationStatus.REJECTED
    assert item.rejection_reason == "Gaat niet over dit plan"
    assert item.moderated_by == moderator


@pytest.mark.parametrize("kind", ALL_KINDS)
@pytest.mark.parametrize("action", ["approve", "reject"])
def test_an_editor_without_the_moderation_permission_is_refused(
    client, kind, action, make_item, editor
):
    item = make_item(kind)
    client.force_login(editor)

    response = client.post(action_url(kind, action, item), {"reason": "Weg ermee"})

    # Wagtail answers a refused admin view with a redirect to the dashboard and a message.
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")
    item.refresh_from_db()
    assert item.status == ModerationStatus.PENDING


@pytest.mark.parametrize("kind", ALL_KINDS)
def test_a_visitor_who_is_not_logged_in_is_sent_to_the_login(client, kind, make_item):
    item = make_item(kind)

    response = client.post(action_url(kind, "approve", item))

    assert response.status_code == 302
    assert reverse("wagtailadmin_login") in response["Location"]
    item.refresh_from_db()
    assert item.status == ModerationStatus.PENDING


@pytest.mark.parametrize("kind", ALL_KINDS)
def test_a_moderator_of_one_kind_does_not_moderate_another(client, kind, make_item, moderator_of):
    other = "proposal" if kind != "proposal" else "idea"
    item = make_item(kind)
    client.force_login(moderator_of(other))

    client.post(action_url(kind, "approve", item))

    item.refresh_from_db()
    assert item.status == ModerationStatus.PENDING


@pytest.mark.parametrize("kind", ALL_KINDS)
def test_bulk_approve_publishes_the_selected_items_only(client, kind, make_item, moderator_of):
    first, second, left_alone = (make_item(kind) for _ in range(3))
    moderator = moderator_of(kind)
    client.force_login(moderator)

    response = client.post(bulk_url(first, "approve", second))

    assert response.status_code == 302
    for item in (first, second, left_alone):
        item.refresh_from_db()
    assert [first.status, second.status, left_alone.status] == [
        ModerationStatus.PUBLISHED,
        ModerationStatus.PUBLISHED,
        ModerationStatus.PENDING,
    ]
    assert first.moderated_by == second.moderated_by == moderator


@pytest.mark.parametrize("kind", ALL_KINDS)
def test_bulk_reject_gives_every_item_the_same_reason(client, kind, make_item, moderator_of):
    first, second = make_item(kind), make_item(kind)
    client.force_login(moderator_of(kind))

    client.post(bulk_url(first, "reject", second), {"reason": "Dubbel ingestuurd"})

    for item in (first, second):
        item.refresh_from_db()
        assert item.status == ModerationStatus.REJECTED
        assert item.rejection_reason == "Dubbel ingestuurd"


def test_bulk_approve_leaves_out_items_with_unchecked_personal_data(
    client, make_item, moderator_of
):
    clean = make_item("proposal")
    personal = make_item("proposal", what="Bel mij op 06 12345678")
    client.force_login(moderator_of("proposal"))

    client.post(bulk_url(clean, "approve", personal))

    clean.refresh_from_db()
    personal.refresh_from_db()
    assert clean.status == ModerationStatus.PUBLISHED
    assert personal.status == ModerationStatus.PENDING


@pytest.mark.parametrize("kind", ALL_KINDS)
def test_an_editor_cannot_use_the_bulk_actions(client, kind, make_item, editor):
    item = make_item(kind)
    client.force_login(editor)

    response = client.post(bulk_url(item, "approve"))

    assert response.status_code in {302, 403}
    item.refresh_from_db()
    assert item.status == ModerationStatus.PENDING
