"""Search against a real Elasticsearch/OpenSearch cluster, only when one is configured.

Set ELASTICSEARCH_URL (Elasticsearch 8 or 9) or OPENSEARCH_URL (OpenSearch 2) to run these;
without them they are reported as skipped, with that reason.
"""

import os
import uuid

import pytest
from django.core.management import call_command
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from config.settings.environment import search_backends
from tests.factories import ContentPageFactory

ENGINE_URL = os.environ.get("ELASTICSEARCH_URL") or os.environ.get("OPENSEARCH_URL")

pytestmark = [
    pytest.mark.search_engine,
    pytest.mark.django_db,
    pytest.mark.skipif(
        not ENGINE_URL,
        reason="no search engine configured: set ELASTICSEARCH_URL or OPENSEARCH_URL to run",
    ),
]


@pytest.fixture
def engine(settings):
    """The configured engine, with a throw-away index prefix so real indexes are untouched."""
    prefix = f"test_{uuid.uuid4().hex[:8]}_"
    backends = search_backends(
        {"ENGINE": "sqlite"}, environ={**os.environ, "SEARCH_INDEX_PREFIX": prefix}
    )
    settings.WAGTAILSEARCH_BACKENDS = backends
    yield get_search_backend()
    backend = get_search_backend()
    backend.es.indices.delete(index=f"{prefix}*")


def test_dutch_stemming_finds_plural_forms(engine, home):
    ContentPageFactory(parent=home, title="Paspoort aanvragen", intro="Zo vraagt u het aan.")
    call_command("update_index", verbosity=0)
    engine.refresh_index()

    results = Page.objects.live().search("paspoorten", backend="default")

    assert [page.title for page in results] == ["Paspoort aanvragen"]


def test_readyz_reports_the_engine_reachable(engine, client):
    assert client.get("/readyz").json()["checks"]["search"] is True
