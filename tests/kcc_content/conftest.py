"""Teams, editors and owned pages for the content-currency tests."""

import datetime

import pytest
from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission

from governance.review import sync_schedule
from tests.factories import ContentPageFactory, SectionPageFactory


def make_team(name, section, django_user_model, *usernames):
    """A team that may add and edit pages in its section, with its members."""
    team = Group.objects.create(name=name)
    team.permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in ("add_page", "change_page"):
        GroupPagePermission.objects.create(
            group=team, page=section, permission=Permission.objects.get(codename=codename)
        )
    members = []
    for username in usernames:
        user = django_user_model.objects.create_user(
            username, f"{username}@example.org", "wachtwoord-123"
        )
        user.groups.add(team)
        members.append(user)
    return team, members


@pytest.fixture
def teams(home, django_user_model):
    """Team A (Burgerzaken: anna, bram) and team B (Vergunningen: vera), each with a section."""
    section_a = SectionPageFactory(parent=home, slug="paspoort", title="Paspoort")
    section_b = SectionPageFactory(parent=home, slug="wonen", title="Wonen")
    team_a, members_a = make_team("Team Burgerzaken", section_a, django_user_model, "anna", "bram")
    team_b, members_b = make_team("Team Vergunningen", section_b, django_user_model, "vera")
    return {
        "a": {"team": team_a, "section": section_a, "members": members_a},
        "b": {"team": team_b, "section": section_b, "members": members_b},
    }


def owned_page(parent, team, reviewed_on, slug, **fields):
    """A published page of a team, last reviewed on a given date, with its schedule."""
    page = ContentPageFactory(
        parent=parent,
        slug=slug,
        title=slug.capitalize(),
        owning_team=team,
        last_reviewed_at=reviewed_on,
        **fields,
    )
    sync_schedule(page)
    return page


@pytest.fixture
def dated_pages(teams):
    """Team A: one current, one due-soon, one overdue page (on 2026-11-29)."""
    a = teams["a"]
    return {
        "current": owned_page(a["section"], a["team"], datetime.date(2026, 10, 1), "actueel"),
        "due_soon": owned_page(a["section"], a["team"], datetime.date(2025, 12, 20), "binnenkort"),
        "overdue": owned_page(a["section"], a["team"], datetime.date(2025, 10, 1), "te-laat"),
    }
