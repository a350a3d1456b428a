"""Settings shared by every environment. Environment-specific files import from here."""

import os
from pathlib import Path

from csp.constants import NONE, SELF

from config.settings.environment import (
    cache_config,
    database_config,
    email_config,
    env_bool,
    env_list,
    frontend_cache_config,
    is_postgresql,
    search_backends,
)
from home.top_task_icons import static_package_files as top_task_icon_files

BASE_DIR = Path(__file__).resolve().parent.parent.parent
SITE_DIR = BASE_DIR / "site"
NODE_MODULES = BASE_DIR / "node_modules"

SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")

INSTALLED_APPS = [
    "core",
    "places",
    "participation",
    "governance",
    "readability",
    "home",
    "kcc_content",
    "journeys",
    "service_norms",
    "consultations",
    "youth",
    "neighbourhoods",
    "legal",
    "front_office",
    "appointments",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    # First: a kept page skips everything below, and a new response is judged after every other
    # middleware added its cookies and headers (core/cache_policy.py).
    "core.page_cache.PageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "core.locales_per_request.RememberLocalesPerRequestMiddleware",
    "core.view_restrictions_per_request.RememberViewRestrictionsPerRequestMiddleware",
    "django.middleware.common.CommonMiddleware",
    "core.request_origin.RequestOriginMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "core.security_headers.AdminContentSecurityPolicyMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, so its process_exception runs first: a database outage is a 503, not a 500.
    "core.database_outage.DatabaseOutageMiddleware",
]

ROOT_URLCONF = "config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [SITE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "config.wsgi.application"

# Database: SQLite by default, DATABASE_URL for PostgreSQL (see config/settings/environment.py).
DATABASES = {"default": database_config(BASE_DIR)}
if is_postgresql(DATABASES["default"]):
    INSTALLED_APPS.append("django.contrib.postgres")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHES = cache_config()

# Front caches (core/cache_policy.py, core/page_cache.py, core/purge_rules.py). Anonymous pages are
# `public`: shared caches (the site's own, Varnish, a CDN) keep them PAGE_CACHE_SECONDS and
# publishing purges the pages that show the change. Browsers ask again every time
# (PAGE_CACHE_BROWSER_SECONDS=0): a browser cannot be purged, and after a form it must show the
# page with its message, not the copy it had.
# PAGE_CACHE_SERVER=false turns the site's own cache off (behind Varnish or a CDN);
# PAGE_CACHE_SECONDS=0 makes nothing shared-cacheable.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))
PAGE_CACHE_BROWSER_SECONDS = int(os.environ.get("PAGE_CACHE_BROWSER_SECONDS", "0"))
PAGE_CACHE_SERVER = env_bool("PAGE_CACHE_SERVER", True)
PAGE_FRAGMENT_SECONDS = 60 * 60
WAGTAILFRONTENDCACHE = frontend_cache_config(server_cache=PAGE_CACHE_SERVER)
# Page addresses carry their language already (/en/…): no per-language copies to purge.
WAGTAILFRONTENDCACHE_LANGUAGES = []
# Forms on kept pages carry a signed token instead of a CSRF cookie (core/anonymous_forms.py); it
# outlives any kept copy of the page.
ANONYMOUS_FORM_TOKEN_MAX_AGE = 24 * 60 * 60

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Dutch is the default and source language, English the first translation.
LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", "Nederlands"), ("en", "English")]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [SITE_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

# Static files: our own theme plus the NL Design System CSS installed by npm (package.json).
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static"
STATICFILES_DIRS = [SITE_DIR / "static"]
# Only the package files our templates link to, never whole folders (home/static_packages.py).
STATIC_PACKAGE_FILES = [
    ("nlds/components", NODE_MODULES / "@utrecht/component-library-css/dist/index.css"),
    ("nlds/tokens", NODE_MODULES / "@utrecht/design-tokens/dist/theme.css"),
    *top_task_icon_files(NODE_MODULES),
]
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
    "core.static_packages.PackageFileFinder",
]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
# Serve uploads from Django itself (single container); use object storage when scaling out.
SERVE_MEDIA = env_bool("SERVE_MEDIA", False)

# Wagtail
WAGTAIL_SITE_NAME = "Gemeente Geertruidenberg"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
SITE_URL = os.environ.get("SITE_URL", WAGTAILADMIN_BASE_URL)
WAGTAILSEARCH_BACKENDS = search_backends(DATABASES["default"])
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No gravatar look-ups: editors' e-mail hashes stay in-house (and the admin CSP stays narrow).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# SVG for the logo in the navigation settings (an SVG stays sharp at every size).
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "svg"]
WAGTAILDOCS_EXTENSIONS = ["pdf", "odt", "ods", "docx", "xlsx", "csv", "txt"]
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024

