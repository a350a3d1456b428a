"""Rate limits for everything residents send: one fixed-window counter per client, in the cache.

Every limited form, the search log, the KCC API, the vote-code throttle and the admin login
count here. The client is the address that ``core.client_address`` finds behind the trusted
proxies, kept only as a keyed hash (an IPv6 client by its /64 network, which one household
holds), in the cache and with the window as expiry: no raw IP address reaches the database or
the logs.

Counting is atomic: ``cache.add`` creates a window's counter and ``cache.incr`` adds one, so
concurrent requests cannot both slip under the limit. That needs a cache shared by all workers
whose ``incr`` is atomic: Redis, or ``core.cache_backends.CountingDatabaseCache`` (production
never uses per-process memory). A refused attempt is never silent: ``check`` returns a
``Refusal`` that the view turns into a 429 with a message the resident understands.
"""

import hashlib
import hmac
import ipaddress
import logging
import math
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache

from core.client_address import client_address

logger = logging.getLogger(__name__)

IPV6_CLIENT_PREFIX = 64


@dataclass(frozen=True)
class Refusal:
    """An attempt over the limit: which limit, and in how many seconds the client may retry."""

    scope: str
    retry_after: int

    @property
    def retry_after_minutes(self) -> int:
        """The wait in whole minutes (at least one), for messages to residents."""
        return max(1, math.ceil(self.retry_after / 60))


def keyed_hash(value: str) -> str:
    """A keyed, non-reversible identifier for ``value`` (an address or a user name)."""
    return hmac.new(settings.SECRET_KEY.encode(), value.encode(), hashlib.sha256).hexdigest()[:32]


def client_network(address: str) -> str:
    """The address that identifies one client: IPv4 as is, IPv6 by its /64 network."""
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return address
    if parsed.version == 4:
        return str(parsed)
    if parsed.ipv4_mapped is not None:  # ::ffff:192.0.2.1 is the IPv4 client 192.0.2.1
        return str(parsed.ipv4_mapped)
    return str(ipaddress.ip_network(f"{parsed}/{IPV6_CLIENT_PREFIX}", strict=False))


def client_fingerprint(request) -> str:
    """A keyed, non-reversible identifier for the client behind a request."""
    return keyed_hash(client_network(client_address(request)))


def _counter_key(scope: str, subject: str) -> str:
    return f"rate:{scope}:{subject}"


def _start_key(scope: str, subject: str) -> str:
    return f"rate-start:{scope}:{subject}"


def increment(scope: str, subject: str, window_seconds: int, now: float | None = None) -> int:
    """Count one event for ``subject`` (a hash) in ``scope``; the count in its current window.

    A window starts at the first event and lasts ``window_seconds``; its counter expires with it.
    """
    key = _counter_key(scope, subject)
    if cache.add(key, 1, timeout=window_seconds):
        cache.set(_start_key(scope, subject), _now(now), timeout=window_seconds)
        return 1
    try:
        return cache.incr(key)
    except ValueError:  # the window ended between add() and incr()
        if cache.add(key, 1, timeout=window_seconds):
            cache.set(_start_key(scope, subject), _now(now), timeout=window_seconds)
        return 1


def current_count(scope: str, subject: str) -> int:
    """How many events ``subject`` had in ``scope`` in its current window, without counting."""
    return cache.get(_counter_key(scope, subject), 0)


def reset(scope: str, subject: str) -> None:
    """Forget the events of ``subject`` in ``scope``."""
    cache.delete_many([_counter_key(scope, subject), _start_key(scope, subject)])


def seconds_left(scope: str, subject: str, window_seconds: int, now: float | None = None) -> int:
    """Seconds until the current window of ``subject`` in ``scope`` ends (at least one)."""
    start = cache.get(_start_key(scope, subject))
    if start is None:
        return window_seconds
    return max(1, math.ceil(start + window_seconds - _now(now)))


def _now(now: float | None) -> float:
    return time.time() if now is None else now


def check(request, scope: str, limit: int, window_seconds: int) -> Refusal | None:
    """Count one attempt of this client in ``scope``; a ``Refusal`` once it is over ``limit``.

    The refusal is logged in English, with the scope only: nothing about the client.
    """
    subject = client_fingerprint(request)
    if increment(scope, subject, window_seconds) <= limit:
        return None
    logger.warning("Rate limit reached: %s (%d per %d s)", scope, limit, window_seconds)
    return Refusal(scope, seconds_left(scope, subject, window_seconds))


def hit(request, scope: str, limit: int, window_seconds: int) -> bool:
    """Count one attempt for this client in ``scope``; False once ``limit`` is exceeded."""
    return check(request, scope, limit, window_seconds) is None
