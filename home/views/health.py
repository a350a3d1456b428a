"""/healthz and /readyz, for Docker, orchestrators and load balancers.

``/healthz`` (liveness) says only that this process answers requests: it touches nothing else, so
a database outage never makes an orchestrator restart healthy web processes. ``/readyz``
(readiness) says whether the site can serve pages now: the database answers, every configured
cache stores and returns a value, the search engine answers and the static files' manifest names
the stylesheets every page links to. It is 503 when any of them fails, with one boolean per check
(never an error text: those go to the log, in English).
"""

import logging
import secrets

from django.conf import settings
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.cache import caches
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from wagtail.search.backends import get_search_backend

logger = logging.getLogger(__name__)

# The stylesheets site/templates/base.html links to: every page needs their URLs.
PAGE_STYLESHEETS = ("nlds/tokens/theme.css", "nlds/components/index.css", "css/site.css")


def check_database() -> bool:
    """The database answers a trivial query."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except Exception:
        logger.exception("Health check: database unreachable")
        return False


def check_caches() -> bool:
    """Every configured cache (pages, rate limits) stores a value and gives it back."""
    for alias in settings.CACHES:
        key, value = f"readyz:{secrets.token_hex(8)}", secrets.token_hex(8)
        try:
            cache = caches[alias]
            cache.set(key, value, timeout=10)
            answered = cache.get(key)
            cache.delete(key)
        except Exception:
            logger.exception("Readiness check: cache %r unreachable", alias)
            return False
        if answered != value and "DummyCache" not in settings.CACHES[alias]["BACKEND"]:
            logger.error("Readiness check: cache %r did not return what it stored", alias)
            return False
    return True


def check_search() -> bool:
    """The search backend answers (for Elasticsearch/OpenSearch: the cluster responds)."""
    try:
        backend = get_search_backend()
        client = getattr(backend, "es", None)
        if client is not None:
            return bool(client.ping())
        return check_database()
    except Exception:
        logger.exception("Health check: search backend unreachable")
        return False


def check_static_files() -> bool:
    """Every page's stylesheets have a URL: with the manifest storage of production this means
    that collectstatic ran and its manifest names them (without it, each page is a 500)."""
    try:
        for name in PAGE_STYLESHEETS:
            staticfiles_storage.url(name)
    except ValueError as error:
        logger.error("Health check: static files are not collected: %s", error)
        return False
    return True


@never_cache
def healthz(request):
    """Liveness: this process answers. Nothing else is touched."""
    return JsonResponse({"status": "ok"})


@never_cache
def readyz(request):
    """Readiness: JSON with one boolean per dependency; 200 when all are fine, 503 otherwise."""
    checks = {
        "database": check_database(),
        "cache": check_caches(),
        "search": check_search(),
        "static": check_static_files(),
    }
    healthy = all(checks.values())
    return JsonResponse(
        {"status": "ok" if healthy else "unavailable", "checks": checks},
        status=200 if healthy else 503,
    )