# Background work (e-mail, reminders, index updates): immediate unless configured otherwise.
TASKS = {
    "default": {
        "BACKEND": os.environ.get(
            "TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend"
        )
    }
}

# E-mail
DEFAULT_FROM_EMAIL = os.environ.get(
    "DEFAULT_FROM_EMAIL", "Gemeente Geertruidenberg <noreply@geertruidenberg.nl>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL
globals().update(email_config())
# Messages go through the task queue (core/task_email.py); the worker sends them with this one.
TASK_EMAIL_BACKEND = EMAIL_BACKEND  # noqa: F821 - set by email_config() above
EMAIL_BACKEND = "core.task_email.TaskEmailBackend"
#: How long finished background tasks (and the e-mails they sent) are kept.
TASK_RESULT_RETENTION_DAYS = int(os.environ.get("TASK_RESULT_RETENTION_DAYS", "2"))

# Security headers that hold in every environment. The public site needs no inline
# script or style; the Wagtail admin gets its own, wider policy (home/middleware.py).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": ["https://www.youtube-nocookie.com", "https://player.vimeo.com"],
        "frame-ancestors": [SELF],
        "form-action": [SELF],
        "base-uri": [SELF],
        "object-src": [NONE],
    }
}
X_FRAME_OPTIONS = "SAMEORIGIN"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

# Searches are counted in the cache and added to the reports by a periodic job
# (home/search_counts.py); development, with a cache per process and no scheduler, adds them at once.
SEARCH_COUNTS_FLUSH_AT_ONCE = False

# Site-wide limits for resident input.
SEARCH_QUERY_MAX_LENGTH = 200
SEARCH_RESULTS_PER_PAGE = 10
FEEDBACK_RATE_LIMIT = (10, 60 * 60)  # submissions per client per hour
SEARCH_LOG_RATE_LIMIT = (30, 60 * 60)  # zero-result searches logged per client per hour
CONSULTATION_RATE_LIMIT = (
    10,
    60 * 60,
)  # consultation form submissions per client per form per hour
NEIGHBOURHOOD_RATE_LIMIT = (10, 60 * 60)  # residents' initiative form posts per client per hour
# How many proxies in front of the site append the client's address to X-Forwarded-For
# (core.client_address). 0: no proxy, the header is ignored and REMOTE_ADDR is the client.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
# Knowledge-base API requests per client per minute (a KISS sync reads it page by page).
KCC_API_RATE_LIMIT = (int(os.environ.get("KCC_API_REQUESTS_PER_MINUTE", "120")), 60)
# Failed admin logins (core.login_throttle): per account name, and per client.
LOGIN_FAILURE_LIMIT_PER_ACCOUNT = (5, 15 * 60)
LOGIN_FAILURE_LIMIT_PER_CLIENT = (20, 15 * 60)
AUTHENTICATION_BACKENDS = ["core.login_throttle.ThrottledModelBackend"]
WAGTAILADMIN_USER_LOGIN_FORM = "core.login_throttle.ThrottledLoginForm"
INITIATIVE_CONTACT_RETENTION_DAYS = 365  # initiators' contact details, after the final status

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    # Secrets in link paths (an appointment's token) never reach the log: core/secret_paths.py.
    # Failed background tasks are logged with the kind of error only: core/exception_logging.py.
    "filters": {
        "secret_paths": {"()": "core.secret_paths.RedactSecretPaths"},
        "exception_kind_only": {"()": "core.exception_logging.ExceptionKindOnly"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "plain",
            "filters": ["secret_paths"],
        },
        "tasks_console": {
            "class": "logging.StreamHandler",
            "formatter": "plain",
            "filters": ["secret_paths", "exception_kind_only"],
        },
    },
    "root": {"handlers": ["console"], "level": "INFO"},
    "loggers": {
        "django.request": {"handlers": ["console"], "level": "WARNING", "propagate": False},
        "django_tasks": {"handlers": ["tasks_console"], "level": "WARNING", "propagate": False},
        "django_tasks_db": {"handlers": ["tasks_console"], "level": "INFO", "propagate": False},
        "wagtail": {"handlers": ["console"], "level": "WARNING", "propagate": False},
    },
}

LANGUAGE_COOKIE_NAME = "taal"
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False

# Content currency (governance): who hears about content that is overdue for review.
CONTENT_COORDINATOR_GROUP = "Contentcoördinatoren"
CONTENT_COORDINATOR_EMAILS = env_list("CONTENT_COORDINATOR_EMAILS")
REVIEW_ESCALATION_DAYS = int(os.environ.get("REVIEW_ESCALATION_DAYS", "30"))
WAGTAIL_FINISH_WORKFLOW_ACTION = "governance.workflow_actions.publish_approved_content"
