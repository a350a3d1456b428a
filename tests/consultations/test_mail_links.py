"""Links in e-mails: opening one (as mail scanners do) changes nothing, a button does; mail
programs unsubscribe in one click (RFC 8058); tokens do not reveal row ids."""

import base64
import datetime
import json
import re
from urllib.parse import urlparse

import pytest
from bs4 import BeautifulSoup
from django.core import mail, signing
from django.test import Client
from django.utils import timezone
from freezegun import freeze_time

from consultations.feedback import send_feedback_emails
from consultations.models import (
    ConsultationPage,
    Disposition,
    Follower,
    Idea,
    ModerationStatus,
    Participant,
    PhaseKind,
)
from consultations.models.contributions import FEEDBACK_UNSUBSCRIBE_SALT as FEEDBACK_SALT
from consultations.models.following import CONFIRM_SALT, UNSUBSCRIBE_SALT
from consultations.phase_notifications import notify_phase_changes
from tests.consultations.factories import ParticipantFactory, days_from_today, make_consultation
from tests.consultations.mail_link_pages import press_the_button, the_button_form

pytestmark = pytest.mark.django_db

ADDRESS = "inwoner@example.org"
ONE_CLICK = {"List-Unsubscribe": "One-Click"}


@pytest.fixture
def consultation(consultation_index):
    return make_consultation(consultation_index, current=PhaseKind.INPUT)


def path_of(url):
    parts = urlparse(url)
    return f"{parts.path}?{parts.query}" if parts.query else parts.path


def link(message, marker):
    """The path and query of the link in the body of ``message`` that contains ``marker``."""
    [url] = [url for url in re.findall(r"https?://\S+", message.body) if marker in url]
    return path_of(url)


def one_click_link(message):
    """The address in the ``List-Unsubscribe`` header, as a path with query."""
    return path_of(message.extra_headers["List-Unsubscribe"].strip("<>"))


def sign_up(client, consultation, email=ADDRESS):
    client.post(f"{consultation.url}volgen/", {"email": email, "website": ""})
    return Follower.objects.get(email=email), mail.outbox[-1]


def confirmed_follower_with_news(client, consultation):
    """A confirmed follower and the phase e-mail they got."""
    _follower, confirmation = sign_up(client, consultation)
    press_the_button(client, link(confirmation, "/volgen/bevestigen/"))
    mail.outbox.clear()
    notify_phase_changes(today=days_from_today(30))
    [news] = mail.outbox
    return Follower.objects.get(), news


def feedback_email(consultation):
    """Publish the report for one participant with an idea; the e-mail they got."""
    participant = ParticipantFactory(consultation=consultation)
    Idea.objects.create(
        consultation=consultation,
        participant=participant,
        title="Een bankje",
        description="Bij de haven.",
        status=ModerationStatus.PUBLISHED,
        disposition=Disposition.ADOPTED,
        disposition_reason="Komt er.",
    )
    ConsultationPage.objects.filter(pk=consultation.pk).update(feedback_published_at=timezone.now())
    send_feedback_emails.enqueue(consultation.pk)
    [message] = mail.outbox
    return participant, message


def page_text(response):
    return BeautifulSoup(response.content, "html.parser").get_text(" ", strip=True)


# Opening a link changes nothing ----------------------------------------------------------------


@pytest.mark.parametrize("method", ["get", "head"])
def test_opening_the_confirmation_link_confirms_nothing(client, consultation, method):
    follower, confirmation = sign_up(client, consultation)

    response = getattr(client, method)(link(confirmation, "/volgen/bevestigen/"))

    assert response.status_code == 200
    assert Follower.objects.get(pk=follower.pk).confirmed_at is None


def test_the_confirmation_page_has_one_button_and_the_button_confirms(client, consultation):
    follower, confirmation = sign_up(client, consultation)

    page = client.get(link(confirmation, "/volgen/bevestigen/"))
    form = the_button_form(page)
    response = press_the_button(client, link(confirmation, "/volgen/bevestigen/"))

    assert form is not None and len(form.select("button")) == 1
    assert "Ja, ik wil dit onderwerp volgen" in form.get_text()
    assert response.status_code == 200
    assert Follower.objects.get(pk=follower.pk).confirmed_at is not None


