"""Settings for the scale benchmark's server only: production settings plus one bare view.

``bench.site_at_scale`` starts gunicorn with ``DJANGO_SETTINGS_MODULE=bench.settings``. Everything
is production (``config.settings.production``: DEBUG off, the manifest static storage, the shared
cache, every middleware) except what a benchmark on 127.0.0.1 needs:

* ``ROOT_URLCONF`` is ``bench.urls``: the site's URLs plus ``/bench-bare/``, the ceiling the
  figures are compared with. The real site (``config.urls``) never includes it.
* The benchmark speaks plain HTTP to gunicorn with no TLS proxy in front, so the cookies it logs
  in with may not be marked ``Secure`` (a client does not send those over plain HTTP). The
  redirect to HTTPS is switched off with ``SECURE_SSL_REDIRECT=0`` in the environment.
* ``STATIC_ROOT`` and the benchmark's media live in its own temporary folder
  (``BENCH_STATIC_ROOT``), never in the project's ``static/``.
"""

import os

from config.settings.production import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
LANGUAGE_COOKIE_SECURE = False
if os.environ.get("BENCH_STATIC_ROOT"):
    STATIC_ROOT = os.environ["BENCH_STATIC_ROOT"]
