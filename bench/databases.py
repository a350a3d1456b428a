"""A fresh database for one benchmark run: a temporary SQLite file, or a new database on the
PostgreSQL server ``DATABASE_URL`` names (dropped again at the end)."""

import os
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlparse, urlunparse


def bench_database_url(workdir: Path, suffix: str) -> tuple[str, str | None]:
    """A fresh database URL, and the PostgreSQL admin URL to drop it with afterwards."""
    url = os.environ.get("DATABASE_URL")
    if not url or not url.startswith(("postgres://", "postgresql://")):
        return f"sqlite:///{workdir / 'bench.sqlite3'}", None
    import psycopg

    parsed = urlparse(url)
    name = parsed.path.lstrip("/") + f"_bench_{suffix}"
    admin_url = urlunparse(parsed._replace(path="/postgres"))
    with psycopg.connect(admin_url, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')
    return urlunparse(parsed._replace(path=f"/{name}")), admin_url


def drop_database(url: str, admin_url: str) -> None:
    import psycopg

    name = urlparse(url).path.lstrip("/")
    with psycopg.connect(admin_url, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextmanager
def migrated_django(suffix: str):
    """Django set up on a fresh, migrated database for one benchmark; dropped at the end."""
    workdir = Path(tempfile.mkdtemp(prefix="bench-"))
    url, admin_url = bench_database_url(workdir, suffix)
    os.environ["DATABASE_URL"] = url
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.test"
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connections

    try:
        call_command("migrate", verbosity=0)
        yield
    finally:
        connections.close_all()
        if admin_url:
            drop_database(url, admin_url)
