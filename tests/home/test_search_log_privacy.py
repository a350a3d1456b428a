"""The site search logs what residents look for, never the personal data they type."""

import pytest
from django.urls import reverse
from wagtail.contrib.search_promotions.models import Query

from core.search_query import clean_query
from home.models import SearchWithoutResults
from home.search_counts import flush_search_counts
from tests.factories import ContentPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def passport_page(home):
    return ContentPageFactory(parent=home, title="Paspoort aanvragen", slug="paspoort")


def search(client, query, address="203.0.113.5"):
    return client.get(reverse("search"), {"q": query}, REMOTE_ADDR=address)


def logged_queries() -> set[str]:
    """What the reports hold once the counted searches are written (``home.search_counts``)."""
    flush_search_counts()
    return set(Query.objects.values_list("query_string", flat=True)) | set(
        SearchWithoutResults.objects.values_list("query", flat=True)
    )


@pytest.mark.parametrize(
    ("typed", "personal"),
    [
        ("paspoort jan.jansen@example.nl", "jan.jansen@example.nl"),
        ("paspoort 06-12345678", "12345678"),
        ("paspoort bsn 111222333", "111222333"),
        ("paspoort NL91 ABNA 0417 1643 00", "0417"),
    ],
)
def test_personal_data_in_a_query_is_replaced_before_it_is_logged(
    client, passport_page, typed, personal
):
    response = search(client, typed)

    assert response.status_code == 200
    assert logged_queries()
    assert not any(personal in query for query in logged_queries())
    assert all(query.startswith("paspoort") for query in logged_queries())


@pytest.mark.parametrize(
    "typed", ["jan.jansen@example.nl", "06-12345678", "111222333", "  0162 123 456 "]
)
def test_a_query_that_is_only_personal_data_is_not_logged_at_all(client, home, typed):
    response = search(client, typed)

    assert response.status_code == 200
    assert not logged_queries()


def test_a_logged_query_is_capped_without_cutting_an_address_in_half(client, home, settings):
    settings.SEARCH_QUERY_MAX_LENGTH = 40
    typed = "grofvuil ophalen " * 2 + "pietje.puk@example.org"

    search(client, typed)
    flush_search_counts()

    [query] = Query.objects.values_list("query_string", flat=True)
    assert len(query) <= 40
    assert "pietje" not in query and "example" not in query


def test_search_logging_is_limited_per_client(client, passport_page, settings):
    settings.SEARCH_LOG_RATE_LIMIT = (3, 3600)
    settings.TRUSTED_PROXY_COUNT = 1

    statuses = [
        client.get(
            reverse("search"),
            {"q": "paspoort"},
            REMOTE_ADDR="10.0.0.1",
            HTTP_X_FORWARDED_FOR=address,
        ).status_code
        for address in ["203.0.113.5"] * 5 + ["203.0.113.6"]
    ]

    flush_search_counts()

    assert statuses == [200] * 6
    assert Query.get("paspoort").hits == 4


def test_the_search_box_drops_invisible_characters_inside_words():
    assert clean_query("pas\u200bpoort\u202e") == "paspoort"
