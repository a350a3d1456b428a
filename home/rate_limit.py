"""A small fixed-window rate limiter for resident forms, kept in the cache.

The client is identified by a keyed hash of its address that lives only in the cache, with a
short expiry: no raw IP address is ever written to the database or to the logs.
"""

import hashlib
import hmac

from django.conf import settings
from django.core.cache import cache


def client_fingerprint(request) -> str:
    """A keyed, non-reversible identifier for the client behind a request."""
    address = request.META.get("REMOTE_ADDR", "")
    return hmac.new(settings.SECRET_KEY.encode(), address.encode(), hashlib.sha256).hexdigest()[:32]


def hit(request, scope: str, limit: int, window_seconds: int) -> bool:
    """Count one attempt for this client in ``scope``; False once ``limit`` is exceeded."""
    key = f"rate:{scope}:{client_fingerprint(request)}"
    if cache.add(key, 1, timeout=window_seconds):
        return True
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.set(key, 1, timeout=window_seconds)
        return True
    return count <= limit
