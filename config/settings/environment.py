"""Translate environment variables into Django settings.

Each function reads the environment once and returns a settings value, so the
rules for "which database / search engine / cache" live in one place and can be
tested without reloading the settings module.
"""

import math
import os
from urllib.parse import urlparse

import dj_database_url
from django.core.exceptions import ImproperlyConfigured


def env_bool(name: str, default: bool = False) -> bool:
    """Read a yes/no environment variable ("1", "true", "yes", "on" mean yes)."""
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    """Read a comma-separated environment variable into a list without blanks."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


#: A writing transaction takes SQLite's write lock when it begins, and another one waits up to
#: 20 s for it: two residents booking (or voting) at the same moment both get their turn instead
#: of "database is locked" (a 503) for one of them.
SQLITE_OPTIONS = {"transaction_mode": "IMMEDIATE", "timeout": 20}


def database_config(base_dir, environ=os.environ) -> dict:
    """SQLite in the project folder by default; ``DATABASE_URL`` selects another database."""
    url = environ.get("DATABASE_URL")
    if not url:
        config = {"ENGINE": "django.db.backends.sqlite3", "NAME": str(base_dir / "db.sqlite3")}
    else:
        config = dj_database_url.parse(url, conn_max_age=int(environ.get("CONN_MAX_AGE", "60")))
    if "sqlite3" in config["ENGINE"]:
        config["OPTIONS"] = {**SQLITE_OPTIONS, **config.get("OPTIONS", {})}
    elif is_postgresql(config):
        config["OPTIONS"] = postgresql_options(config.get("OPTIONS", {}), environ)
    return config


#: PostgreSQL's cost of reading a page out of order, relative to reading the next one (its
#: default, 4, assumes spinning disks). With 4 the planner reads and unpacks every search entry
#: for a word on a fifth of the pages instead of using the search index: measured at 5,000 pages,
#: a search for "paspoort" took 55 ms in the database that way and 25 ms through the index. 1.1 is
#: the usual value for SSDs and cloud storage, where a database this size lives in memory anyway.
RANDOM_PAGE_COST = "1.1"


def postgresql_options(options: dict, environ=os.environ) -> dict:
    """Connection options for PostgreSQL: the planner's ``random_page_cost`` for each session.

    ``DATABASE_RANDOM_PAGE_COST`` changes it; empty leaves the server's setting alone (for
    PgBouncer, which refuses options at connect: set it on the database there instead).
    """
    cost = environ.get("DATABASE_RANDOM_PAGE_COST", RANDOM_PAGE_COST).strip()
    if not cost:
        return options
    try:
        if not (math.isfinite(float(cost)) and float(cost) > 0):
            raise ValueError(cost)
    except ValueError:
        raise ImproperlyConfigured(
            f"DATABASE_RANDOM_PAGE_COST must be a positive number, not {cost!r}"
        ) from None
    given = options.get("options", "")
    return {**options, "options": f"{given} -c random_page_cost={cost}".strip()}


def is_postgresql(database: dict) -> bool:
    """Whether a database settings dict points at PostgreSQL."""
    return "postgresql" in database["ENGINE"]


# Dutch analysis for the search engines: stop words and the Dutch stemmer, so
# "paspoorten" finds "paspoort". Used as the default analyser for full-text fields.
DUTCH_INDEX_SETTINGS = {
    "settings": {
        "analysis": {
            "analyzer": {
                "default": {"type": "dutch"},
            },
        },
    },
}


def search_backends(database: dict, environ=os.environ) -> dict:
    """Wagtail search: the database by default, Elasticsearch or OpenSearch when configured.

    ``ELASTICSEARCH_URL`` selects Elasticsearch (the 8.x client also talks to Elasticsearch 9
    through its compatibility mode); ``OPENSEARCH_URL`` selects OpenSearch 2. On PostgreSQL the
    database backend uses the ``dutch`` text-search configuration for stemming.
    """
    prefix = environ.get("SEARCH_INDEX_PREFIX", "geertruidenberg_")
    if environ.get("OPENSEARCH_URL"):
        return {
            "default": {
                "BACKEND": "wagtail.search.backends.opensearch2",
                "URLS": [environ["OPENSEARCH_URL"]],
                "INDEX_PREFIX": prefix,
                "TIMEOUT": 5,
                "INDEX_SETTINGS": DUTCH_INDEX_SETTINGS,
            }
        }
    if environ.get("ELASTICSEARCH_URL"):
        return {
            "default": {
                "BACKEND": "wagtail.search.backends.elasticsearch8",
                "URLS": [environ["ELASTICSEARCH_URL"]],
                "INDEX_PREFIX": prefix,
                "TIMEOUT": 5,
                "INDEX_SETTINGS": DUTCH_INDEX_SETTINGS,
            }
        }
    # Wagtail's database backend; on SQLite it ranks each match once (``core.search_backend``).
    backend = {"BACKEND": "core.search_backend"}
    if is_postgresql(database):
        backend["SEARCH_CONFIG"] = "dutch"
    return {"default": backend}


#: Kept anonymous pages and page fragments in local memory: at most this many per process.
LOCAL_PAGE_CACHE_ENTRIES = 3000


def cache_config(environ=os.environ) -> dict:
    """Local memory by default; Redis when ``REDIS_URL`` is set (shared by all processes).

    ``default`` holds rate limits and short-lived values; ``pages`` the kept anonymous pages and
    page fragments (``core.page_cache``), apart, so that pages pushed out of a full cache never
    push out a rate-limit counter.
    """
    url = environ.get("REDIS_URL")
    if not url:
        return {
            "default": {
                "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
                "LOCATION": "geertruidenberg",
            },
            "pages": {
                "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
                "LOCATION": "geertruidenberg-pages",
                "OPTIONS": {"MAX_ENTRIES": LOCAL_PAGE_CACHE_ENTRIES},
            },
        }
    return {
        alias: {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": url,
            "KEY_PREFIX": prefix,
            "OPTIONS": {"CLIENT_CLASS": "django_redis.client.DefaultClient"},
        }
        for alias, prefix in (("default", "geertruidenberg"), ("pages", "geertruidenberg-pages"))
    }


def shared_cache_config(environ=os.environ) -> dict:
    """Production: caches every worker shares, for rate limits and kept pages (the task worker
    purges them). Redis when ``REDIS_URL`` is set, else database tables (``manage.py
    createcachetable``); never per-process memory."""
    if environ.get("REDIS_URL"):
        return cache_config(environ)
    return {
        "default": {
            "BACKEND": "core.cache_backends.CountingDatabaseCache",
            "LOCATION": "django_cache",
        },
        "pages": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "django_page_cache",
            "OPTIONS": {"MAX_ENTRIES": 20000},
        },
    }


def frontend_cache_config(environ=os.environ, server_cache: bool = True) -> dict:
    """Wagtail's purge backends (``WAGTAILFRONTENDCACHE``): the site's own page cache when it is
    on, and Varnish (or any cache that takes HTTP ``PURGE``) at ``FRONTEND_CACHE_PURGE_URL``."""
    backends = {}
    if server_cache:
        backends["site"] = {"BACKEND": "core.page_cache.ServerCacheBackend"}
    purge_url = environ.get("FRONTEND_CACHE_PURGE_URL")
    if purge_url:
        backends["varnish"] = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": purge_url,
        }
    return backends


EMAIL_URL_MISSING = (
    "EMAIL_URL must be set in the environment for production (for example "
    "smtp://localhost:25): without it every e-mail, with its addresses, names and links, "
    "would be printed to the log."
)


def email_config(environ=os.environ, required: bool = False) -> dict:
    """Outgoing mail: ``EMAIL_URL`` (smtp://user:pass@host:port, smtps:// for TLS) or console.

    The console fallback prints whole messages, personal data included, to the log: fine on a
    developer's machine, never in production, which passes ``required=True``.
    """
    url = environ.get("EMAIL_URL")
    if not url:
        if required:
            raise ImproperlyConfigured(EMAIL_URL_MISSING)
        return {"EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend"}
    parsed = urlparse(url)
    return {
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": parsed.hostname or "localhost",
        "EMAIL_PORT": parsed.port or (465 if parsed.scheme == "smtps" else 25),
        "EMAIL_HOST_USER": parsed.username or "",
        "EMAIL_HOST_PASSWORD": parsed.password or "",
        "EMAIL_USE_SSL": parsed.scheme == "smtps",
        "EMAIL_USE_TLS": parsed.scheme == "smtp+tls",
    }
