"""The residents' forms: happy path, bad input, rate limit, honeypot, CSRF."""

import datetime
from decimal import Decimal

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.cache import cache
from django.test import Client
from django.urls import reverse
from freezegun import freeze_time
from wagtail.models import Locale

from core.anonymous_forms import FIELD_NAME, form_token
from front_office.models import ContactRequest, HandlingTeam
from tests.kcc_content.norm_factories import make_norm

NOW = datetime.datetime(2026, 3, 10, 10, 0, tzinfo=datetime.UTC)

pytestmark = pytest.mark.django_db

CALLBACK = {
    "subject": "Paspoort kwijt",
    "question": "Wat moet ik doen als mijn paspoort kwijt is?",
    "phone": "0162 123 456",
    "name": "",
    "preferred_time": "morning",
    "website": "",
}


@pytest.fixture(autouse=True)
def website_team():
    cache.clear()
    group = Group.objects.get_or_create(name="KCC-medewerkers")[0]
    return HandlingTeam.objects.create(group=group, email="kcc@example.org")


def post(client, data, kind="callback", **headers):
    """Send the form as the page does, with its signed form token."""
    with freeze_time(NOW):
        token = form_token("front-office", kind)
        return client.post(reverse(f"front_office:{kind}"), {**data, FIELD_NAME: token}, **headers)


def test_callback_happy_path_shows_the_reference(client):
    response = post(client, CALLBACK)
    assert response.status_code == 302
    request = ContactRequest.objects.get()
    assert request.phone == "0162123456"
    assert request.preferred_time == "morning"
    with freeze_time(NOW):
        page = client.get(response["Location"])
    assert request.reference in page.content.decode()


def test_question_sends_confirmation(client, django_capture_on_commit_callbacks):
    data = {"subject": "Afval", "question": "Wanneer?", "email": "a@example.org", "website": ""}
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, data, kind="question")
    assert response.status_code == 302
    assert len(mail.outbox) == 1


def test_thanks_page_refuses_a_forged_reference(client):
    response = client.get(reverse("front_office:thanks") + "?kenmerk=TB-2026-00001")
    assert response.status_code == 404


def test_empty_form_keeps_nothing_and_says_what_is_missing(client):
    response = post(client, {"website": ""})
    assert response.status_code == 200
    assert "Vul uw telefoonnummer in" in response.content.decode()
    assert not ContactRequest.objects.exists()


def test_huge_input_is_refused_and_kept_in_the_form(client):
    response = post(client, {**CALLBACK, "question": "x" * 5000})
    assert response.status_code == 200
    assert not ContactRequest.objects.exists()
    assert "x" * 100 in response.content.decode()


def test_script_tags_are_escaped(client):
    response = post(client, {**CALLBACK, "phone": "12", "subject": "<script>alert(1)</script>"})
    body = response.content.decode()
    assert "<script>alert(1)</script>" not in body
    assert "&lt;script&gt;" in body


def test_phone_number_in_question_is_kept_only_in_the_request(client, caplog):
    post(client, {**CALLBACK, "question": "Bel 06 98765432 na vijven"})
    assert ContactRequest.objects.count() == 1
    assert "98765432" not in caplog.text


def test_bad_phone_number_gets_a_dutch_message(client):
    response = post(client, {**CALLBACK, "phone": "12345"})
    assert "Nederlands telefoonnummer" in response.content.decode()


def test_rate_limit_refuses_after_the_limit_and_keeps_earlier_requests(client, settings):
    settings.FRONT_OFFICE_RATE_LIMIT = (10, 60)
    statuses = [post(client, {**CALLBACK, "subject": f"Vraag {n}"}).status_code for n in range(20)]
    assert statuses[:10] == [302] * 10
    assert statuses[10:] == [429] * 10
    assert ContactRequest.objects.count() == 10
    response = post(client, {**CALLBACK, "subject": "Nog een"})
    body = response.content.decode()
    assert "te vaak" in body
    assert "Nog een" in body


def test_honeypot_refuses(client):
    response = post(client, {**CALLBACK, "website": "http://spam.example"})
    assert response.status_code == 200
    assert not ContactRequest.objects.exists()


def test_a_form_sent_from_another_website_is_refused():
    client = Client(enforce_csrf_checks=True)
    response = post(client, CALLBACK, HTTP_ORIGIN="https://evil.example")
    assert response.status_code == 403
    assert "van een andere website" in response.content.decode()
    assert not ContactRequest.objects.exists()


def test_a_form_without_its_token_is_shown_again_with_the_text_and_saves_nothing():
    client = Client(enforce_csrf_checks=True)
    with freeze_time(NOW):
        response = client.post(reverse("front_office:callback"), CALLBACK)
    assert response.status_code == 400
    assert "Het formulier stond te lang open." in response.content.decode()
    assert CALLBACK["question"] in response.content.decode()
    assert not ContactRequest.objects.exists()


def test_a_token_of_the_other_form_is_refused(client):
    with freeze_time(NOW):
        data = {**CALLBACK, FIELD_NAME: form_token("front-office", "question")}
        response = client.post(reverse("front_office:callback"), data)
    assert response.status_code == 400
    assert not ContactRequest.objects.exists()


def test_form_page_renders_without_javascript_and_sets_no_cookie(client):
    response = client.get(reverse("front_office:callback"))
    assert response.status_code == 200
    assert f'name="{FIELD_NAME}"' in response.content.decode()
    assert not response.cookies


def test_the_form_says_when_we_answer_from_the_service_norm(client):
    """The answer time comes from the norm the requests are measured against, in the page's
    language; without such a norm, from the default working days."""
    without_norm = client.get(reverse("front_office:callback")).content.decode()
    assert "Wij bellen u binnen 2 werkdagen terug." in without_norm
    question = client.get(reverse("front_office:question")).content.decode()
    assert "Wij antwoorden binnen 5 werkdagen." in question

    make_norm(
        Locale.get_default(),
        code="terugbellen",
        promise="Wij bellen u binnen 3 werkdagen terug, ook in de vakantie.",
        channel="phone",
        target_value=Decimal(3),
        measured_as="callback-handled",
    )
    with_norm = client.get(reverse("front_office:callback")).content.decode()

    assert "Wij bellen u binnen 3 werkdagen terug, ook in de vakantie." in with_norm
    assert "binnen 2 werkdagen" not in with_norm
