"""Only editors with permission on a required page may edit it; residents and other editors
may not, and the demo gives the owning team (Team Communicatie) that permission."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.models import GroupPagePermission, Page

from tests.legal.factories import (
    AccessibilityStatementPageFactory,
    ContactPageFactory,
    CookieStatementPageFactory,
    PrivacyStatementPageFactory,
)

FACTORIES = [
    ContactPageFactory,
    PrivacyStatementPageFactory,
    AccessibilityStatementPageFactory,
    CookieStatementPageFactory,
]


def editor(username: str, *groups: Group):
    """A user who may open the Wagtail admin, in ``groups``."""
    user = get_user_model().objects.create_user(username, f"{username}@example.org", "x")
    access_admin = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    user.user_permissions.add(access_admin)
    user.groups.add(*groups)
    return user


@pytest.fixture
def team_with_permission(db):
    return Group.objects.create(name="Team Communicatie (test)")


@pytest.mark.parametrize("factory", FACTORIES, ids=lambda factory: factory._meta.model.__name__)
def test_only_an_editor_with_page_permission_can_edit_a_required_page(
    client, home, team_with_permission, factory
):
    page = factory(parent=home)
    GroupPagePermission.objects.create(
        group=team_with_permission,
        page=page,
        permission=Permission.objects.get(
            content_type__app_label="wagtailcore", codename="change_page"
        ),
    )
    allowed = editor("redacteur", team_with_permission)
    other = editor("collega")
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])

    assert page.permissions_for_user(allowed).can_edit()
    assert not page.permissions_for_user(allowed).can_publish()
    assert not page.permissions_for_user(other).can_edit()

    client.force_login(allowed)
    assert client.get(edit_url).status_code == 200
    client.force_login(other)
    assert client.get(edit_url).status_code in {302, 403}
    client.logout()
    assert client.get(edit_url).status_code == 302


def test_in_the_demo_the_communications_team_edits_the_required_pages(demo_site):
    communication = editor("communicatie", Group.objects.get(name="Team Communicatie"))
    anna = get_user_model().objects.get(username="anna")  # Team Burgerzaken
    paths = ["contact", "privacy", "toegankelijkheid", "cookies"]
    pages = Page.objects.filter(slug__in=paths, depth=3)

    assert pages.count() == 8  # Dutch and English
    for page in pages:
        assert page.permissions_for_user(communication).can_edit(), page.url
        assert not page.permissions_for_user(communication).can_publish(), page.url
        assert not page.permissions_for_user(anna).can_edit(), page.url
