"""Fixtures for the plain-language checks in Wagtail: editors, teams and pages."""

import pytest
from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission

from tests.factories import ContentPageFactory

OFFICIALESE = (
    "Teneinde uw aanvraag conform de geldende regels in behandeling te kunnen nemen, "
    "dient u het formulier volledig ingevuld te retourneren."
)
PLAIN = (
    "U vraagt een paspoort aan in de Gemeentewinkel. Neem een pasfoto mee. U betaalt met de pin."
)


@pytest.fixture
def editor(django_user_model, home):
    """A member of Team Burgerzaken who may edit pages under the home page."""
    team = Group.objects.create(name="Team Burgerzaken")
    team.permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in ("add_page", "change_page", "publish_page"):
        GroupPagePermission.objects.create(
            group=team, page=home, permission=Permission.objects.get(codename=codename)
        )
    user = django_user_model.objects.create_user("redacteur", "r@example.org", "wachtwoord-123")
    user.groups.add(team)
    return user


@pytest.fixture
def outsider(django_user_model):
    """An admin user without any page permissions."""
    group = Group.objects.create(name="Alleen inloggen")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user = django_user_model.objects.create_user(
        "buitenstaander", "b@example.org", "wachtwoord-123"
    )
    user.groups.add(group)
    return user


@pytest.fixture
def plain_page(home):
    return ContentPageFactory(parent=home, slug="paspoort", title="Paspoort", intro=PLAIN)
