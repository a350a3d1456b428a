"""The admin login is throttled per account and per client, with a clear message and a 429."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import authenticate
from django.test import RequestFactory

pytestmark = pytest.mark.django_db

LOGIN_URL = "/admin/login/"
PASSWORD = "juist-wachtwoord-123"


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("redacteur", password=PASSWORD)


@pytest.fixture(autouse=True)
def limits(settings):
    settings.LOGIN_FAILURE_LIMIT_PER_ACCOUNT = (5, 900)
    settings.LOGIN_FAILURE_LIMIT_PER_CLIENT = (20, 900)
    settings.TRUSTED_PROXY_COUNT = 1


def log_in(client, username, password, address="203.0.113.5"):
    return client.post(
        LOGIN_URL,
        {"username": username, "password": password},
        REMOTE_ADDR="10.0.0.1",
        HTTP_X_FORWARDED_FOR=address,
    )


def error_text(response) -> str:
    soup = BeautifulSoup(response.content, "html.parser")
    return " ".join(soup.get_text(" ", strip=True).split())


def test_after_five_wrong_passwords_the_account_is_refused_even_with_the_right_one(client, editor):
    failures = [log_in(client, "redacteur", "fout").status_code for _ in range(5)]

    refused = log_in(client, "redacteur", PASSWORD)

    assert failures == [200] * 5
    assert refused.status_code == 429
    assert int(refused["Retry-After"]) > 0
    assert "Te veel mislukte pogingen om in te loggen" in error_text(refused)
    assert "_auth_user_id" not in client.session


def test_the_account_throttle_counts_from_every_client(client, editor):
    for number in range(5):
        log_in(client, "Redacteur", "fout", address=f"198.51.100.{number}")

    assert log_in(client, "redacteur", PASSWORD, address="203.0.113.9").status_code == 429


def test_one_client_trying_many_accounts_is_refused(client, editor):
    for number in range(20):
        log_in(client, f"gok{number}", "fout", address="198.51.100.66")

    refused = log_in(client, "redacteur", PASSWORD, address="198.51.100.66")
    elsewhere = log_in(client, "redacteur", PASSWORD, address="203.0.113.5")

    assert refused.status_code == 429
    assert elsewhere.status_code == 302


def test_a_successful_login_forgets_earlier_failures_of_the_account(client, editor):
    for _ in range(4):
        log_in(client, "redacteur", "fout")
    assert log_in(client, "redacteur", PASSWORD).status_code == 302
    client.logout()

    for _ in range(4):
        log_in(client, "redacteur", "fout")

    assert log_in(client, "redacteur", PASSWORD).status_code == 302


def test_authenticate_itself_refuses_a_throttled_account(client, editor):
    for _ in range(5):
        log_in(client, "redacteur", "fout")
    request = RequestFactory().post(LOGIN_URL, REMOTE_ADDR="10.0.0.1")

    assert authenticate(request, username="redacteur", password=PASSWORD) is None
