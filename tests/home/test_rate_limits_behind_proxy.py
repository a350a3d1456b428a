"""Rate limits behind the TLS proxy: every resident is their own client, nothing is dropped."""

import threading

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache, caches
from django.core.management import call_command
from django.test import RequestFactory, override_settings
from django.urls import reverse
from freezegun import freeze_time

from core import rate_limit
from core.client_address import client_address
from home.models import PageFeedback
from tests.factories import ContentPageFactory, feedback_answer

pytestmark = pytest.mark.django_db

PROXY = "10.0.0.1"


@pytest.fixture
def page(home):
    return ContentPageFactory(parent=home, slug="grofvuil", title="Grofvuil")


def resident(number: int) -> str:
    return f"203.0.113.{number}"


def answer(client, page, forwarded_for: str | None = None, **extra):
    headers = {"REMOTE_ADDR": PROXY, **extra}
    if forwarded_for is not None:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded_for
    return client.post(f"/feedback/{page.pk}/", feedback_answer(page, "no"), **headers)


def feedback_messages(response) -> list[str]:
    soup = BeautifulSoup(response.content, "html.parser")
    section = soup.select_one("[data-page-feedback]")
    return [alert.get_text(" ", strip=True) for alert in section.select(".utrecht-alert")]


# Who is the client? --------------------------------------------------------------------------


def request_from(remote: str, forwarded_for: str | None = None):
    extra = {"REMOTE_ADDR": remote}
    if forwarded_for is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded_for
    return RequestFactory().get("/", **extra)


@pytest.mark.parametrize(
    ("trusted", "forwarded_for", "expected"),
    [
        (0, "198.51.100.7", PROXY),  # no proxy configured: the header is anyone's invention
        (1, "198.51.100.7", "198.51.100.7"),
        (1, "6.6.6.6, 198.51.100.7", "198.51.100.7"),  # the client wrote the left part itself
        (2, "6.6.6.6, 198.51.100.7, 10.0.0.2", "198.51.100.7"),
        (1, None, PROXY),  # straight to the site, past the proxy
        (2, "198.51.100.7", PROXY),  # fewer entries than proxies: misconfigured
        (1, "not-an-address", PROXY),
        (1, "", PROXY),
        (1, "198.51.100.7:4711", "198.51.100.7"),
        (1, "[2001:db8::7]:443", "2001:db8::7"),
    ],
)
def test_the_client_is_the_address_the_trusted_proxies_saw(
    settings, trusted, forwarded_for, expected
):
    settings.TRUSTED_PROXY_COUNT = trusted

    assert client_address(request_from(PROXY, forwarded_for)) == expected


