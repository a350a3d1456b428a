"""The "Leesbaarheid" report belongs to content coordinators and language coaches, not to everyone."""

import pytest
from django.contrib.auth.models import Group
from django.contrib.messages import ERROR, get_messages
from django.test import RequestFactory
from django.urls import reverse
from wagtail.admin.menu import reports_menu

pytestmark = pytest.mark.django_db

REPORT_URL = "/admin/reports/readability/"


def member_of(django_user_model, group_name, username):
    """A staff member in the group the data migrations created."""
    user = django_user_model.objects.create_user(username, f"{username}@example.org", "pw-12345678")
    user.groups.add(Group.objects.get(name=group_name))
    return user


def report_in_menu(user) -> bool:
    """Whether the Reports menu lists the readability report for ``user``."""
    request = RequestFactory().get("/admin/")
    request.user = user
    urls = [item.url for item in reports_menu.menu_items_for_request(request)]
    return reverse("readability_report") in urls


@pytest.mark.parametrize("group_name", ["Contentcoördinatoren", "Taalcoaches"])
def test_coordinators_and_language_coaches_see_and_open_the_report(
    client, django_user_model, home, group_name
):
    user = member_of(django_user_model, group_name, "lezer")
    client.force_login(user)

    assert report_in_menu(user)
    assert client.get(REPORT_URL).status_code == 200
    assert client.get(REPORT_URL + "?export=csv").status_code == 200


def test_a_plain_editor_gets_no_menu_item_and_a_refusal(client, editor):
    client.force_login(editor)

    response = client.get(REPORT_URL)

    assert not report_in_menu(editor)
    # Wagtail answers a refused admin view with a redirect to the dashboard and an error message.
    assert response.status_code == 302 and response.url == reverse("wagtailadmin_home")
    assert [m.level for m in get_messages(response.wsgi_request)] == [ERROR]
