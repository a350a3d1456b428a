"""Registering a contact from a Kennisbank result: three actions, and refusals of bad input."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.urls import reverse

from front_office.models import ContactMoment, ContactRequest
from tests.front_office import test_handling
from tests.kcc_content.kcc_factories import publish_answer

people = test_handling.people
teams = test_handling.teams


@pytest.fixture
def answer(locales):
    return publish_answer(locales[0])


@pytest.fixture
def kcc(django_user_model, client):
    user = django_user_model.objects.create_user("kcc", "kcc@example.org", "wachtwoord-123")
    user.groups.add(Group.objects.get(name="KCC-medewerkers"))
    user.user_permissions.add(Permission.objects.get(codename="add_contactmoment"))
    client.force_login(user)
    return user


def form_url(answer, query="paspoort kwijt"):
    return reverse("front_office_register_contact", args=["answer", answer.pk]) + f"?q={query}"


@pytest.mark.django_db
def test_a_phone_contact_is_registered_in_three_actions(client, kcc, answer, teams):
    # 1: the search result has the control.
    html = client.get(reverse("kcc_kennisbank"), {"q": "paspoort kwijt"}).content.decode()
    assert "data-fo-register" in html
    assert form_url(answer).replace(" ", "+") in html.replace("&amp;", "&")

    # 2: the form opens with phone chosen and the answer's question as subject.
    form = client.get(form_url(answer)).content.decode()
    assert 'value="phone"' in form and "checked" in form.split('value="phone"')[1][:40]
    assert answer.question in form

    # 3: submit.
    response = client.post(
        form_url(answer), {"channel": "phone", "outcome": "answered", "preferred_time": "any"}
    )

    assert response.status_code == 302
    assert response["Location"] == reverse("kcc_kennisbank") + "?q=paspoort+kwijt"
    moment = ContactMoment.objects.get()
    assert (moment.channel, moment.outcome, moment.team) == ("phone", "answered", None)
    assert list(moment.answers.all()) == [answer]
    assert moment.registered_by == kcc
    assert not ContactRequest.objects.exists()


@pytest.mark.django_db
def test_a_contact_passed_on_needs_a_team(client, kcc, answer, teams):
    data = {"channel": "counter", "outcome": "passed_on", "preferred_time": "any"}

    assert client.post(form_url(answer), data).status_code == 400
    assert (
        client.post(form_url(answer), {**data, "team": teams["vergunningen"].pk}).status_code == 302
    )

    assert ContactMoment.objects.get().team == teams["vergunningen"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "data",
    [
        {
            "outcome": "callback",
            "subject": "Paspoort",
            "question": "Bel mij",
            "phone": "0612345678",
        },
        {"outcome": "callback", "team": "TEAM", "subject": "Paspoort", "question": "Bel mij"},
        {"outcome": "callback", "team": "TEAM", "subject": "P", "question": "Q", "phone": "bel me"},
        {"outcome": "answered", "note": "x" * 1001},
        {"outcome": "answered", "channel": "pigeon"},
        {"outcome": "<script>alert(1)</script>"},
    ],
)
def test_bad_input_is_refused_and_nothing_is_stored(client, kcc, answer, teams, data):
    data = {"channel": "phone", "preferred_time": "any", **data}
    if data.get("team") == "TEAM":
        data["team"] = teams["burgerzaken"].pk

    response = client.post(form_url(answer), data)

    assert response.status_code == 400
    assert "<script>alert(1)</script>" not in response.content.decode()
    assert not ContactMoment.objects.exists()
    assert not ContactRequest.objects.exists()
    assert mail.outbox == []


@pytest.mark.django_db
def test_only_contact_centre_staff_may_register(client, django_user_model, answer):
    user = django_user_model.objects.create_user("kim", "k@example.org", "wachtwoord-123")
    user.groups.add(Group.objects.get(name="KCC-medewerkers"))
    client.force_login(user)

    html = client.get(reverse("kcc_kennisbank"), {"q": "paspoort kwijt"}).content.decode()
    assert "data-fo-register" not in html
    response = client.post(form_url(answer), {"channel": "phone", "outcome": "answered"})
    assert response.status_code in (302, 403)
    assert not ContactMoment.objects.exists()
    client.logout()
    assert "/admin/login/" in client.get(form_url(answer))["Location"]


@pytest.mark.django_db
def test_a_callback_creates_the_request_for_the_team(
    client, kcc, answer, teams, django_capture_on_commit_callbacks
):
    pytest.importorskip("front_office.intake")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            form_url(answer),
            {
                "channel": "phone",
                "outcome": "callback",
                "team": teams["burgerzaken"].pk,
                "subject": "Paspoort kwijt",
                "question": "Hoe vraag ik een nieuw paspoort aan?",
                "phone": "06 1234 5678",
                "email": "inwoner@example.org",
                "preferred_time": "morning",
            },
        )

    assert response.status_code == 302
    moment = ContactMoment.objects.get()
    request_obj = ContactRequest.objects.get()
    assert (moment.outcome, moment.team) == ("callback", teams["burgerzaken"])
    assert request_obj.contact == moment
    assert (request_obj.kind, request_obj.source) == ("callback", "kcc")
    assert request_obj.team == teams["burgerzaken"]
    assert [m.to for m in mail.outbox] == [["inwoner@example.org"]]
