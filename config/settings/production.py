"""Production: every secret comes from the environment and the site refuses to start without it."""

import os

from django.core.exceptions import ImproperlyConfigured

from config.settings.base import *  # noqa: F403
from config.settings.environment import email_config, env_bool, env_list, shared_cache_config

DEBUG = False

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    raise ImproperlyConfigured("SECRET_KEY must be set in the environment for production.")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS must be set in the environment for production.")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
# Never the console backend: it would print whole e-mails (addresses, names, links) to the log.
globals().update(email_config(required=True))
# E-mail leaves the request: the worker sends it (core/task_email.py).
TASK_EMAIL_BACKEND = EMAIL_BACKEND  # noqa: F405 - set by email_config() above
EMAIL_BACKEND = "core.task_email.TaskEmailBackend"
# Background work (e-mail, periodic jobs) waits in the database for the worker
# (`manage.py db_worker`); TASKS_BACKEND=django_tasks.backends.immediate.ImmediateBackend runs it
# inside the request instead.
TASKS = {
    "default": {
        "BACKEND": os.environ.get("TASKS_BACKEND", "django_tasks_db.backend.DatabaseBackend")
    }
}

# Rate limits and kept pages live in caches all workers share: Redis, or the database
# (createcachetable).
CACHES = shared_cache_config()

# HTTPS everywhere; a proxy in front of gunicorn terminates TLS and sets X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)

SILENCED_SYSTEM_CHECKS = [
    # Wagtail's live preview shows the page in a same-origin frame, so SAMEORIGIN, not DENY.
    "security.W019",
    # HSTS preloading is a one-way commitment for the whole domain: opt in with SECURE_HSTS_PRELOAD.
    "security.W021",
]
