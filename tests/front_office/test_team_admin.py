"""Handling teams are managed under Settings by administrators, not by team members."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from front_office.models import HandlingTeam

pytestmark = pytest.mark.django_db

LIST = "wagtailsnippets_front_office_handlingteam:list"
ADD = "wagtailsnippets_front_office_handlingteam:add"


def test_an_administrator_links_a_group_to_a_team_mailbox(admin_client):
    group = Group.objects.create(name="Team Belastingen")

    response = admin_client.post(
        reverse(ADD),
        {"group": group.pk, "email": "belastingen@example.org", "takes_requests": "on"},
    )

    assert response.status_code == 302
    team = HandlingTeam.objects.get(group=group)
    assert team.email == "belastingen@example.org" and team.takes_requests
    assert "Team Belastingen" in admin_client.get(reverse(LIST)).content.decode()


def test_a_bad_mailbox_is_refused_and_nothing_is_saved(admin_client):
    group = Group.objects.create(name="Team Belastingen")

    response = admin_client.post(reverse(ADD), {"group": group.pk, "email": "geen adres"})

    assert response.status_code == 200
    assert not HandlingTeam.objects.exists()


def test_an_editor_without_the_permission_cannot_see_the_teams(client, django_user_model):
    editor = django_user_model.objects.create_user("editor", password="pw")
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)

    response = client.get(reverse(LIST))

    assert response.status_code in (302, 403)
