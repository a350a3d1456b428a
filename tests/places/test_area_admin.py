"""The admin of the area tree: "Instellingen" → "Villages and neighbourhoods"."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.users.models import UserProfile

from places.models import Area, AreaKind
from tests.places.factories import AreaFactory

pytestmark = pytest.mark.django_db

LIST = "wagtailsnippets_places_area:list"
ADD = "wagtailsnippets_places_area:add"


def editor_with(django_user_model, *codenames):
    """An editor with extra permissions on areas, who reads the admin in English."""
    user = django_user_model.objects.create_user(username="editor", password="pw")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    user.groups.add(Group.objects.get(name="Editors"))
    for codename in codenames:
        user.user_permissions.add(
            Permission.objects.get(content_type__app_label="places", codename=codename)
        )
    return user


def test_an_editor_without_permission_cannot_see_or_change_the_areas(client, django_user_model):
    AreaFactory(name="Raamsdonksveer")
    client.force_login(editor_with(django_user_model))

    assert client.get(reverse(LIST)).status_code in (302, 403)
    assert client.get(reverse(ADD)).status_code in (302, 403)


def test_a_data_editor_lists_the_villages_with_their_neighbourhoods(client, django_user_model):
    village = AreaFactory(name="Raamsdonksveer")
    AreaFactory(name="Centrum", kind=AreaKind.NEIGHBOURHOOD, parent=village)
    client.force_login(editor_with(django_user_model, "view_area"))

    response = client.get(reverse(LIST))

    assert response.status_code == 200
    content = response.content.decode()
    assert "Raamsdonksveer" in content and "Centrum" in content
    assert client.get(reverse(ADD)).status_code in (302, 403)


def test_a_data_editor_adds_a_neighbourhood_to_a_village(client, django_user_model):
    village = AreaFactory(name="Raamsdonksveer")
    client.force_login(editor_with(django_user_model, "view_area", "add_area"))

    response = client.post(
        reverse(ADD),
        {
            "name": "Dombosch",
            "slug": "dombosch",
            "kind": AreaKind.NEIGHBOURHOOD,
            "parent": village.pk,
            "cbs_code": "WK082602",
            "sort_order": "2",
        },
    )

    assert response.status_code == 302
    assert Area.objects.get(slug="dombosch").parent == village


def test_a_neighbourhood_without_a_village_is_refused_in_the_form(client, django_user_model):
    client.force_login(editor_with(django_user_model, "view_area", "add_area"))

    response = client.post(
        reverse(ADD),
        {
            "name": "Zwerfwijk",
            "slug": "zwerfwijk",
            "kind": AreaKind.NEIGHBOURHOOD,
            "sort_order": "0",
        },
    )

    assert response.status_code == 200
    assert not Area.objects.filter(slug="zwerfwijk").exists()
