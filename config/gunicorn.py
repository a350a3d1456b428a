"""Gunicorn settings for the production image (``gunicorn -c python:config.gunicorn``).

The access log keeps what operations need (time, method, path, status, size, duration) and
leaves out what identifies a resident: no query string (search terms, tokens, postcodes), no
client address and no referrer or user agent.
"""

import os

bind = f"0.0.0.0:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("GUNICORN_WORKERS", "3"))
accesslog = "-"
access_log_format = '%(t)s "%(m)s %(U)s" %(s)s %(b)s %(L)s'
# TLS ends at the proxy in front; gunicorn believes its X-Forwarded-Proto.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "*")
