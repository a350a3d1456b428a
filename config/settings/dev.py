"""Local development: debug on, a fixed development key, everything on this machine."""

from config.settings.base import *  # noqa: F403
from config.settings.base import SECRET_KEY
from config.settings.environment import env_list

DEBUG = True
SECRET_KEY = SECRET_KEY or "dev-only-secret-key-not-for-production"  # noqa: S105
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1],testserver")
INTERNAL_IPS = ["127.0.0.1"]
# No scheduler and a cache per process: searches reach the reports at once (home/search_counts.py).
SEARCH_COUNTS_FLUSH_AT_ONCE = True
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
