"""The site's own front cache: whole anonymous responses kept in the ``pages`` cache.

One machine (the embedded default) has no Varnish or CDN in front of it; this is its front
cache, with the same rules: it keeps exactly the responses ``core.cache_policy`` made ``public``
with an ``s-maxage`` (what Varnish would keep), for ``PAGE_CACHE_SECONDS``, and serves them only to
requests that are not personal (no session or messages cookie, GET or HEAD). In production the
``pages`` cache is Redis (or the database), shared by every worker and by the task worker that
purges it.

Purging is Wagtail's front-end cache invalidation: ``ServerCacheBackend`` is a purge backend
like the HTTP (Varnish) or Cloudflare ones, so ``core.purge_rules`` purges the same addresses
everywhere. A purge forgets an address with every query string (``?page=2``): entries are filed
under a generation of their address, and the purge replaces the generation.
"""

import hashlib
import logging
import time
import uuid
from urllib.parse import urlsplit

from django.conf import settings
from django.core.cache import caches
from django.core.exceptions import DisallowedHost
from django.http import HttpResponse
from django.utils.translation import get_supported_language_variant
from django.utils.translation.trans_real import parse_accept_lang_header
from wagtail.contrib.frontend_cache.backends import BaseBackend
from wagtail.models import Site

from core import cache_policy

logger = logging.getLogger(__name__)

CACHE_ALIAS = "pages"
#: Set on every response this cache answered or stored (for people and for the benchmarks).
STATUS_HEADER = "X-Cache"


def is_enabled() -> bool:
    """Whether the site keeps responses itself (off behind Varnish/a CDN, or for measuring)."""
    return settings.PAGE_CACHE_SERVER and settings.PAGE_CACHE_SECONDS > 0


def preferred_language(request) -> str | None:
    """The first supported language in the browser's ``Accept-Language``, or None.

    Part of the key, because a Dutch page tells a browser that prefers English that it is only in
    Dutch; the header itself has too many spellings to key on.
    """
    for code, _quality in parse_accept_lang_header(request.META.get("HTTP_ACCEPT_LANGUAGE", "")):
        if code == "*":
            break
        try:
            return get_supported_language_variant(code)
        except LookupError:
            continue
    return None


def _digest(*parts) -> str:
    return hashlib.sha256("\n".join(str(part) for part in parts).encode()).hexdigest()


def _generation_key(address: str) -> str:
    return f"page-cache:generation:{_digest(address)}"


def _address(host: str, path: str) -> str:
    """The key of an address: host and path. Not the scheme: only 200s are kept, which a site
    that redirects to HTTPS gives on HTTPS only, and a Site record saying ``http://`` (port 80)
    behind a TLS proxy still purges what residents got over HTTPS."""
    return f"{host.lower()}{path}"


def _request_address(request) -> str | None:
    try:
        return _address(request.get_host(), request.path)
    except DisallowedHost:
        return None


def _entry_key(generation: str, request) -> str:
    return "page-cache:entry:" + _digest(
        generation, request.META.get("QUERY_STRING", ""), preferred_language(request)
    )


def cached_response(request) -> HttpResponse | None:
    """The kept response for this request, or None (not kept, personal, or cache off)."""
    if not is_enabled() or cache_policy.is_personal_request(request):
        return None
    address = _request_address(request)
    if address is None:
        return None
    cache = caches[CACHE_ALIAS]
    generation = cache.get(_generation_key(address))
    if generation is None:
        return None
    entry = cache.get(_entry_key(generation, request))
    if entry is None:
        return None
    response = HttpResponse(entry["content"], status=entry["status"])
    for name, value in entry["headers"]:
        response[name] = value
    response["Age"] = str(max(0, int(time.time() - entry["stored_at"])))
    response[STATUS_HEADER] = "HIT"
    return response


def keep(request, response) -> bool:
    """Keep ``response`` as long as a shared cache may (``cache_policy.shared_seconds``), at most
    ``PAGE_CACHE_SECONDS``; True if kept."""
    if not is_enabled() or request.method != "GET" or cache_policy.is_personal_request(request):
        return False
    seconds = min(cache_policy.shared_seconds(response), settings.PAGE_CACHE_SECONDS)
    if seconds <= 0:
        return False
    address = _request_address(request)
    if address is None or not _on_its_sites_address(request):
        return False
    cache = caches[CACHE_ALIAS]
    key = _generation_key(address)
    cache.add(key, uuid.uuid4().hex, timeout=None)
    generation = cache.get(key)
    if generation is None:  # evicted in between: the next request tries again
        return False
    response[STATUS_HEADER] = "MISS"
    entry = {
        "status": response.status_code,
        "headers": list(response.items()),
        "content": response.content,
        "stored_at": time.time(),
    }
    cache.set(_entry_key(generation, request), entry, timeout=seconds)
    return True


#: Addresses of Wagtail sites already reported as asked for on another host name (once per site
#: record and process: bounded by the sites, however many host names ``ALLOWED_HOSTS`` admits).
_reported_sites: set[str] = set()


def _on_its_sites_address(request) -> bool:
    """Whether the request came in on the address of the Wagtail site that answers it.

    Purges name pages by their site's address (``Site.root_url``), so a response kept under
    another host name (a ``www.`` name, a load balancer's name, a site record still saying
    ``localhost``) could never be purged: it would stay stale for ``PAGE_CACHE_SECONDS``. Such a
    response is not kept, and the log says once which site record to correct.
    """
    site = Site.find_for_request(request)
    if site is None:
        return False
    host = request.get_host().lower()
    site_host = urlsplit(site.root_url).netloc.lower()
    if host == site_host:
        return True
    if site_host not in _reported_sites:
        _reported_sites.add(site_host)
        logger.warning(
            "Page cache: not keeping responses for host %s, because its Wagtail site's address "
            "is %s and purges name that address. Set the site's hostname and port (Settings > "
            "Sites) to the address residents use.",
            host,
            site_host,
        )
    return False


def forget(urls) -> None:
    """Forget the kept responses of these absolute URLs, with every query string."""
    keys = {}
    for url in urls:
        parts = urlsplit(url)
        keys[_generation_key(_address(parts.netloc, parts.path or "/"))] = uuid.uuid4().hex
    if keys:
        caches[CACHE_ALIAS].set_many(keys, timeout=None)


class PageCacheMiddleware:
    """Answer from the kept responses, give every response its ``Cache-Control``
    (``core.cache_policy``) and keep the public ones.

    First in ``MIDDLEWARE``: a kept response skips the whole stack, and a new response is seen
    after every other middleware added its cookies and headers.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith(settings.STATIC_URL):  # WhiteNoise answers, with its own headers
            return self.get_response(request)
        kept = cached_response(request)
        if kept is not None:
            return kept
        response = self.get_response(request)
        cache_policy.decide(request, response)
        keep(request, response)
        return response


class ServerCacheBackend(BaseBackend):
    """Wagtail front-end cache backend that purges the site's own cache (``core.page_cache``)."""

    def purge(self, url) -> None:
        forget([url])

    def purge_batch(self, urls) -> None:
        forget(urls)
