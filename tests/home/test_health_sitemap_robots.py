"""Machine-readable endpoints: /healthz, /readyz, /sitemap.xml and /robots.txt."""

import datetime
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.config.test_environment import run_in_fresh_interpreter
from tests.factories import ContentPageFactory, SectionPageFactory

pytestmark = pytest.mark.django_db
PROJECT_DIR = Path(__file__).resolve().parents[2]
SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def test_healthz_says_the_process_answers_and_touches_nothing_else(
    client, django_assert_num_queries
):
    with django_assert_num_queries(0):
        response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_readyz_reports_database_cache_search_and_static_ok(client):
    response = client.get("/readyz")

    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "checks": {"database": True, "cache": True, "search": True, "static": True},
    }
    assert "no-cache" in response["Cache-Control"]


def test_readyz_is_503_when_the_search_engine_is_unreachable(client, settings):
    # A real Elasticsearch client pointed at a closed local port: nothing is mocked.
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "wagtail.search.backends.elasticsearch8",
            "URLS": ["http://127.0.0.1:9"],
            "TIMEOUT": 1,
        }
    }

    response = client.get("/readyz")

    assert response.status_code == 503
    assert response.json()["checks"] == {
        "database": True,
        "cache": True,
        "search": False,
        "static": True,
    }


def test_readyz_is_503_when_a_cache_is_unreachable(client, settings):
    # A real Redis client pointed at a closed local port, as when Redis is down.
    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:9/0",
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        },
    }

    response = client.get("/readyz")
    alive = client.get("/healthz")

    assert response.status_code == 503
    assert response.json()["checks"]["cache"] is False
    assert alive.status_code == 200


def test_readyz_is_503_when_the_database_is_unreachable(tmp_path):
    """The site started against a database that is not there (a real SQLite path in a folder
    that does not exist), in its own interpreter."""
    code = (
        "import django; django.setup(); from django.test import Client; "
        "client = Client(); ready = client.get('/readyz'); alive = client.get('/healthz'); "
        "print(ready.status_code, ready.json()['checks']['database'], alive.status_code)"
    )
    result = run_in_fresh_interpreter(
        code,
        "config.settings.dev",
        drop=("DATABASE_URL",),
        DATABASE_URL=f"sqlite:///{tmp_path}/missing/folder/db.sqlite3",
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["503", "False", "200"]


def test_sitemap_lists_public_pages_in_both_languages_with_lastmod(client, home, english_home):
    section = SectionPageFactory(parent=home, slug="afval", title="Afval")
    reviewed = ContentPageFactory(
        parent=section, slug="grofvuil", last_reviewed_at=datetime.date(2099, 1, 2)
    )
    draft = ContentPageFactory(parent=section, slug="concept")
    draft.unpublish()

    response = client.get("/sitemap.xml")

    assert response.status_code == 200
    tree = ET.fromstring(response.content)
    entries = {
        url.find("s:loc", SITEMAP_NS).text: url.find("s:lastmod", SITEMAP_NS)
        for url in tree.findall("s:url", SITEMAP_NS)
    }
    assert "http://localhost/" in entries
    assert "http://localhost/en/" in entries
    assert f"http://localhost{reviewed.url}" in entries
    assert entries[f"http://localhost{reviewed.url}"].text.startswith("2099-01-02")
    assert not any("concept" in loc for loc in entries)
    assert entries["http://localhost/en/"] is not None


def test_robots_txt_points_to_the_sitemap(client):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()
    assert "Disallow: /admin/" in response.content.decode()