def test_one_ipv6_network_is_one_client(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    first = request_from(PROXY, "2001:db8:1:2::1")
    same_household = request_from(PROXY, "2001:db8:1:2:ffff::9")
    neighbour = request_from(PROXY, "2001:db8:1:3::1")

    assert rate_limit.client_fingerprint(first) == rate_limit.client_fingerprint(same_household)
    assert rate_limit.client_fingerprint(first) != rate_limit.client_fingerprint(neighbour)


def test_the_fingerprint_holds_no_address(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    fingerprint = rate_limit.client_fingerprint(request_from(PROXY, "198.51.100.7"))

    assert "198.51.100.7" not in fingerprint


# Feedback behind the proxy ---------------------------------------------------------------


def test_twelve_residents_behind_one_proxy_all_have_their_answer_stored(client, page, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    settings.FEEDBACK_RATE_LIMIT = (10, 3600)

    statuses = [answer(client, page, resident(number)).status_code for number in range(1, 13)]

    assert statuses == [302] * 12
    assert PageFeedback.objects.count() == 12


def test_the_eleventh_answer_from_one_client_is_refused_with_429_and_a_dutch_message(
    client, page, settings
):
    settings.TRUSTED_PROXY_COUNT = 1
    settings.FEEDBACK_RATE_LIMIT = (10, 3600)

    accepted = [answer(client, page, resident(1)).status_code for _ in range(10)]
    refused = answer(client, page, resident(1))
    other_resident = answer(client, page, resident(2))

    assert accepted == [302] * 10
    assert refused.status_code == 429
    assert int(refused["Retry-After"]) > 0
    message = feedback_messages(refused)[-1]
    assert "niet opgeslagen" in message and "Probeer het over" in message
    assert other_resident.status_code == 302
    assert PageFeedback.objects.count() == 11


def test_a_spoofed_forwarded_for_is_ignored_without_a_trusted_proxy(client, page, settings):
    settings.TRUSTED_PROXY_COUNT = 0
    settings.FEEDBACK_RATE_LIMIT = (10, 3600)

    statuses = [answer(client, page, resident(number)).status_code for number in range(1, 13)]

    assert statuses == [302] * 10 + [429] * 2
    assert PageFeedback.objects.count() == 10


def test_a_refused_comment_is_shown_again_with_the_residents_text(client, page, settings):
    from home.feedback_comments import comment_token

    settings.FEEDBACK_RATE_LIMIT = (1, 3600)
    first, second = (PageFeedback.objects.create(page=page, helpful=False) for _ in range(2))
    url = reverse("page_feedback_comment", kwargs={"page_id": page.pk})
    client.post(url, {"token": comment_token(first), "comment": "Eerste"})

    response = client.post(url, {"token": comment_token(second), "comment": "Openingstijden"})

    assert response.status_code == 429
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one("textarea[name=comment]").get_text() == "Openingstijden"
    assert "niet opgeslagen" in " ".join(feedback_messages(response))
    second.refresh_from_db()
    assert second.comment == ""


# Counting -------------------------------------------------------------------------------------


def test_concurrent_attempts_are_all_counted(settings):
    settings.TRUSTED_PROXY_COUNT = 0
    request = request_from(PROXY)
    refusals = []

    def attempt():
        refusals.append(rate_limit.check(request, "concurrent", 25, 3600))

    threads = [threading.Thread(target=attempt) for _ in range(50)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sum(refusal is None for refusal in refusals) == 25


DATABASE_CACHE = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "tests",
    },
    "counting": {
        "BACKEND": "core.cache_backends.CountingDatabaseCache",
        "LOCATION": "test_rate_limit_cache",
    },
}


@override_settings(CACHES=DATABASE_CACHE)
def test_the_database_cache_counts_and_keeps_the_window():
    call_command("createcachetable", "test_rate_limit_cache", verbosity=0)
    counting = caches["counting"]
    with freeze_time("2026-12-04 12:00:00") as clock:
        counting.add("window", 1, timeout=3)

        counts = [counting.incr("window") for _ in range(4)]
        clock.tick(4)

        assert counts == [2, 3, 4, 5]
        assert counting.get("window") is None  # the window ended: incr did not extend it
        with pytest.raises(ValueError):
            counting.incr("window")


def test_production_never_counts_in_per_process_memory():
    from config.settings.environment import shared_cache_config

    without_redis = shared_cache_config(environ={})["default"]
    with_redis = shared_cache_config(environ={"REDIS_URL": "redis://cache:6379/0"})["default"]

    assert without_redis["BACKEND"] == "core.cache_backends.CountingDatabaseCache"
    assert with_redis["BACKEND"] == "django_redis.cache.RedisCache"


def test_nothing_is_left_in_the_cache_but_hashes(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    rate_limit.check(request_from(PROXY, "198.51.100.7"), "privacy", 5, 3600)

    keys = list(cache._cache.keys())

    assert keys and not any("198.51.100.7" in key for key in keys)


# Committed data for the other connections; serialized_rollback restores the database after it
# without re-running post_migrate, which would break the next serialized-rollback test.
@override_settings(CACHES=DATABASE_CACHE)
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_database_cache_loses_no_count_under_concurrent_workers():
    from django.db import connection, connections

    if connection.vendor != "postgresql":
        pytest.skip("Concurrent database connections need PostgreSQL (run with DATABASE_URL)")
    call_command("createcachetable", "test_rate_limit_cache", verbosity=0)
    counting = caches["counting"]
    counting.add("concurrent", 0, timeout=600)

    def count():
        try:
            for _ in range(10):
                counting.incr("concurrent")
        finally:
            connections.close_all()

    threads = [threading.Thread(target=count) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert counting.get("concurrent") == 80
