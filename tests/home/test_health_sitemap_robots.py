"""Machine-readable endpoints: /healthz, /sitemap.xml and /robots.txt."""

import datetime
import xml.etree.ElementTree as ET

import pytest

from tests.factories import ContentPageFactory, SectionPageFactory

pytestmark = pytest.mark.django_db
SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def test_healthz_reports_database_and_search_ok(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "checks": {"database": True, "search": True, "static": True},
    }
    assert "no-cache" in response["Cache-Control"]


def test_healthz_is_503_when_the_search_engine_is_unreachable(client, settings):
    # A real Elasticsearch client pointed at a closed local port: nothing is mocked.
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "wagtail.search.backends.elasticsearch8",
            "URLS": ["http://127.0.0.1:9"],
            "TIMEOUT": 1,
        }
    }

    response = client.get("/healthz")

    assert response.status_code == 503
    assert response.json()["checks"] == {"database": True, "search": False, "static": True}


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
