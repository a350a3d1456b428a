"""A version of the page tree and site settings, for caches of what every page shows.

The menu, the footer and the breadcrumbs depend on many pages and on the settings. Instead of
finding every cached copy, their keys include this version, and every publish, unpublish, move,
deletion and settings change (``core.purge_rules``) gives the tree a new one.
"""

import uuid

from django.core.cache import caches

from core.page_cache import CACHE_ALIAS

KEY = "page-tree-version"


def current(request=None) -> str:
    """The tree's version now (remembered on ``request`` for the rest of that request)."""
    remembered = getattr(request, "_page_tree_version", None)
    if remembered is not None:
        return remembered
    cache = caches[CACHE_ALIAS]
    version = cache.get(KEY)
    if version is None:
        cache.add(KEY, uuid.uuid4().hex, timeout=None)
        version = cache.get(KEY) or ""
    if request is not None:
        request._page_tree_version = version
    return version


def bump() -> None:
    """Give the tree a new version: every fragment keyed on the old one is out of date."""
    caches[CACHE_ALIAS].set(KEY, uuid.uuid4().hex, timeout=None)
