"""Slow down, then block, a client that keeps typing wrong vote codes.

Guessing a code is hopeless (23**9 codes), and this makes it slower still: after
``SLOW_AFTER`` wrong codes within ``WINDOW`` seconds, each next attempt must wait ``WAIT``
seconds; after ``BLOCK_AFTER`` wrong codes the client is blocked for ``BLOCK`` seconds. The
client is known only by the keyed hash of ``home.rate_limit.client_fingerprint``, in the cache:
nothing about it reaches the database. A typo (wrong check character) is not a guess and does
not count.
"""

import time
from dataclasses import dataclass

from django.core.cache import cache

from home.rate_limit import client_fingerprint

SLOW_AFTER = 5
BLOCK_AFTER = 10
WINDOW = 15 * 60
WAIT = 30
BLOCK = 15 * 60


@dataclass
class Throttle:
    """Whether a client may try a code now; ``wait_seconds`` when it must wait or is blocked."""

    allowed: bool
    blocked: bool = False
    wait_seconds: int = 0


def _keys(request) -> dict[str, str]:
    client = client_fingerprint(request)
    return {name: f"youth-vote-{name}:{client}" for name in ("wrong", "last", "blocked")}


def attempt_allowed(request, now=None) -> Throttle:
    """May this client try a vote code now?"""
    now = now if now is not None else time.time()
    keys = _keys(request)
    values = cache.get_many(keys.values())
    blocked_until = values.get(keys["blocked"])
    if blocked_until and blocked_until > now:
        return Throttle(False, blocked=True, wait_seconds=int(blocked_until - now) + 1)
    wrong = values.get(keys["wrong"]) or {"count": 0, "since": now}
    last = values.get(keys["last"])
    if wrong["count"] >= SLOW_AFTER and last is not None and now - last < WAIT:
        return Throttle(False, wait_seconds=int(WAIT - (now - last)) + 1)
    return Throttle(True)


def count_wrong_code(request, now=None) -> None:
    """Remember one wrong code for this client; block it when there were too many."""
    now = now if now is not None else time.time()
    keys = _keys(request)
    wrong = cache.get(keys["wrong"])
    if not wrong or now - wrong["since"] > WINDOW:
        wrong = {"count": 0, "since": now}
    wrong["count"] += 1
    cache.set(keys["wrong"], wrong, timeout=WINDOW)
    cache.set(keys["last"], now, timeout=WINDOW)
    if wrong["count"] >= BLOCK_AFTER:
        cache.set(keys["blocked"], now + BLOCK, timeout=BLOCK)
        cache.delete(keys["wrong"])
