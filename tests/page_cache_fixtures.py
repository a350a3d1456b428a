"""Fixtures of the page-cache tests: the page cache switched on for a test, as in production (the
site's own cache in local memory or Redis, purged through Wagtail's front-end cache), with a
recording purge backend beside it."""

import uuid

import pytest
from django.test import Client

from tests.core.recording_purge import RecordingBackend

SITE_HOST = "localhost"  # the ``home`` fixture's site


def switch_on(settings, pages_cache: dict) -> list[str]:
    """Turn the page cache on with ``pages_cache`` as the ``pages`` cache; returns the list the
    recording backend fills."""
    settings.CACHES = {**settings.CACHES, "pages": pages_cache}
    settings.PAGE_CACHE_SERVER = True
    settings.WAGTAILFRONTENDCACHE = {
        "site": {"BACKEND": "core.page_cache.ServerCacheBackend"},
        "recording": {"BACKEND": "tests.core.recording_purge.RecordingBackend"},
    }
    RecordingBackend.purged.clear()
    return RecordingBackend.purged


@pytest.fixture
def purged(settings):
    """The page cache on, in local memory of its own; the addresses purged so far."""
    cache = {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": f"pages-{uuid.uuid4().hex}",
    }
    return switch_on(settings, cache)


@pytest.fixture
def visitor():
    """An anonymous visitor of the test site (no cookies)."""
    return Client(HTTP_HOST=SITE_HOST)
