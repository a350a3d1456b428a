"""Which address a request really comes from, behind the proxies we trust.

Behind a TLS-terminating proxy every request arrives from the proxy's address, so
``REMOTE_ADDR`` alone makes all residents one client. Each proxy appends the address it received
the request from to ``X-Forwarded-For``; with ``TRUSTED_PROXY_COUNT`` proxies in front of the
site, the client is the ``TRUSTED_PROXY_COUNT``-th address from the right. Addresses further to
the left were written by the client itself and are never believed. With the default of 0 the
header is ignored: without a proxy, anyone can send it.

Use this address only to tell clients apart (``core.rate_limit`` hashes it); never store or log
it.
"""

import ipaddress

from django.conf import settings

FORWARDED_FOR = "HTTP_X_FORWARDED_FOR"


def client_address(request) -> str:
    """The client's IP address as the trusted proxies saw it; ``REMOTE_ADDR`` when in doubt.

    A missing header, too few entries or an entry that is not an IP address (a misconfigured
    proxy) falls back to ``REMOTE_ADDR``, so a request is never without an address.
    """
    remote = request.META.get("REMOTE_ADDR", "")
    trusted = settings.TRUSTED_PROXY_COUNT
    if trusted <= 0:
        return remote
    entries = [entry.strip() for entry in request.META.get(FORWARDED_FOR, "").split(",")]
    if not entries or len(entries) < trusted:
        return remote
    return parse_address(entries[-trusted]) or remote


def parse_address(entry: str) -> str | None:
    """The IP address in one ``X-Forwarded-For`` entry (a port or brackets allowed), or None."""
    candidates = [entry]
    if entry.startswith("[") and "]" in entry:  # [2001:db8::1]:443
        candidates.append(entry[1 : entry.index("]")])
    elif entry.count(":") == 1:  # 192.0.2.1:443
        candidates.append(entry.partition(":")[0])
    for candidate in candidates:
        try:
            return str(ipaddress.ip_address(candidate))
        except ValueError:
            continue
    return None
