"""Keep the secrets that travel in URL paths out of the logs.

Some links carry a secret in their path, because a resident follows them from an e-mail: the
link to view, move or cancel an appointment (``/afspraak/AF-7KQ2M9/<token>/``) and the signed
link to the details of a held time. Whoever has such a link sees the resident's name and
appointment, so it must not end up in the access log or in Django's "Not Found" warnings.

A path segment counts as a secret when it is at least 16 characters of the URL-safe base64 and
signing alphabet and mixes upper-case letters with lower-case letters or digits: random tokens
and signed values do, page slugs (lower case) and references such as ``AF-7KQ2M9`` (short) do not.
Query strings are left out of the access log altogether (``config/gunicorn.py``).
"""

import logging
import re

REDACTED_SEGMENT = "[token]"

SECRET_SEGMENT = re.compile(
    r"(?<=/)"
    r"(?=[A-Za-z0-9_=:.\-]*[A-Z])"
    r"(?=[A-Za-z0-9_=:.\-]*[a-z0-9])"
    r"[A-Za-z0-9_=:.\-]{16,}"
    r"(?=/|$)"
)


def redact_path(path: str) -> str:
    """``path`` with every secret-looking segment replaced by ``[token]``."""
    return SECRET_SEGMENT.sub(REDACTED_SEGMENT, path)


class RedactSecretPaths(logging.Filter):
    """A logging filter that redacts secret path segments in a record's message and arguments
    (Django logs "Not Found: <path>" with the path as an argument)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str):
            record.msg = redact_path(record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(
                redact_path(arg) if isinstance(arg, str) else arg for arg in record.args
            )
        return True
