"""Test settings: fast password hashing, in-memory e-mail, the same database rules as dev."""

import os

from config.settings.base import *  # noqa: F403
from config.settings.base import DATABASES, SERVE_MEDIA, is_postgresql

DEBUG = False
SECRET_KEY = "test-only-secret-key"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
if os.environ.get("EMAIL_FILE_PATH"):  # the browser tests' server writes mail to files
    EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    EMAIL_FILE_PATH = os.environ["EMAIL_FILE_PATH"]
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Uploads stay in memory, except for the browser tests' server, which serves them from disk.
STORAGES = {
    "default": {
        "BACKEND": "django.core.files.storage.FileSystemStorage"
        if SERVE_MEDIA
        else "django.core.files.storage.InMemoryStorage"
    },
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "tests"},
    # Kept pages and fragments would outlive a test's rolled-back pages: the page-cache tests
    # switch them on (tests/core/test_page_cache.py).
    "pages": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
}
PAGE_CACHE_SERVER = False
WAGTAILFRONTENDCACHE = {}
if not is_postgresql(DATABASES["default"]):
    DATABASES["default"]["TEST"] = {"NAME": ""}

# Task and page-publishing logs drown out test failures.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
