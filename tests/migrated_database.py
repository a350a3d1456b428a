"""The migrated, empty database every test database starts from: made once per version of the
migrations, then copied.

Running the ~270 migrations (Django's, Wagtail's, wagtail-localize's and ours) takes about 40 s of
CPU. Each xdist worker and the browser tests' site server used to run them: three times in a
PostgreSQL run of ``make test``, twice in a SQLite run. Now the first process that needs a
database migrates a *template*, and every test database is a copy of it:

- PostgreSQL: the database ``<name>_migrated_<fingerprint>``; a test database is created with
  ``CREATE DATABASE … TEMPLATE`` (a copy inside the server, well under a second).
- SQLite: the file ``.pytest_cache/migrated-db/<fingerprint>.sqlite3``; the in-memory test
  database is filled from it with SQLite's backup API, the site server gets a copy of the file.

The fingerprint covers every migration file and the version of every installed package: a new
or edited migration, or an upgrade, makes a new template (the old one is removed).
``pytest --create-db`` makes it again in any case, and ``python -m tests.migrated_database
[--rebuild]`` makes it ahead of a test run (CI does that while the linters run).

The template is what the migrations leave, minus Wagtail's welcome page. Most tests replace it
with their own home page (the ``home`` fixture), and deleting a page takes ~70 queries: 30 ms on
SQLite, up to 100 ms on PostgreSQL, over a minute of CPU per run of the suite.
"""

import fcntl
import functools
import hashlib
import importlib.metadata
import importlib.util
import os
import sqlite3
import subprocess
import sys
from contextlib import closing, contextmanager, suppress
from pathlib import Path
from urllib.parse import urlparse, urlunparse

import psycopg
from psycopg import sql

PROJECT_DIR = Path(__file__).resolve().parents[1]
SQLITE_FOLDER = PROJECT_DIR / ".pytest_cache" / "migrated-db"


@functools.cache
def fingerprint() -> str:
    """The digest of every migration file and of every installed package's version (once per
    process: the test database, the site server's and ``--create-db`` each ask for it)."""
    packages = {f"{d.metadata['Name']}=={d.version}" for d in importlib.metadata.distributions()}
    return digest(migration_files(), packages)


def migration_files() -> list[Path]:
    """Every file in the migrations package of every installed app, found without importing the
    migrations (one of wagtail-localize's queries the database when it is imported)."""
    from django.apps import apps
    from django.db.migrations.loader import MigrationLoader

    files = []
    for app in apps.get_app_configs():
        module, _explicit = MigrationLoader.migrations_module(app.label)
        spec = importlib.util.find_spec(module) if module else None
        for folder in (spec and spec.submodule_search_locations) or []:
            files += sorted(Path(folder).glob("*.py"))
    return files


def digest(migration_files: list[Path], packages: set[str]) -> str:
    hashed = hashlib.sha256()
    for path in migration_files:
        hashed.update(path.read_bytes())
    hashed.update("\n".join(sorted(packages)).encode())
    return hashed.hexdigest()[:16]


def database_url() -> str | None:
    """The configured PostgreSQL server's URL, or None for SQLite (as in the settings)."""
    return os.environ.get("DATABASE_URL") or None


def with_database(url: str, name: str) -> str:
    """``url`` with another database name."""
    return urlunparse(urlparse(url)._replace(path=f"/{name}"))


def ensure_template(rebuild: bool = False) -> str:
    """The template's database name (PostgreSQL) or file path (SQLite); made first if missing."""
    url = database_url()
    if url:
        return ensure_postgresql_template(url, fingerprint(), rebuild)
    return str(ensure_sqlite_template(fingerprint(), rebuild))


# PostgreSQL ----------------------------------------------------------------------------------


@contextmanager
def server_lock(url: str, template: str):
    """A connection to the server's ``postgres`` database holding a lock on ``template``: one
    process at a time makes the template or copies it (a copy fails while another session is
    connected to its source)."""
    with psycopg.connect(with_database(url, "postgres"), autocommit=True) as admin:
        admin.execute("SELECT pg_advisory_lock(hashtext(%s))", [template])
        yield admin


