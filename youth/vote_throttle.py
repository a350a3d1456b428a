"""Slow down, then block, a client that keeps typing wrong vote codes.

Guessing a code is hopeless (23**9 codes), and this makes it slower still: after
``SLOW_AFTER`` wrong codes within ``WINDOW`` seconds, each next attempt must wait ``WAIT``
seconds; after ``BLOCK_AFTER`` wrong codes the client is blocked for ``BLOCK`` seconds. Only
that client: the client is the address behind the site's trusted proxies
(``core.rate_limit.client_fingerprint``, a keyed hash in the cache; nothing about it reaches the
database). Wrong codes are counted atomically (``cache.add`` + ``cache.incr``).

Only guesses count (``GUESS_REFUSALS``): a typo (wrong check character) is not a guess, and
neither is a real code that was already used, as a pupil who presses "vote" twice or who voted
on another device finds nothing new by it.
"""

import time
from dataclasses import dataclass

from django.core.cache import cache

from core.rate_limit import client_fingerprint
from youth.ballots import Refusal

SLOW_AFTER = 5
BLOCK_AFTER = 10
WINDOW = 15 * 60
WAIT = 30
BLOCK = 15 * 60

#: Refusals that count as guessing a code: no such code, or a code that was taken back.
GUESS_REFUSALS = (Refusal.UNKNOWN, Refusal.REVOKED)


@dataclass
class Throttle:
    """Whether a client may try a code now; ``wait_seconds`` when it must wait or is blocked."""

    allowed: bool
    blocked: bool = False
    wait_seconds: int = 0


def _keys(request) -> dict[str, str]:
    client = client_fingerprint(request)
    return {name: f"youth-vote-{name}:{client}" for name in ("wrong", "last", "blocked")}


def is_guess(refusal: Refusal) -> bool:
    """Whether a refused ballot counts as guessing a code."""
    return refusal in GUESS_REFUSALS


def attempt_allowed(request, now=None) -> Throttle:
    """May this client try a vote code now?"""
    now = now if now is not None else time.time()
    keys = _keys(request)
    values = cache.get_many(keys.values())
    blocked_until = values.get(keys["blocked"])
    if blocked_until and blocked_until > now:
        return Throttle(False, blocked=True, wait_seconds=int(blocked_until - now) + 1)
    wrong = values.get(keys["wrong"]) or 0
    last = values.get(keys["last"])
    if wrong >= SLOW_AFTER and last is not None and now - last < WAIT:
        return Throttle(False, wait_seconds=int(WAIT - (now - last)) + 1)
    return Throttle(True)


def count_wrong_code(request, now=None) -> None:
    """Remember one wrong code for this client; block it when there were too many."""
    now = now if now is not None else time.time()
    keys = _keys(request)
    if cache.add(keys["wrong"], 1, timeout=WINDOW):
        wrong = 1
    else:
        try:
            wrong = cache.incr(keys["wrong"])
        except ValueError:  # the window ended between add() and incr()
            cache.add(keys["wrong"], 1, timeout=WINDOW)
            wrong = 1
    cache.set(keys["last"], now, timeout=WINDOW)
    if wrong >= BLOCK_AFTER:
        cache.set(keys["blocked"], now + BLOCK, timeout=BLOCK)
        cache.delete(keys["wrong"])