@pytest.mark.parametrize("method", ["get", "head"])
def test_opening_the_unsubscribe_link_deletes_nothing(client, consultation, method):
    follower, news = confirmed_follower_with_news(client, consultation)

    response = getattr(client, method)(link(news, "/volgen/afmelden/"))

    assert response.status_code == 200
    assert Follower.objects.filter(pk=follower.pk).exists()


@pytest.mark.parametrize("method", ["get", "head"])
def test_opening_the_one_click_address_deletes_nothing_and_leads_to_the_button(
    client, consultation, method
):
    follower, news = confirmed_follower_with_news(client, consultation)

    response = getattr(client, method)(one_click_link(news))

    assert response.status_code == 302
    assert "/volgen/afmelden/?token=" in response["Location"]
    assert Follower.objects.filter(pk=follower.pk).exists()


@pytest.mark.parametrize("method", ["get", "head"])
def test_opening_the_feedback_unsubscribe_link_changes_nothing(client, consultation, method):
    participant, message = feedback_email(consultation)

    response = getattr(client, method)(link(message, "/terugkoppeling/afmelden/"))
    one_click = getattr(client, method)(one_click_link(message))

    assert response.status_code == 200
    assert one_click.status_code == 302
    assert Participant.objects.get(pk=participant.pk).wants_feedback


def test_the_button_behind_the_feedback_link_stops_the_feedback_emails(client, consultation):
    participant, message = feedback_email(consultation)

    response = press_the_button(client, link(message, "/terugkoppeling/afmelden/"))

    assert response.status_code == 200
    assert not Participant.objects.get(pk=participant.pk).wants_feedback


def test_the_button_on_the_page_needs_a_csrf_token(client, consultation):
    follower, news = confirmed_follower_with_news(client, consultation)
    token = Follower.objects.get().unsubscribe_token()

    response = Client(enforce_csrf_checks=True).post(
        f"{consultation.url}volgen/afmelden/", {"token": token}
    )

    assert response.status_code == 403
    assert Follower.objects.filter(pk=follower.pk).exists()


# One click from a mail program (RFC 8058) -----------------------------------------------------


def test_a_mail_program_unsubscribes_a_follower_in_one_click_without_csrf(client, consultation):
    follower, news = confirmed_follower_with_news(client, consultation)
    mail_program = Client(enforce_csrf_checks=True)  # no cookies, no CSRF token

    response = mail_program.post(one_click_link(news), ONE_CLICK)

    assert response.status_code == 200
    assert not Follower.objects.filter(pk=follower.pk).exists()


def test_a_mail_program_stops_the_feedback_emails_in_one_click(consultation):
    participant, message = feedback_email(consultation)

    response = Client(enforce_csrf_checks=True).post(one_click_link(message), ONE_CLICK)

    assert response.status_code == 200
    assert not Participant.objects.get(pk=participant.pk).wants_feedback


def test_a_post_to_the_one_click_address_without_the_one_click_body_changes_nothing(
    client, consultation
):
    follower, news = confirmed_follower_with_news(client, consultation)

    response = Client(enforce_csrf_checks=True).post(one_click_link(news), {"other": "1"})

    assert response.status_code == 400
    assert Follower.objects.filter(pk=follower.pk).exists()


def test_every_email_to_a_follower_offers_one_click_unsubscribe(client, consultation):
    _follower, confirmation = sign_up(client, consultation)
    _follower, news = confirmed_follower_with_news(client, consultation)
    mail.outbox.clear()
    _participant, feedback = feedback_email(consultation)

    for message in (confirmation, news, feedback):
        assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        header = message.extra_headers["List-Unsubscribe"]
        assert re.fullmatch(r"<https?://[^<>\s]+/e-mail/afmelden/[a-z]+/\?token=[^<>\s]+>", header)
    # The message as sent carries both headers.
    sent = feedback.message()
    assert sent["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


# Tokens ----------------------------------------------------------------------------------------


def decoded_payload(token):
    """What anyone can read from a signed token without the secret key."""
    payload = token.split(":")[0]
    return json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))


