"""Participation staff moderate ideas and reactions and enter input from paper and meetings."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.models import ModelLogEntry

from consultations.models import Idea, ModerationStatus, Reaction, Source
from tests.consultations.factories import (
    IdeaFactory,
    ParticipantFactory,
    ReactionFactory,
    make_consultation,
)

pytestmark = pytest.mark.django_db

STAFF_GROUP = "Participatiemedewerkers"


def user_in_group(django_user_model, username, group_name, *extra_permissions):
    user = django_user_model.objects.create_user(username=username, password="pw")
    user.groups.add(Group.objects.get(name=group_name))
    for codename in extra_permissions:
        user.user_permissions.add(Permission.objects.get(codename=codename))
    return user


@pytest.fixture
def staff(client, django_user_model):
    user = user_in_group(django_user_model, "moderator", STAFF_GROUP)
    client.force_login(user)
    return user


@pytest.fixture
def consultation(consultation_index):
    return make_consultation(consultation_index)


@pytest.fixture
def pending_idea(consultation):
    return IdeaFactory(
        consultation=consultation,
        status=ModerationStatus.PENDING,
        participant=ParticipantFactory(
            consultation=consultation, name="Jan Privé", email="jan.prive@example.org"
        ),
    )


def url(model, view, *args):
    return reverse(f"wagtailsnippets_consultations_{model}:{view}", args=args)


def log_actions(instance):
    return list(
        ModelLogEntry.objects.filter(object_id=str(instance.pk))
        .order_by("timestamp", "pk")
        .values_list("action", flat=True)
    )


# Approve and reject


def test_moderator_approves_an_idea_and_it_is_logged(client, staff, pending_idea):
    response = client.post(url("idea", "approve", pending_idea.pk))

    assert response.status_code == 302
    pending_idea.refresh_from_db()
    assert pending_idea.status == ModerationStatus.PUBLISHED
    assert pending_idea.moderated_at
    entry = ModelLogEntry.objects.get(action="consultations.approve")
    assert entry.user == staff
    assert entry.object_id == str(pending_idea.pk)


def test_approval_needs_a_post(client, staff, pending_idea):
    response = client.get(url("idea", "approve", pending_idea.pk))

    assert response.status_code == 200
    pending_idea.refresh_from_db()
    assert pending_idea.status == ModerationStatus.PENDING


def test_moderator_rejects_with_a_reason_that_is_logged(client, staff, consultation):
    reaction = ReactionFactory(consultation=consultation, status=ModerationStatus.PUBLISHED)

    client.post(url("reaction", "reject", reaction.pk), {"reason": "Noemt een buurman"})

    reaction.refresh_from_db()
    assert reaction.status == ModerationStatus.REJECTED
    assert reaction.rejection_reason == "Noemt een buurman"
    entry = ModelLogEntry.objects.get(action="consultations.reject")
    assert entry.data == {"reason": "Noemt een buurman"}
    assert "Noemt een buurman" in entry.message


def test_rejection_without_a_reason_is_refused(client, staff, pending_idea):
    response = client.post(url("idea", "reject", pending_idea.pk), {"reason": ""})

    assert response.status_code == 200
    pending_idea.refresh_from_db()
    assert pending_idea.status == ModerationStatus.PENDING
    assert not ModelLogEntry.objects.filter(action="consultations.reject").exists()


def test_approving_a_reported_reaction_starts_its_report_count_again(client, staff, consultation):
    reaction = ReactionFactory(
        consultation=consultation, status=ModerationStatus.PENDING, report_count=3
    )

    client.post(url("reaction", "approve", reaction.pk))

    reaction.refresh_from_db()
    assert (reaction.status, reaction.report_count) == (ModerationStatus.PUBLISHED, 0)


def test_approved_idea_shows_on_the_consultation_page(client, staff, consultation, pending_idea):
    assert pending_idea.title not in client.get(consultation.url).content.decode()

    client.post(url("idea", "approve", pending_idea.pk))

    assert pending_idea.title in client.get(consultation.url).content.decode()


# Bulk actions


def bulk_url(model, action, *objects):
    ids = "&".join(f"id={item.pk}" for item in objects)
    return f"{reverse('wagtail_bulk_action', args=('consultations', model, action))}?{ids}"


def test_moderator_approves_several_ideas_at_once(client, staff, consultation):
    ideas = IdeaFactory.create_batch(3, consultation=consultation)

    response = client.post(bulk_url("idea", "approve", *ideas[:2]))

    assert response.status_code == 302
    statuses = [Idea.objects.get(pk=idea.pk).status for idea in ideas]
    assert statuses == [ModerationStatus.PUBLISHED, ModerationStatus.PUBLISHED, "pending"]
    assert ModelLogEntry.objects.filter(action="consultations.approve").count() == 2


def test_moderator_rejects_several_reactions_at_once_with_one_reason(client, staff, consultation):
    reactions = ReactionFactory.create_batch(2, consultation=consultation)

    client.post(bulk_url("reaction", "reject", *reactions), {"reason": "Reclame"})

    for reaction in reactions:
        reaction.refresh_from_db()
        assert (reaction.status, reaction.rejection_reason) == (
            ModerationStatus.REJECTED,
            "Reclame",
        )
    assert ModelLogEntry.objects.filter(action="consultations.reject").count() == 2


def test_bulk_rejection_without_a_reason_is_refused(client, staff, consultation):
    reaction = ReactionFactory(consultation=consultation)

    client.post(bulk_url("reaction", "reject", reaction), {"reason": ""})

    reaction.refresh_from_db()
    assert reaction.status == ModerationStatus.PENDING


# Listing and editing


def test_listing_shows_waiting_ideas_first(client, staff, consultation):
    IdeaFactory(consultation=consultation, status=ModerationStatus.PUBLISHED, title="Oud idee")
    IdeaFactory(consultation=consultation, status=ModerationStatus.PENDING, title="Wacht idee")
    IdeaFactory(consultation=consultation, status=ModerationStatus.PUBLISHED, title="Nieuw idee")

    content = client.get(url("idea", "list")).content.decode()

    assert content.index("Wacht idee") < content.index("Nieuw idee") < content.index("Oud idee")


def test_listing_filters_by_status(client, staff, consultation):
    IdeaFactory(consultation=consultation, status=ModerationStatus.PUBLISHED, title="Zichtbaar")
    IdeaFactory(consultation=consultation, status=ModerationStatus.PENDING, title="Wacht nog")

    content = client.get(url("idea", "list"), {"status": "pending"}).content.decode()

    assert "Wacht nog" in content
    assert "Zichtbaar" not in content


def edit_data(idea, **changes):
    data = {
        "title": idea.title,
        "description": idea.description,
        "neighbourhood": idea.neighbourhood,
        "disposition": idea.disposition,
        "disposition_reason": idea.disposition_reason,
    }
    return {**data, **changes}


def test_edit_for_privacy_is_logged_without_the_removed_text(client, staff, pending_idea):
    response = client.post(
        url("idea", "edit", pending_idea.pk),
        edit_data(pending_idea, description="Zet bankjes neer bij [naam verwijderd]."),
    )

    assert response.status_code == 302
    pending_idea.refresh_from_db()
    assert pending_idea.description == "Zet bankjes neer bij [naam verwijderd]."
    entry = ModelLogEntry.objects.get(action="consultations.privacy_edit")
    assert entry.user == staff
    assert "bankjes" not in str(entry.data)


def test_disposition_is_set_in_the_edit_form(client, staff, pending_idea):
    client.post(
        url("idea", "edit", pending_idea.pk),
        edit_data(pending_idea, disposition="adopted", disposition_reason="Komt in het ontwerp."),
    )

    pending_idea.refresh_from_db()
    assert pending_idea.disposition == "adopted"
    assert not ModelLogEntry.objects.filter(action="consultations.privacy_edit").exists()


# Permissions and personal data


def test_editor_without_moderate_permission_cannot_moderate(
    client, django_user_model, pending_idea
):
    editor = user_in_group(django_user_model, "redacteur", "Editors")
    client.force_login(editor)

    responses = [
        client.get(url("idea", "list")),
        client.get(url("idea", "edit", pending_idea.pk)),
        client.post(url("idea", "approve", pending_idea.pk)),
        client.post(bulk_url("idea", "approve", pending_idea)),
    ]

    assert all(response.status_code in {302, 403} for response in responses)
    pending_idea.refresh_from_db()
    assert pending_idea.status == ModerationStatus.PENDING


def test_viewing_ideas_without_the_moderate_permission_is_refused(
    client, django_user_model, pending_idea
):
    viewer = user_in_group(django_user_model, "kijker", "Editors", "view_idea", "change_idea")
    client.force_login(viewer)

    assert client.get(url("idea", "list")).status_code in {302, 403}
    assert client.post(url("idea", "approve", pending_idea.pk)).status_code in {302, 403}
    pending_idea.refresh_from_db()
    assert pending_idea.status == ModerationStatus.PENDING


def test_participation_staff_see_the_participants_contact_details(client, staff, pending_idea):
    content = client.get(url("idea", "edit", pending_idea.pk)).content.decode()

    assert "jan.prive@example.org" in content
    assert "Jan Privé" in content


def test_moderators_without_view_participant_do_not_see_contact_details(
    client, django_user_model, pending_idea
):
    moderator = django_user_model.objects.create_user(username="mod2", password="pw")
    for codename in ("access_admin", "view_idea", "change_idea", "moderate_idea"):
        moderator.user_permissions.add(Permission.objects.get(codename=codename))
    client.force_login(moderator)

    response = client.get(url("idea", "edit", pending_idea.pk))

    assert response.status_code == 200
    content = response.content.decode()
    assert "jan.prive@example.org" not in content
    assert "Jan Privé" not in content


# Input entered by staff


def test_staff_entered_idea_is_published_with_its_source(client, staff, consultation):
    response = client.post(
        url("idea", "add"),
        {
            "consultation": consultation.pk,
            "source": Source.MEETING,
            "title": "Speeltuin bij de school",
            "description": "Genoemd tijdens de wijktafel.",
            "neighbourhood": "Geertruidenberg",
        },
    )

    assert response.status_code == 302
    idea = Idea.objects.get()
    assert (idea.status, idea.source, idea.entered_by) == (
        ModerationStatus.PUBLISHED,
        Source.MEETING,
        staff,
    )
    assert "Speeltuin bij de school" in client.get(consultation.url).content.decode()
    listing = client.get(url("idea", "list")).content.decode()
    assert "Speeltuin bij de school" in listing
    assert str(Source.MEETING.label) in listing
    assert "wagtail.create" in log_actions(idea)


def test_staff_entered_reaction_on_an_idea_counts_like_online_input(client, staff, consultation):
    idea = IdeaFactory(consultation=consultation, status=ModerationStatus.PUBLISHED)

    client.post(
        url("reaction", "add"),
        {
            "consultation": consultation.pk,
            "idea": idea.pk,
            "source": Source.PAPER,
            "text": "Graag ook een bankje.",
        },
    )

    reaction = Reaction.objects.get()
    assert (reaction.status, reaction.source, reaction.entered_by) == (
        ModerationStatus.PUBLISHED,
        Source.PAPER,
        staff,
    )
    assert list(consultation.published_reactions(idea)) == [reaction]


def test_staff_cannot_enter_input_as_online(client, staff, consultation):
    client.post(
        url("idea", "add"),
        {
            "consultation": consultation.pk,
            "source": Source.ONLINE,
            "title": "Nep",
            "description": "Nep",
        },
    )

    assert not Idea.objects.exists()


def test_a_staff_entered_reaction_must_belong_to_an_idea_of_the_same_consultation(
    client, staff, consultation, consultation_index
):
    other_idea = IdeaFactory(consultation=make_consultation(consultation_index))

    client.post(
        url("reaction", "add"),
        {
            "consultation": consultation.pk,
            "idea": other_idea.pk,
            "source": Source.PAPER,
            "text": "Verkeerd",
        },
    )

    assert not Reaction.objects.exists()


def test_participation_menu_lists_moderation_for_staff_only(client, staff, django_user_model):
    assert url("idea", "list") in client.get(reverse("wagtailadmin_home")).content.decode()

    client.force_login(user_in_group(django_user_model, "redacteur", "Editors"))

    assert url("idea", "list") not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_staff_entry_form_offers_offline_sources_only(client, staff):
    response = client.get(url("reaction", "add"))

    assert response.status_code == 200
    content = response.content.decode()
    assert f'value="{Source.HOME_VISIT}"' in content
    assert f'value="{Source.ONLINE}"' not in content


def test_bulk_reject_asks_for_a_reason_before_anything_changes(client, staff, consultation):
    reaction = ReactionFactory(consultation=consultation)

    response = client.get(bulk_url("reaction", "reject", reaction))

    assert response.status_code == 200
    assert 'name="reason"' in response.content.decode()
    reaction.refresh_from_db()
    assert reaction.status == ModerationStatus.PENDING
