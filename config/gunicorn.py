"""Gunicorn settings for the production image (``gunicorn -c python:config.gunicorn``).

The access log keeps what operations need (time, method, path, status, size, duration) and
leaves out what identifies a resident: no query string (search terms, tokens, postcodes), no
client address and no referrer or user agent; a secret in the path (the token in an appointment's
link) is written as ``[token]`` (``core.secret_paths``).
"""

import os

from gunicorn.glogging import Logger

from core.secret_paths import redact_path


class RedactingLogger(Logger):
    """Gunicorn's logger with secret path segments redacted in the access log."""

    def atoms(self, resp, req, environ, request_time):
        atoms = super().atoms(resp, req, environ, request_time)
        for key in ("U", "r"):
            if isinstance(atoms.get(key), str):
                atoms[key] = redact_path(atoms[key])
        return atoms


bind = f"0.0.0.0:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("GUNICORN_WORKERS", "3"))
# A worker is replaced after this many requests (spread a little, so they do not all restart
# together): measured at 5,000 pages, a worker grows from 116 MB to about 200 MB over its first
# 1,000 different pages (Python's memory is not given back), so this bounds each worker's size.
# High enough that a peak served from the page cache (thousands of requests a second) does not
# spend its time starting workers: a new worker takes about a second to load the site.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "20000"))
max_requests_jitter = max_requests // 10
accesslog = "-"
access_log_format = '%(t)s "%(m)s %(U)s" %(s)s %(b)s %(L)s'
logger_class = RedactingLogger
# TLS ends at the proxy in front; gunicorn believes its X-Forwarded-Proto.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "*")