def drop_database(admin, name: str, force: bool = True) -> None:
    """Drop ``name`` if it exists; ``force`` ends the sessions still connected to it."""
    statement = "DROP DATABASE IF EXISTS {} WITH (FORCE)" if force else "DROP DATABASE IF EXISTS {}"
    admin.execute(sql.SQL(statement).format(sql.Identifier(name)))


def ensure_postgresql_template(url: str, key: str, rebuild: bool) -> str:
    base = urlparse(url).path.lstrip("/")
    template = f"{base}_migrated_{key}"
    with server_lock(url, template) as admin:
        exists = admin.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [template]
        ).fetchone()
        if exists and not rebuild:
            return template
        building = f"{base}_migrating_{os.getpid()}"
        drop_database(admin, building)
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(building)))
        try:
            migrate(with_database(url, building))
        except BaseException:
            drop_database(admin, building)
            raise
        drop_database(admin, template)
        admin.execute(
            sql.SQL("ALTER DATABASE {} RENAME TO {}").format(
                sql.Identifier(building), sql.Identifier(template)
            )
        )
        drop_older_templates(admin, base, keep=template)
    return template


def drop_older_templates(admin, base: str, keep: str) -> None:
    """Remove the templates of earlier migrations; one still being copied is left alone."""
    pattern = base.replace("_", r"\_") + r"\_migrated\_%"
    rows = admin.execute("SELECT datname FROM pg_database WHERE datname LIKE %s", [pattern])
    for (name,) in rows.fetchall():
        if name != keep:
            with suppress(psycopg.errors.ObjectInUse):
                drop_database(admin, name, force=False)


def create_postgresql_copy(url: str, name: str) -> None:
    """A new database ``name`` on the server of ``url``, as the template holds it."""
    template = ensure_template()
    with server_lock(url, template) as admin:
        drop_database(admin, name)
        admin.execute(
            sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
                sql.Identifier(name), sql.Identifier(template)
            )
        )


# SQLite --------------------------------------------------------------------------------------


@contextmanager
def file_lock(path: Path):
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def ensure_sqlite_template(key: str, rebuild: bool) -> Path:
    template = SQLITE_FOLDER / f"{key}.sqlite3"
    with file_lock(SQLITE_FOLDER / "lock"):
        if template.exists() and not rebuild:
            return template
        building = SQLITE_FOLDER / f"{key}.{os.getpid()}.building"
        building.unlink(missing_ok=True)
        try:
            migrate(f"sqlite:///{building}")
            os.replace(building, template)
        finally:
            building.unlink(missing_ok=True)
        for older in SQLITE_FOLDER.glob("*.sqlite3"):
            if older != template:
                older.unlink()
    return template


def copy_sqlite_template(connection) -> None:
    """Fill the (open, in-memory) SQLite test database of ``connection`` from the template."""
    with closing(sqlite3.connect(f"file:{ensure_template()}?mode=ro", uri=True)) as source:
        source.backup(connection.connection)


# Making the template -------------------------------------------------------------------------


def migrate(url: str) -> None:
    """Migrate the (empty) database at ``url`` in a separate process, and take Wagtail's welcome
    page out: a process of its own, so that this one's connections stay as they are."""
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-m", "tests.migrated_database", "--migrate-here"],
        cwd=PROJECT_DIR,
        env={**os.environ, "DATABASE_URL": url, "DJANGO_SETTINGS_MODULE": "config.settings.test"},
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"Migrating the template database failed:\n{result.stderr[-5000:]}")


def migrate_here() -> None:
    """Run every migration on the configured database (as Django's test runner does, with
    ``run_syncdb``), then delete Wagtail's welcome page and its site."""
    from django.core.management import call_command
    from wagtail.models import Page, Site

    call_command("migrate", interactive=False, run_syncdb=True, verbosity=0)
    for welcome in Page.get_first_root_node().get_children():
        welcome.delete()
    Site.objects.all().delete()


def main(arguments: list[str]) -> None:
    """``python -m tests.migrated_database [--rebuild]``: make the template for DATABASE_URL
    (SQLite when unset) unless it is there; print its name or path."""
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
    sys.path.insert(0, str(PROJECT_DIR))
    django.setup()
    if "--migrate-here" in arguments:
        migrate_here()
    else:
        print(ensure_template(rebuild="--rebuild" in arguments))


if __name__ == "__main__":
    main(sys.argv[1:])
