"""Following a consultation by e-mail: double opt-in, news per phase, one-click unsubscribe."""

import datetime
import re
from urllib.parse import urlparse

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import Client
from freezegun import freeze_time

from consultations.models import Follower, PhaseKind
from consultations.phase_notifications import notify_phase_changes
from consultations.tasks_following import send_phase_notifications_task
from tests.consultations.factories import days_from_today, make_consultation
from tests.consultations.mail_link_pages import press_the_button

pytestmark = pytest.mark.django_db

ADDRESS = "inwoner@example.org"


@pytest.fixture
def consultation(consultation_index):
    """Open for input today; processing in 30 days, feedback in 60, closed in 90."""
    return make_consultation(consultation_index, current=PhaseKind.INPUT)


def follow(client, consultation, email=ADDRESS, **extra):
    return client.post(f"{consultation.url}volgen/", {"email": email, "website": "", **extra})


def link(message, marker):
    """The path and query of the link in ``message`` that contains ``marker``."""
    [url] = [url for url in re.findall(r"https?://\S+", message.body) if marker in url]
    parts = urlparse(url)
    return f"{parts.path}?{parts.query}"


def follow_and_confirm(client, consultation, email=ADDRESS):
    follow(client, consultation, email)
    press_the_button(client, link(mail.outbox[-1], "/volgen/bevestigen/"))
    return Follower.objects.get(email=email)


# Double opt-in ---------------------------------------------------------------------------------


def test_the_consultation_page_shows_the_follow_form(client, consultation):
    page = client.get(consultation.url).content.decode()

    assert f'action="{consultation.url}volgen/#volgen"' in page
    assert 'name="website"' in page  # the honeypot


def test_following_sends_a_confirmation_email_and_no_news_before_confirming(client, consultation):
    response = follow(client, consultation)

    assert response.status_code == 200
    assert "Kijk in uw e-mail" in response.content.decode()  # Dutch: needs the compiled catalogue
    follower = Follower.objects.get()
    assert follower.confirmed_at is None
    [message] = mail.outbox
    assert message.to == [ADDRESS]
    assert "/volgen/bevestigen/" in message.body
    assert "/volgen/afmelden/" in message.body
    assert consultation.decision_maker in message.body  # the rules of the game

    sent = notify_phase_changes(today=days_from_today(30))

    assert sent == 0
    assert len(mail.outbox) == 1


def test_the_button_behind_the_confirmation_link_confirms_the_follower(client, consultation):
    follow(client, consultation)

    response = press_the_button(client, link(mail.outbox[0], "/volgen/bevestigen/"))

    assert response.status_code == 200
    follower = Follower.objects.get()
    assert follower.confirmed_at is not None
    assert follower.last_notified_phase == PhaseKind.INPUT


def test_an_expired_confirmation_link_shows_a_friendly_page(client, consultation):
    follow(client, consultation)
    confirm = link(mail.outbox[0], "/volgen/bevestigen/")

    with freeze_time(datetime.datetime.now() + datetime.timedelta(days=8)):
        response = client.get(confirm)

    assert response.status_code == 400
    assert Follower.objects.get().confirmed_at is None
    assert "De link is ouder dan 7 dagen." in response.content.decode()


def test_a_forged_confirmation_link_is_refused(client, consultation):
    follow(client, consultation)
    follower = Follower.objects.get()

    response = client.get(f"{consultation.url}volgen/bevestigen/?token={follower.pk}:vals")

    assert response.status_code == 400
    assert Follower.objects.get().confirmed_at is None


# News per phase --------------------------------------------------------------------------------


def test_a_confirmed_follower_gets_one_email_per_phase_change_and_never_twice(client, consultation):
    follow_and_confirm(client, consultation)
    mail.outbox.clear()

    assert notify_phase_changes(today=days_from_today(0)) == 0
    assert notify_phase_changes(today=days_from_today(30)) == 1
    assert notify_phase_changes(today=days_from_today(31)) == 0
    assert notify_phase_changes(today=days_from_today(60)) == 1
    assert notify_phase_changes(today=days_from_today(30)) == 0  # dates moved back: no news

    assert len(mail.outbox) == 2
    assert all(message.to == [ADDRESS] for message in mail.outbox)
    assert all("/volgen/afmelden/" in message.body for message in mail.outbox)
    assert all(consultation.use_of_input in message.body for message in mail.outbox)
    assert "/e-mail/afmelden/volgen/" in mail.outbox[0].extra_headers["List-Unsubscribe"]