def test_link_tokens_do_not_reveal_the_row_id(client, consultation):
    follower, _confirmation = sign_up(client, consultation)
    participant = ParticipantFactory(consultation=consultation)
    tokens = [
        (follower, follower.confirmation_token(), CONFIRM_SALT),
        (follower, follower.unsubscribe_token(), UNSUBSCRIBE_SALT),
        (participant, participant.link_token(FEEDBACK_SALT), FEEDBACK_SALT),
    ]

    for row, token, salt in tokens:
        readable = decoded_payload(token)
        assert readable == row.link_key
        assert readable not in (row.pk, str(row.pk))
        assert signing.loads(token, salt=salt) == row.link_key
        assert len(row.link_key) >= 40


def test_two_followers_have_unrelated_keys(client, consultation):
    first, _ = sign_up(client, consultation, "een@example.org")
    second, _ = sign_up(client, consultation, "twee@example.org")

    assert first.link_key != second.link_key
    assert first.link_key[:8] != second.link_key[:8]


def test_an_old_token_with_the_row_id_is_refused(client, consultation):
    follower, _ = sign_up(client, consultation)
    old_token = signing.dumps(follower.pk, salt=CONFIRM_SALT)

    response = client.post(f"{consultation.url}volgen/bevestigen/", {"token": old_token})

    assert response.status_code == 400
    assert Follower.objects.get().confirmed_at is None


# Bad links get a clear Dutch page, never a server error ----------------------------------------


@pytest.mark.parametrize("garbage", ["", "rommel", "a:b:c", "%00", "x" * 500])
def test_a_garbled_link_gives_a_dutch_message_and_no_server_error(client, consultation, garbage):
    responses = [
        client.get(f"{consultation.url}volgen/bevestigen/", {"token": garbage}),
        client.post(f"{consultation.url}volgen/bevestigen/", {"token": garbage}),
        client.get(f"{consultation.url}volgen/afmelden/", {"token": garbage}),
        client.post(f"{consultation.url}volgen/afmelden/", {"token": garbage}),
        client.get(f"{consultation.url}terugkoppeling/afmelden/", {"token": garbage}),
        client.post(f"{consultation.url}terugkoppeling/afmelden/", {"token": garbage}),
        client.get("/e-mail/afmelden/volgen/", {"token": garbage}),
        client.post(f"/e-mail/afmelden/volgen/?token={garbage}", ONE_CLICK),
        client.get("/e-mail/afmelden/onbekend/", {"token": garbage}),
    ]

    assert [response.status_code for response in responses] == [400] * len(responses)
    assert all("Deze link werkt niet" in page_text(r) for r in responses if r.content)


def test_an_expired_confirmation_button_explains_in_dutch(client, consultation):
    _follower, confirmation = sign_up(client, consultation)
    confirm = link(confirmation, "/volgen/bevestigen/")
    form = the_button_form(client.get(confirm))
    token = form.select_one("input[name=token]")["value"]

    with freeze_time(datetime.datetime.now() + datetime.timedelta(days=8)):
        response = client.post(confirm.split("?")[0], {"token": token})

    assert response.status_code == 400
    assert "De link is ouder dan 7 dagen." in page_text(response)
    assert Follower.objects.get().confirmed_at is None


def test_the_unsubscribe_link_after_leaving_says_so_without_a_button(client, consultation):
    _follower, news = confirmed_follower_with_news(client, consultation)
    Client(enforce_csrf_checks=True).post(one_click_link(news), ONE_CLICK)

    page = client.get(link(news, "/volgen/afmelden/"))
    one_click = client.get(one_click_link(news))

    assert page.status_code == one_click.status_code == 200
    assert the_button_form(page) is None
    assert the_button_form(one_click) is None
