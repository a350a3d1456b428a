"""The requests queue and a request's screen in the admin: who sees what, and the steps by POST."""

import datetime

import pytest
from django.contrib.auth.models import Permission
from django.core import mail
from django.urls import reverse
from freezegun import freeze_time
from wagtail.models import ModelLogEntry

from front_office.models import RequestStatus
from tests.front_office import test_handling
from tests.front_office.test_handling import NOW, make_request

people = test_handling.people
teams = test_handling.teams

INDEX = "front_office_requests:index"


def detail_url(request_obj, step=""):
    name = f"front_office_requests:{step or 'detail'}"
    return reverse(name, args=[request_obj.pk])


@pytest.fixture
def requests_(teams):
    return {
        "ours": make_request(teams["burgerzaken"], subject="Paspoort kwijt"),
        "late": make_request(
            teams["burgerzaken"],
            subject="Rijbewijs verlopen",
            due_at=NOW - datetime.timedelta(hours=2),
        ),
        "theirs": make_request(teams["vergunningen"], subject="Dakkapel bouwen"),
    }


@pytest.mark.django_db
def test_anonymous_visitors_are_sent_to_the_login_page(client, requests_):
    for url in (reverse(INDEX), detail_url(requests_["ours"])):
        response = client.get(url)
        assert response.status_code == 302
        assert "/admin/login/" in response["Location"]
    response = client.post(detail_url(requests_["ours"], "claim"))
    assert response.status_code == 302
    requests_["ours"].refresh_from_db()
    assert requests_["ours"].assigned_to is None


@pytest.mark.django_db
@freeze_time(NOW)
def test_a_team_member_sees_only_the_requests_of_the_team(client, people, requests_):
    client.force_login(people["anna"])

    html = client.get(reverse(INDEX) + "?tab=team").content.decode()

    assert requests_["ours"].reference in html
    assert requests_["late"].reference in html
    assert requests_["theirs"].reference not in html
    assert html.index(requests_["late"].reference) < html.index(requests_["ours"].reference)
    assert client.get(detail_url(requests_["theirs"])).status_code == 404
    assert client.post(detail_url(requests_["theirs"], "claim")).status_code == 404


@pytest.mark.django_db
@freeze_time(NOW)
def test_a_member_of_the_other_team_sees_nothing_of_ours(client, people, requests_):
    client.force_login(people["vera"])

    html = client.get(reverse(INDEX) + "?tab=overdue").content.decode()

    assert requests_["late"].reference not in html
    assert 'data-fo-tab="all"' not in html
    assert client.get(detail_url(requests_["ours"])).status_code == 404


@pytest.mark.django_db
def test_someone_outside_every_team_gets_no_queue(client, people, requests_):
    people["kim"].user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(people["kim"])

    # Wagtail's admin answers "permission denied" with a redirect to the dashboard.
    assert client.get(reverse(INDEX)).status_code in (302, 403)
    assert client.get(detail_url(requests_["ours"])).status_code in (302, 403)
    assert "front-office-requests" not in client.get(reverse("wagtailadmin_home")).content.decode()


@pytest.mark.django_db
def test_the_overdue_tab_follows_the_frozen_clock(client, people, requests_):
    client.force_login(people["anna"])

    with freeze_time(NOW):
        html = client.get(reverse(INDEX) + "?tab=overdue").content.decode()
    assert requests_["late"].reference in html
    assert requests_["ours"].reference not in html
    assert html.count("data-fo-overdue") == 1

    with freeze_time(NOW + datetime.timedelta(days=2)):
        html = client.get(reverse(INDEX) + "?tab=overdue").content.decode()
    assert requests_["ours"].reference in html
    assert requests_["theirs"].reference not in html


@pytest.mark.django_db
@freeze_time(NOW)
def test_mine_lists_what_i_claimed(client, people, requests_):
    client.force_login(people["anna"])
    client.post(detail_url(requests_["ours"], "claim"))

    html = client.get(reverse(INDEX) + "?tab=mine").content.decode()

    assert requests_["ours"].reference in html
    assert requests_["late"].reference not in html


@pytest.mark.django_db
@freeze_time(NOW)
def test_view_all_staff_see_every_open_request_but_not_the_contact_details(
    client, people, requests_
):
    kim = people["kim"]
    kim.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_contactrequest"),
    )
    client.force_login(kim)

    html = client.get(reverse(INDEX) + "?tab=all").content.decode()
    assert all(item.reference in html for item in requests_.values())

    detail = client.get(detail_url(requests_["ours"])).content.decode()
    assert "0612345678" not in detail
    assert "data-fo-step" not in detail
    assert client.post(detail_url(requests_["ours"], "claim")).status_code in (302, 403)
    requests_["ours"].refresh_from_db()
    assert requests_["ours"].assigned_to is None


@pytest.mark.django_db
@freeze_time(NOW)
def test_the_team_handles_a_request_on_its_screen(
    client, people, teams, requests_, django_capture_on_commit_callbacks
):
    request_obj = requests_["ours"]
    client.force_login(people["anna"])

    detail = client.get(detail_url(request_obj)).content.decode()
    assert "0612345678" in detail
    assert "inwoner@example.org" in detail

    client.post(detail_url(request_obj, "claim"))
    client.post(detail_url(request_obj, "note"), {"text": "Voicemail ingesproken."})
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            detail_url(request_obj, "close"), {"outcome": "answered", "note": "Opgelost."}
        )
    assert response.status_code == 302

    request_obj.refresh_from_db()
    assert request_obj.status == RequestStatus.CLOSED
    assert len(mail.outbox) == 1
    detail = client.get(detail_url(request_obj)).content.decode()
    assert "Voicemail ingesproken." in detail
    assert "data-fo-step" not in detail
    for action in ("claim", "note", "close"):
        assert f'data-fo-log="front_office.request.{action}"' in detail
    assert ModelLogEntry.objects.for_instance(request_obj).count() == 3


@pytest.mark.django_db
@freeze_time(NOW)
def test_bad_step_input_is_refused_with_the_form_again(client, people, teams, requests_):
    request_obj = requests_["ours"]
    client.force_login(people["anna"])

    assert client.post(detail_url(request_obj, "note"), {"text": "x" * 5000}).status_code == 400
    assert client.post(detail_url(request_obj, "close"), {"outcome": "nope"}).status_code == 400
    response = client.post(
        detail_url(request_obj, "hand_over"), {"team": teams["vergunningen"].pk, "reason": ""}
    )
    assert response.status_code == 400
    assert client.get(detail_url(request_obj, "claim")).status_code == 405

    request_obj.refresh_from_db()
    assert request_obj.status == RequestStatus.OPEN
    assert request_obj.team == teams["burgerzaken"]
    assert not request_obj.notes.exists()


@pytest.mark.django_db
@freeze_time(NOW)
def test_handing_over_puts_the_request_in_the_other_queue(
    client, people, teams, requests_, django_capture_on_commit_callbacks
):
    request_obj = requests_["ours"]
    client.force_login(people["anna"])

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            detail_url(request_obj, "hand_over"),
            {"team": teams["vergunningen"].pk, "reason": "Gaat over een vergunning."},
        )

    assert response.status_code == 302
    assert len(mail.outbox) == 1
    assert client.get(detail_url(request_obj)).status_code == 404
    client.force_login(people["vera"])
    assert request_obj.reference in client.get(reverse(INDEX)).content.decode()
