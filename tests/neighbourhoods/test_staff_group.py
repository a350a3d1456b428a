"""The "Wijkteams" group from migration 0002: what neighbourhood staff may do in the admin."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Collection, GroupCollectionPermission

from neighbourhoods.models import (
    Initiative,
    Meeting,
    NeighbourhoodBudget,
    PostcodeArea,
    RecurringOfficeHours,
)

pytestmark = pytest.mark.django_db

EXPECTED = {
    ("wagtailadmin", "access_admin"),
    *(
        ("neighbourhoods", f"{action}_{model}")
        for model in ("meeting", "recurringofficehours", "officehourscancellation")
        for action in ("add", "change", "delete", "view")
    ),
    ("neighbourhoods", "view_initiative"),
    ("neighbourhoods", "change_initiative"),
    ("neighbourhoods", "decide_initiative"),
    ("neighbourhoods", "view_initiative_contact"),
    *(
        ("neighbourhoods", f"{action}_initiativephoto")
        for action in ("add", "change", "delete", "view")
    ),
    ("neighbourhoods", "view_initiativestatuschange"),
    ("neighbourhoods", "view_neighbourhoodbudget"),
    ("neighbourhoods", "view_postcodearea"),
}


@pytest.fixture
def group():
    return Group.objects.get(name="Wijkteams")


@pytest.fixture
def wijk(client, django_user_model, group):
    user = django_user_model.objects.create_user("wijk", password="geheim-wachtwoord")  # noqa: S106
    user.groups.add(group)
    client.force_login(user)
    return user


def list_url(model) -> str:
    return reverse(model.snippet_viewset.get_url_name("list"))


def test_the_group_has_exactly_the_expected_permissions(group):
    granted = set(group.permissions.values_list("content_type__app_label", "codename"))

    assert granted == EXPECTED


def test_budgets_and_postcodes_are_read_only_for_neighbourhood_staff(wijk):
    for codename in ("add", "change", "delete"):
        assert not wijk.has_perm(f"neighbourhoods.{codename}_neighbourhoodbudget")
        assert not wijk.has_perm(f"neighbourhoods.{codename}_postcodearea")
    assert not wijk.has_perm("neighbourhoods.delete_initiative")
    assert wijk.has_perm("neighbourhoods.decide_initiative")


def test_neighbourhood_staff_may_choose_and_upload_photos(group):
    granted = GroupCollectionPermission.objects.filter(
        group=group, collection=Collection.get_first_root_node()
    ).values_list("permission__codename", flat=True)

    assert set(granted) == {"add_image", "choose_image"}


def test_neighbourhood_staff_see_the_neighbourhoods_menu_and_open_its_screens(client, wijk):
    home = client.get(reverse("wagtailadmin_home")).content.decode()

    for model in (Meeting, RecurringOfficeHours, Initiative, NeighbourhoodBudget, PostcodeArea):
        assert list_url(model) in home, model
        assert client.get(list_url(model)).status_code == 200, model


def test_other_editors_do_not_see_the_neighbourhoods_menu(client, django_user_model):
    editor = django_user_model.objects.create_user("redacteur", password="geheim-wachtwoord")  # noqa: S106
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)

    home = client.get(reverse("wagtailadmin_home")).content.decode()

    assert list_url(Meeting) not in home
    assert list_url(Initiative) not in home