def test_the_command_and_the_task_send_the_phase_news(client, consultation):
    follow_and_confirm(client, consultation)
    mail.outbox.clear()

    call_command("send_phase_notifications", "--date", days_from_today(30).isoformat())
    result = send_phase_notifications_task.enqueue()

    assert len(mail.outbox) == 1
    assert result.return_value == 0


# Unsubscribing ---------------------------------------------------------------------------------


def test_the_button_behind_the_unsubscribe_link_removes_a_confirmed_follower(client, consultation):
    follow_and_confirm(client, consultation)
    mail.outbox.clear()
    notify_phase_changes(today=days_from_today(30))

    response = press_the_button(client, link(mail.outbox[0], "/volgen/afmelden/"))

    assert response.status_code == 200
    assert not Follower.objects.exists()
    assert notify_phase_changes(today=days_from_today(60)) == 0


def test_the_unsubscribe_link_works_before_confirming(client, consultation):
    follow(client, consultation)

    response = press_the_button(client, link(mail.outbox[0], "/volgen/afmelden/"))
    again = client.get(link(mail.outbox[0], "/volgen/afmelden/"))

    assert response.status_code == again.status_code == 200
    assert not Follower.objects.exists()


def test_a_forged_unsubscribe_link_gives_a_friendly_page(client, consultation):
    follow(client, consultation)
    follower = Follower.objects.get()

    response = client.get(f"{consultation.url}volgen/afmelden/?token={follower.pk}")

    assert response.status_code == 400
    assert Follower.objects.filter(pk=follower.pk).exists()


# Protection ------------------------------------------------------------------------------------


def test_the_honeypot_refuses_the_form(client, consultation):
    response = follow(client, consultation, website="http://spam.example")

    assert response.status_code == 400
    assert not Follower.objects.exists()
    assert mail.outbox == []


def test_an_invalid_address_is_refused_with_a_message(client, consultation):
    response = follow(client, consultation, email="geen-adres")

    assert response.status_code == 400
    assert 'aria-invalid="true"' in response.content.decode()
    assert not Follower.objects.exists()


def test_the_rate_limit_stops_many_sign_ups_from_one_client(client, consultation, settings):
    settings.CONSULTATION_RATE_LIMIT = (3, 3600)

    statuses = [
        follow(client, consultation, f"persoon{n}@example.org").status_code for n in range(4)
    ]

    assert statuses == [200, 200, 200, 429]
    assert Follower.objects.count() == 3


def test_following_needs_a_csrf_token(consultation):
    strict = Client(enforce_csrf_checks=True)

    response = strict.post(f"{consultation.url}volgen/", {"email": ADDRESS})

    assert response.status_code == 403
    assert not Follower.objects.exists()


def test_a_closed_consultation_cannot_be_followed(client, consultation_index):
    consultation = make_consultation(consultation_index, current=PhaseKind.CLOSED)

    follow(client, consultation)

    assert not Follower.objects.exists()
    assert 'name="website"' not in client.get(consultation.url).content.decode()


# No address enumeration ------------------------------------------------------------------------


def visible_text(response):
    """The page text without the per-response tokens: CSRF tokens and the dated form tokens of
    the forms on kept pages (``core.anonymous_forms``), which change when a second passes."""
    return re.sub(
        r'name="(?:csrfmiddlewaretoken|form_token)" value="[^"]+"', "", response.content.decode()
    )


def test_signing_up_again_reveals_nothing_and_creates_no_duplicate(client, consultation):
    new = follow(client, consultation)
    waiting = follow(client, consultation, ADDRESS.upper())
    Follower.objects.update(confirmed_at=datetime.datetime.now(datetime.UTC))
    confirmed = follow(client, consultation)

    assert Follower.objects.count() == 1
    assert new.status_code == waiting.status_code == confirmed.status_code == 200
    assert visible_text(new) == visible_text(waiting) == visible_text(confirmed)
    # A new confirmation link for the address that has not confirmed yet; nothing after that.
    assert len(mail.outbox) == 2
