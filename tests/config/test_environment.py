"""Configuration from the environment: database, search engine, cache, mail and production."""

import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from config.settings.environment import (
    cache_config,
    database_config,
    email_config,
    search_backends,
)

PROJECT_DIR = Path(__file__).resolve().parents[2]
SQLITE = {"ENGINE": "django.db.backends.sqlite3", "NAME": "db.sqlite3"}


def test_sqlite_is_the_default_database(tmp_path):
    assert database_config(tmp_path, environ={}) == {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": str(tmp_path / "db.sqlite3"),
        "OPTIONS": {"transaction_mode": "IMMEDIATE", "timeout": 20},
    }


def test_a_sqlite_database_url_gets_the_same_locking_options(tmp_path):
    config = database_config(tmp_path, environ={"DATABASE_URL": f"sqlite:///{tmp_path}/x.db"})

    assert config["OPTIONS"] == {"transaction_mode": "IMMEDIATE", "timeout": 20}


def test_two_residents_booking_at_once_on_sqlite_both_get_their_turn(tmp_path):
    """Without IMMEDIATE transactions the second writer gets "database is locked" at once."""
    path = tmp_path / "locks.sqlite3"
    with sqlite3.connect(path) as setup:
        setup.execute("CREATE TABLE slot (booked INTEGER)")
        setup.execute("INSERT INTO slot VALUES (0)")
    errors = []
    options = database_config(tmp_path, environ={})["OPTIONS"]

    def book():
        connection = sqlite3.connect(path, timeout=options["timeout"], isolation_level=None)
        try:
            connection.execute(f"BEGIN {options['transaction_mode']}")
            connection.execute("SELECT booked FROM slot").fetchone()
            connection.execute("UPDATE slot SET booked = booked + 1")
            connection.execute("COMMIT")
        except sqlite3.OperationalError as error:
            errors.append(str(error))
        finally:
            connection.close()

    threads = [threading.Thread(target=book) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    with sqlite3.connect(path) as check:
        assert check.execute("SELECT booked FROM slot").fetchone() == (8,)


def test_database_url_selects_postgresql(tmp_path):
    config = database_config(tmp_path, environ={"DATABASE_URL": "postgres://u:p@db:5432/site"})

    assert config["ENGINE"] == "django.db.backends.postgresql"
    assert (config["HOST"], config["NAME"], config["USER"]) == ("db", "site", "u")


def test_postgresql_plans_for_fast_storage_unless_told_otherwise(tmp_path):
    url = "postgres://u:p@db:5432/site"

    default = database_config(tmp_path, environ={"DATABASE_URL": url})
    changed = database_config(
        tmp_path, environ={"DATABASE_URL": url, "DATABASE_RANDOM_PAGE_COST": "2"}
    )
    left_alone = database_config(
        tmp_path, environ={"DATABASE_URL": url, "DATABASE_RANDOM_PAGE_COST": ""}
    )

    assert default["OPTIONS"] == {"options": "-c random_page_cost=1.1"}
    assert changed["OPTIONS"] == {"options": "-c random_page_cost=2"}
    assert left_alone["OPTIONS"] == {}


def test_the_planner_setting_keeps_the_options_of_the_database_url(tmp_path):
    url = "postgres://u:p@db:5432/site?options=-c%20statement_timeout%3D5000&sslmode=require"

    options = database_config(tmp_path, environ={"DATABASE_URL": url})["OPTIONS"]

    assert options == {
        "options": "-c statement_timeout=5000 -c random_page_cost=1.1",
        "sslmode": "require",
    }


@pytest.mark.parametrize("cost", ["fast", "0", "-1", "nan", "inf", "1.1 -c work_mem=1TB"])
def test_a_planner_setting_that_is_not_a_positive_number_stops_the_start(tmp_path, cost):
    environ = {"DATABASE_URL": "postgres://u:p@db:5432/site", "DATABASE_RANDOM_PAGE_COST": cost}

    with pytest.raises(ImproperlyConfigured, match="DATABASE_RANDOM_PAGE_COST"):
        database_config(tmp_path, environ=environ)


def test_database_search_by_default_with_dutch_stemming_on_postgresql():
    assert search_backends(SQLITE, environ={}) == {"default": {"BACKEND": "core.search_backend"}}
    postgres = {"ENGINE": "django.db.backends.postgresql"}
    assert search_backends(postgres, environ={})["default"]["SEARCH_CONFIG"] == "dutch"


def test_elasticsearch_url_selects_elasticsearch_with_prefix_and_dutch_analysis():
    backend = search_backends(
        SQLITE, environ={"ELASTICSEARCH_URL": "http://es:9200", "SEARCH_INDEX_PREFIX": "gb_"}
    )["default"]

    assert backend["BACKEND"] == "wagtail.search.backends.elasticsearch8"
    assert backend["URLS"] == ["http://es:9200"]
    assert backend["INDEX_PREFIX"] == "gb_"
    assert backend["INDEX_SETTINGS"]["settings"]["analysis"]["analyzer"]["default"] == {
        "type": "dutch"
    }


def test_opensearch_url_selects_opensearch():
    backend = search_backends(SQLITE, environ={"OPENSEARCH_URL": "https://os:9200"})["default"]

    assert backend["BACKEND"] == "wagtail.search.backends.opensearch2"
    assert backend["INDEX_PREFIX"] == "geertruidenberg_"


def test_redis_url_selects_a_shared_cache():
    assert cache_config(environ={})["default"]["BACKEND"].endswith("LocMemCache")
    redis = cache_config(environ={"REDIS_URL": "redis://cache:6379/1"})["default"]
    assert redis["BACKEND"] == "django_redis.cache.RedisCache"
    assert redis["LOCATION"] == "redis://cache:6379/1"


def test_email_url_configures_smtp():
    config = email_config(environ={"EMAIL_URL": "smtps://mailer:geheim@smtp.example.org:465"})

    assert config["EMAIL_HOST"] == "smtp.example.org"
    assert config["EMAIL_PORT"] == 465
    assert config["EMAIL_USE_SSL"] is True
    assert config["EMAIL_HOST_USER"] == "mailer"
    assert email_config(environ={})["EMAIL_BACKEND"].endswith("console.EmailBackend")


def run_in_fresh_interpreter(code: str, settings_module: str, drop=(), **env):
    """Run ``code`` in a clean interpreter with ``settings_module``, without the variables in
    ``drop`` and with ``env`` added; the finished process."""
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {*drop, "DJANGO_SETTINGS_MODULE"}
    }
    environment.update(env, DJANGO_SETTINGS_MODULE=settings_module)
    return subprocess.run(  # noqa: S603
        [sys.executable, "-c", code],
        cwd=PROJECT_DIR,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )


def load_production_settings(**env):
    """Import the production settings in a clean interpreter with only the given variables."""
    code = (
        "import django; django.setup(); from django.conf import settings; "
        "print(settings.SESSION_COOKIE_SECURE, settings.SECURE_HSTS_SECONDS, "
        "settings.CSRF_COOKIE_SECURE)"
    )
    return run_in_fresh_interpreter(
        code,
        "config.settings.production",
        drop=("SECRET_KEY", "ALLOWED_HOSTS", "EMAIL_URL"),
        **env,
    )


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"ALLOWED_HOSTS": "example.org"}, "SECRET_KEY must be set"),
        ({"SECRET_KEY": "x" * 50}, "ALLOWED_HOSTS must be set"),
    ],
)
def test_production_refuses_to_start_without_its_secrets(env, message):
    result = load_production_settings(**env)

    assert result.returncode != 0
    assert message in result.stderr


def test_production_sets_secure_cookies_and_hsts():
    result = load_production_settings(
        SECRET_KEY="x" * 50, ALLOWED_HOSTS="example.org", EMAIL_URL="smtp://localhost:25"
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "31536000", "True"]
