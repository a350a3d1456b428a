"""The previous main's database, built once by the previous main's own code and kept as a snapshot.

Building it (the previous main's ~270 migrations, its ``load_demo`` and ``extra_content.py``) took
about a minute of CPU on every run of the suite, on SQLite and again on PostgreSQL, for a
database that can only change when ``PREVIOUS_MAIN`` does. So it is built once per kind of
database and kept in ``snapshots/``, with the inventory the previous main's code took of it:

- ``previous-main.sqlite3.xz``: the SQLite database file;
- ``previous-main.postgresql.sql.xz``: ``pg_dump`` of the PostgreSQL database, as plain SQL
  statements (``--inserts``), so that restoring it needs no PostgreSQL client programs;
- ``previous-main.json``: the commit, and per kind the inventory (``inventory.py``) before this
  tree's migrations ran.

``python -m tests.upgrade.snapshot`` builds both again (``DATABASE_URL`` names the PostgreSQL
server, as for the tests): run it when ``PREVIOUS_MAIN`` changes. The upgrade test checks that
the snapshot holds exactly the migrations of that commit's files.
"""

import json
import lzma
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path
from urllib.parse import urlparse

import psycopg
from psycopg import sql

from tests.migrated_database import drop_database, server_lock, with_database

PROJECT_DIR = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
SNAPSHOTS = HERE / "snapshots"
MANIFEST = SNAPSHOTS / "previous-main.json"
#: The last commit of main before the floor plan (#15).
PREVIOUS_MAIN = "38e55273e26ecdef4911fbc4f5f6c1d9d26f68b5"
FILES = {
    "sqlite": SNAPSHOTS / "previous-main.sqlite3.xz",
    "postgresql": SNAPSHOTS / "previous-main.postgresql.sql.xz",
}


def kind_of(url: str) -> str:
    return "sqlite" if url.startswith("sqlite:") else "postgresql"


def manifest() -> dict:
    return json.loads(MANIFEST.read_text())


# Restoring -----------------------------------------------------------------------------------


def restore(url: str) -> None:
    """Fill the database at ``url`` (a new SQLite file, or an empty PostgreSQL database) with
    the previous main's database."""
    if kind_of(url) == "sqlite":
        with lzma.open(FILES["sqlite"]) as source, open(url.removeprefix("sqlite:///"), "wb") as f:
            shutil.copyfileobj(source, f)
        return
    with lzma.open(FILES["postgresql"], "rt", encoding="utf-8") as dump:
        script = dump.read()
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute(script)


def empty_postgresql_database(url: str, name: str) -> str:
    """A new, empty database ``name`` on the server of ``url``; its URL."""
    with server_lock(url, name) as admin:
        drop_database(admin, name)
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    return with_database(url, name)


# Building ------------------------------------------------------------------------------------


def export_commit(commit: str, target: Path) -> None:
    """The commit's files, as ``git archive`` gives them (no work tree is touched)."""
    archive = subprocess.run(  # noqa: S603
        ["git", "archive", "--format=tar", commit],  # noqa: S607
        cwd=PROJECT_DIR,
        capture_output=True,
        check=True,
    ).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(target, filter="data")


def site_environment(workdir: Path, url: str) -> dict:
    """The environment the project's commands run in against the database at ``url``."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": url,
        "MEDIA_ROOT": str(workdir / "media"),
        "EMAIL_FILE_PATH": str(workdir / "mail"),
        "DEMO_VOTE_CODES_FILE": str(workdir / "vote-codes.txt"),
        "DEMO_ADMIN_PASSWORD": "upgrade-Test-Wachtwoord-2026",
    }


def run(code_dir: Path, env: dict, *args: str) -> str:
    """Run ``python *args`` in ``code_dir``; its output, or an AssertionError with its errors."""
    result = subprocess.run(  # noqa: S603
        [sys.executable, *args], cwd=code_dir, env=env, capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise AssertionError(f"{' '.join(args)} in {code_dir} failed:\n{result.stderr[-4000:]}")
    return result.stdout


def build_previous_database(workdir: Path, url: str) -> dict:
    """Build the previous main's site in the (empty) database at ``url`` with its own code;
    return the inventory its code takes."""
    old_code = workdir / "previous-main"
    export_commit(PREVIOUS_MAIN, old_code)
    env = site_environment(workdir, url)
    run(old_code, env, "manage.py", "migrate", "--noinput", "-v0")
    run(old_code, env, "manage.py", "load_demo")
    run(old_code, env, str(HERE / "extra_content.py"))
    return json.loads(run(old_code, env, str(HERE / "inventory.py")))


def dump_postgresql(url: str) -> str:
    result = subprocess.run(  # noqa: S603
        ["pg_dump", "--no-owner", "--no-privileges", "--inserts", "--rows-per-insert=200", url],  # noqa: S607
        capture_output=True,
        text=True,
        check=True,
    )
    # Newer pg_dump releases wrap the dump in psql's \restrict meta-commands, which only psql
    # understands; the statements in between are plain SQL.
    return "".join(
        line for line in result.stdout.splitlines(keepends=True) if not line.startswith("\\")
    )


def build(postgresql_url: str) -> None:
    """Build both snapshots and the manifest again."""
    SNAPSHOTS.mkdir(exist_ok=True)
    inventories = {}
    with tempfile.TemporaryDirectory() as folder:
        workdir = Path(folder)
        sqlite_file = workdir / "previous.sqlite3"
        inventories["sqlite"] = build_previous_database(workdir, f"sqlite:///{sqlite_file}")
        with open(sqlite_file, "rb") as source, lzma.open(FILES["sqlite"], "wb") as target:
            shutil.copyfileobj(source, target)
        name = (urlparse(postgresql_url).path.lstrip("/") or "postgres") + "_upgrade_snapshot"
        url = empty_postgresql_database(postgresql_url, name)
        try:
            inventories["postgresql"] = build_previous_database(workdir, url)
            with lzma.open(FILES["postgresql"], "wt", encoding="utf-8") as target:
                target.write(dump_postgresql(url))
        finally:
            with server_lock(postgresql_url, name) as admin:
                drop_database(admin, name)
    MANIFEST.write_text(
        json.dumps({"commit": PREVIOUS_MAIN, "inventory": inventories}, indent=1, sort_keys=True)
        + "\n"
    )


if __name__ == "__main__":
    server = os.environ.get("DATABASE_URL")
    if not server or kind_of(server) != "postgresql":
        sys.exit("Set DATABASE_URL to a PostgreSQL server (postgres://…) to build the snapshots.")
    build(server)
    print(f"Snapshots of {PREVIOUS_MAIN[:7]} written to {SNAPSHOTS}")
