"""A database outage: pages and the API answer 503 with Retry-After instead of a 500.

The database really fails: the default connection is pointed at a database that cannot be
opened (SQLite: a file in a folder that does not exist; PostgreSQL: a port nobody listens on).
"""

import copy
from contextlib import contextmanager

import pytest
from bs4 import BeautifulSoup
from django.db import connections

pytestmark = pytest.mark.django_db


@contextmanager
def unreachable_database(tmp_path):
    """Requests in this block reach a database that refuses every connection."""
    working = connections["default"]
    settings_dict = copy.deepcopy(working.settings_dict)
    if working.vendor == "sqlite":
        settings_dict["NAME"] = str(tmp_path / "no-such-folder" / "db.sqlite3")
    else:
        settings_dict.update(HOST="127.0.0.1", PORT="9")
    broken = type(working)(settings_dict, alias="default")
    connections["default"] = broken
    try:
        yield
    finally:
        broken.close()
        connections["default"] = working


def heading(response) -> str:
    return BeautifulSoup(response.content, "html.parser").h1.get_text(strip=True)


def test_a_page_during_a_database_outage_is_a_503_in_plain_dutch_with_retry_after(
    client, home, tmp_path
):
    url = home.url
    with unreachable_database(tmp_path):
        response = client.get(url)

    assert response.status_code == 503
    assert response["Retry-After"] == "120"
    assert response["Content-Type"].startswith("text/html")
    assert "no-cache" in response["Cache-Control"]
    assert heading(response) == "De website is even niet beschikbaar"
    assert BeautifulSoup(response.content, "html.parser").html["lang"] == "nl"


def test_an_english_page_during_a_database_outage_explains_it_in_english(
    client, english_home, tmp_path
):
    url = english_home.url
    with unreachable_database(tmp_path):
        response = client.get(url)

    assert response.status_code == 503
    assert heading(response) == "The website is not available for a moment"


def test_the_api_during_a_database_outage_answers_json_503_with_retry_after(client, home, tmp_path):
    with unreachable_database(tmp_path):
        response = client.get("/api/kcc/v1/products/")

    assert response.status_code == 503
    assert response["Retry-After"] == "120"
    assert response["Content-Type"] == "application/json"
    assert response.json()["error"] == "The service is temporarily unavailable. Try again later."


def test_the_database_is_used_again_once_it_is_back(client, home, tmp_path):
    url = home.url
    with unreachable_database(tmp_path):
        client.get(url)

    assert client.get(url).status_code == 200
